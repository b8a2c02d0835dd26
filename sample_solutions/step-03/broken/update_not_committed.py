"""The UPDATE is never committed: PUT answers with the new values, then they are rolled back; GET shows the old book.

Breaks "`PUT /books/{id}` with a whole book — 200, the updated book" (step 3): the update does not last.
"""

from bookstore import db
from flask import Flask


def update_book(book_id, book):
    db.connection().execute(
        "UPDATE books SET title = ?, author = ?, genre = ?, price = ?, published_year = ?, isbn = ? WHERE id = ?",
        [*(book.get(field) for field in db.BOOK_FIELDS), book_id],
    )


def apply(app: Flask) -> None:
    db.update_book = update_book
