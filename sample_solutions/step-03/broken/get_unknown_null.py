"""GET /books/{id} sends whatever the lookup found: for an unknown id that is `null` with 200, not a 404.

Breaks "`GET /books/{id}` — 200, the book; 404 unknown id" (step 3).
"""

from bookstore import db
from flask import Flask, jsonify


def get_book(book_id: int):
    return jsonify(db.get_book(book_id))


def apply(app: Flask) -> None:
    app.view_functions["books.get_book"] = get_book
