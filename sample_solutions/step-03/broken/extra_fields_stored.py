"""POST keeps every field the client sent (a document store's `insert(body)`), so {"shelf": "B2"} is stored and shown.

Breaks "Unknown extra fields in a request are ignored" (step 3); the id is still the server's.
"""

from bookstore import books, db
from flask import Flask, request

EXTRAS: dict[int, dict] = {}
_get_book = db.get_book


def create_keeping_extras():
    response, status = books.create_book()
    data = request.get_json(force=True, silent=True) or {}
    book_id = response.get_json()["id"]
    EXTRAS[book_id] = {name: value for name, value in data.items() if name not in (*db.BOOK_FIELDS, "id")}
    return response, status


def get_book(book_id):
    book = _get_book(book_id)
    return None if book is None else {**book, **EXTRAS.get(book_id, {})}


def apply(app: Flask) -> None:
    app.view_functions["books.create_book"] = create_keeping_extras
    db.get_book = get_book
