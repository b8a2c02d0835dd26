"""Errors are built with `json.dumps(...)` and returned as Flask strings: JSON bodies labelled text/html.

Breaks "JSON responses carry `Content-Type: application/json`" (step 3) on error responses; successes are right.
"""

from flask import Flask, Response


def as_html(response: Response) -> Response:
    if response.status_code >= 400 and response.mimetype == "application/json":
        response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response


def apply(app: Flask) -> None:
    app.after_request(as_html)
