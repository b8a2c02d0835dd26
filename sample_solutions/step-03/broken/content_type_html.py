"""Successful responses are built with `json.dumps(...)` and sent as Flask strings, so they say text/html.

Breaks "JSON responses carry `Content-Type: application/json`" (step 3). Error responses are still JSON-typed.
"""

from flask import Flask, Response


def as_html(response: Response) -> Response:
    if response.status_code < 300 and response.mimetype == "application/json":
        response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response


def apply(app: Flask) -> None:
    app.after_request(as_html)
