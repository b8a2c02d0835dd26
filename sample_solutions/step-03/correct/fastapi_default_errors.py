"""A correct server that keeps FastAPI's own error answers: 422 {"detail": [{"loc", "msg", "type", ...}]} for
invalid input, {"detail": "Not Found"} for unknown routes, and FastAPI's body with status 400 for a body that is
not JSON (the contract's 400; FastAPI's default there is 422)."""

from fastapi import FastAPI, Request
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response


async def validation_error(request: Request, error: RequestValidationError) -> Response:
    response = await request_validation_exception_handler(request, error)
    if any(problem.get("type") == "json_invalid" for problem in error.errors()):
        response.status_code = 400
    return response


def apply(app: FastAPI) -> None:
    app.exception_handlers[HTTPException] = http_exception_handler
    app.exception_handlers[RequestValidationError] = validation_error
