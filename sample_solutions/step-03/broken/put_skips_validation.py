"""PUT merges the body into the stored book without validating it, so an empty title or a price of -1 is saved.

Breaks "`PUT /books/{id}` ... 400/422 invalid" (step 3): the field rules hold on POST only.
"""

from bookstore import db, validation
from bookstore.books import existing_book
from bookstore.guards import login_required
from flask import Flask, jsonify


@login_required
def replace_book(book_id: int):
    data = validation.json_body()
    book = {**existing_book(book_id), **{name: data[name] for name in db.BOOK_FIELDS if name in data}}
    db.update_book(book_id, book)
    return jsonify(db.get_book(book_id))


def apply(app: Flask) -> None:
    app.view_functions["books.replace_book"] = replace_book
