"""POST /books stores the `id` the client sent (`INSERT OR REPLACE ... VALUES (:id, ...)`), so clients pick ids.

Breaks "`id` — assigned by the server, never by the client" and "Unknown extra fields ... are ignored" (step 3).
"""

from bookstore import db, validation
from bookstore.guards import login_required
from flask import Flask, jsonify


@login_required
def create_book():
    data = validation.json_body()
    book = {"id": data.get("id"), **validation.book_from_json(data)}
    connection = db.connection()
    cursor = connection.execute(
        "INSERT OR REPLACE INTO books (id, title, author, genre, price, published_year, isbn) "
        "VALUES (:id, :title, :author, :genre, :price, :published_year, :isbn)",
        book,
    )
    connection.commit()
    return jsonify(db.get_book(cursor.lastrowid)), 201


def apply(app: Flask) -> None:
    app.view_functions["books.create_book"] = create_book
