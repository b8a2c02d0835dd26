"""DELETE /books/{id} answers 204 but never runs the DELETE: the book is still there, a second delete is 204 again.

Breaks "`DELETE /books/{id}` — 204 (or 200) and the book is gone; 404 ... also on a second delete" (step 3).
"""

from bookstore.books import existing_book
from bookstore.guards import admin_required
from flask import Flask


@admin_required
def delete_book(book_id: int):
    existing_book(book_id)
    return "", 204


def apply(app: Flask) -> None:
    app.view_functions["books.delete_book"] = delete_book
