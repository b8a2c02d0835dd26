"""Refusals for want of a token are plain text (`return "Unauthorized", 401`), not JSON objects with a message.

Breaks "Error responses are JSON objects with a human-readable message" (the contract's "Always") on step 4's 401s.
"""

from bookstore import errors
from flask import Flask

json_error = errors.api_error


def api_error(error):
    if error.status == 401:
        return "Unauthorized", 401, {"Content-Type": "text/plain", "WWW-Authenticate": "Bearer"}
    return json_error(error)


def apply(app: Flask) -> None:
    app.register_error_handler(errors.ApiError, api_error)
