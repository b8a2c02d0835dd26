"""A correct step-3 server in another style: RFC 9457 problem+json errors, `application/json; charset=utf-8`,
lists in {"data": [...], "total": n}, DELETE answering 200 with the deleted book, and no PATCH (the bonus) at all."""

from http import HTTPStatus

from bookstore import books, db
from bookstore.errors import ApiError
from flask import Flask, Response, jsonify
from werkzeug.exceptions import HTTPException, MethodNotAllowed

PROBLEM = "application/problem+json"


def problem(status: int, detail: str | None = None) -> Response:
    body = {"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status}
    if detail:
        body["detail"] = detail
    response = jsonify(body)
    response.status_code = status
    response.content_type = PROBLEM
    return response


def api_problem(error: ApiError) -> Response:
    response = problem(error.status, error.message)
    if error.status == 401:
        response.headers["WWW-Authenticate"] = "Bearer"
    return response


def http_problem(error: HTTPException) -> Response:
    return problem(error.code or 500)


def list_in_data():
    rows = books.list_books().get_json()
    return jsonify(data=rows, total=len(rows))


def delete_with_body(book_id: int):
    book = books.existing_book(book_id)
    db.delete_book(book_id)
    return jsonify(book), 200


def no_patch(book_id: int):
    raise MethodNotAllowed()


def utf8(response: Response) -> Response:
    if response.mimetype == "application/json":
        response.headers["Content-Type"] = "application/json; charset=utf-8"
    return response


def apply(app: Flask) -> None:
    app.register_error_handler(ApiError, api_problem)
    app.register_error_handler(HTTPException, http_problem)
    app.view_functions["books.list_books"] = list_in_data
    app.view_functions["books.delete_book"] = delete_with_body
    app.view_functions["books.patch_book"] = no_patch
    app.after_request(utf8)
