"""PUT /books/{id} on an unknown id creates the book (`INSERT OR REPLACE`) and answers 200 instead of 404.

Breaks "`PUT /books/{id}` ... 404 unknown" (step 3).
"""

from bookstore import db, validation
from bookstore.guards import login_required
from flask import Flask, jsonify


@login_required
def replace_book(book_id: int):
    book = {"id": book_id, **validation.book_from_json(validation.json_body())}
    connection = db.connection()
    connection.execute(
        "INSERT OR REPLACE INTO books (id, title, author, genre, price, published_year, isbn) "
        "VALUES (:id, :title, :author, :genre, :price, :published_year, :isbn)",
        book,
    )
    connection.commit()
    return jsonify(db.get_book(book_id))


def apply(app: Flask) -> None:
    app.view_functions["books.replace_book"] = replace_book
