"""A correct server that keeps FastAPI's own error answers: 422 {"detail": [{"loc", "msg", "type", ...}]} for
invalid input and for a body that is not JSON, {"detail": "Not Found"} for unknown routes."""

from fastapi import FastAPI
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException


def apply(app: FastAPI) -> None:
    app.exception_handlers[HTTPException] = http_exception_handler
    app.exception_handlers[RequestValidationError] = request_validation_exception_handler
