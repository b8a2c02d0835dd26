"""PATCH is PUT under another name: it wants a whole book, so {"price": 7.25} is refused for its missing title.

Breaks "`PATCH /books/{id}` with some fields (optional, bonus) — 200, the updated book" (step 3).
"""

from bookstore import db, validation
from bookstore.books import existing_book
from bookstore.guards import login_required
from flask import Flask, jsonify


@login_required
def patch_book(book_id: int):
    existing_book(book_id)
    db.update_book(book_id, validation.book_from_json(validation.json_body()))
    return jsonify(db.get_book(book_id))


def apply(app: Flask) -> None:
    app.view_functions["books.patch_book"] = patch_book
