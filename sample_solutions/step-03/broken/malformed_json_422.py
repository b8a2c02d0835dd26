"""FastAPI's default answers everywhere, so a body that is not JSON gets 422 {"detail": [{"type": "json_invalid"}]}.

Breaks "A body that is not valid JSON on POST/PUT/PATCH gets 400, not 5xx" (step 3): the contract asks for 400.
"""

from fastapi import FastAPI
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException


def apply(app: FastAPI) -> None:
    app.exception_handlers[HTTPException] = http_exception_handler
    app.exception_handlers[RequestValidationError] = request_validation_exception_handler
