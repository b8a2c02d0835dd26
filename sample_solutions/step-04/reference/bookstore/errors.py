"""Every error leaves the API as a JSON object with a message under `error`."""

from __future__ import annotations

from flask import Flask, jsonify
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    """An error the client caused, with the status and message to send back."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def api_error(error: ApiError):
    """Send an ApiError as JSON."""
    response = jsonify(error=error.message)
    if error.status == 401:
        response.headers["WWW-Authenticate"] = "Bearer"
    return response, error.status


def http_error(error: HTTPException):
    """Send Flask's own errors (unknown route, wrong method, ...) as JSON instead of HTML."""
    return jsonify(error=error.description or error.name), error.code


def init_app(app: Flask) -> None:
    """Register the JSON error handlers."""
    app.register_error_handler(ApiError, api_error)
    app.register_error_handler(HTTPException, http_error)
