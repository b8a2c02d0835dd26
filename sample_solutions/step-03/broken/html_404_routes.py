"""No 404 handler for routes: an unknown path gets the framework's HTML "Not Found" page instead of a JSON error.

Breaks "Error responses are JSON objects with a human-readable message under `error`, `message` or `detail`" (step 3).
"""

from flask import Flask
from werkzeug.exceptions import NotFound


def html_page(error: NotFound):
    return error


def apply(app: Flask) -> None:
    app.register_error_handler(404, html_page)
