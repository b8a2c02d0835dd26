"""The /books routes: create, read, update, delete and a filtered, paginated list."""

from __future__ import annotations

from flask import Blueprint, jsonify, request

from bookstore import db, validation
from bookstore.errors import ApiError
from bookstore.guards import admin_required, login_required

books_api = Blueprint("books", __name__)


def existing_book(book_id: int) -> dict:
    """The stored book; 404 when there is none."""
    book = db.get_book(book_id)
    if book is None:
        raise ApiError(404, f"there is no book with id {book_id}")
    return book


@books_api.post("/books")
@login_required
def create_book():
    book = validation.book_from_json(validation.json_body())
    book_id = db.insert_book(book)
    return jsonify(db.get_book(book_id)), 201


@books_api.get("/books")
def list_books():
    page, limit = validation.page_params()
    books = db.list_books(request.args.get("author"), request.args.get("genre"), (page - 1) * limit, limit)
    return jsonify(books)


@books_api.get("/books/<int:book_id>")
def get_book(book_id: int):
    return jsonify(existing_book(book_id))


@books_api.put("/books/<int:book_id>")
@login_required
def replace_book(book_id: int):
    existing_book(book_id)
    db.update_book(book_id, validation.book_from_json(validation.json_body()))
    return jsonify(db.get_book(book_id))


@books_api.patch("/books/<int:book_id>")
@login_required
def patch_book(book_id: int):
    merged = {**existing_book(book_id), **validation.json_body()}
    db.update_book(book_id, validation.book_from_json(merged))
    return jsonify(db.get_book(book_id))


@books_api.delete("/books/<int:book_id>")
@admin_required
def delete_book(book_id: int):
    if not db.delete_book(book_id):
        raise ApiError(404, f"there is no book with id {book_id}")
    return "", 204
