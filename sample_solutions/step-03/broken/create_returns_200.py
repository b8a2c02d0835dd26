"""POST /books answers 200 instead of 201 (Flask's default status, never changed).

Breaks "`POST /books` ... 201, body is the created book with its id" (step 3).
"""

from bookstore import db, validation
from bookstore.guards import login_required
from flask import Flask, jsonify


@login_required
def create_book():
    book = validation.book_from_json(validation.json_body())
    book_id = db.insert_book(book)
    return jsonify(db.get_book(book_id))


def apply(app: Flask) -> None:
    app.view_functions["books.create_book"] = create_book
