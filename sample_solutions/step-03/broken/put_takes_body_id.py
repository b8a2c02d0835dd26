"""PUT copies every field of the body onto the row, `id` included (`UPDATE books SET id = :id, ...`): the book moves.

Breaks "`id` — assigned by the server ..., never by the client" and "Unknown extra fields ... are ignored" (step 3)
on PUT.
"""

from bookstore import db, validation
from bookstore.books import existing_book
from bookstore.guards import login_required
from flask import Flask, jsonify


@login_required
def replace_book(book_id: int):
    existing_book(book_id)
    data = validation.json_body()
    book = {**validation.book_from_json(data), "id": data.get("id", book_id), "old": book_id}
    connection = db.connection()
    connection.execute(
        "UPDATE books SET id = :id, title = :title, author = :author, genre = :genre, price = :price, "
        "published_year = :published_year, isbn = :isbn WHERE id = :old",
        book,
    )
    connection.commit()
    return jsonify(db.get_book(book["id"]))


def apply(app: Flask) -> None:
    app.view_functions["books.replace_book"] = replace_book
