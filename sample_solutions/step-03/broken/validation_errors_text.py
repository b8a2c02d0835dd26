"""Validation errors are sent as plain text (`return "price must be a number", 400`), not as a JSON object.

Breaks "Error responses are JSON objects with a human-readable message under `error`, `message` or `detail`" (step 3).
"""

from bookstore.errors import ApiError, api_error
from flask import Flask


def send_error(error: ApiError):
    if error.status == 400:
        return error.message, 400
    return api_error(error)


def apply(app: Flask) -> None:
    app.register_error_handler(ApiError, send_error)
