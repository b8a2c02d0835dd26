"""DELETE removes the book first and checks the role after, so a user's DELETE answers 403 but the book is gone.

Breaks "`DELETE /books/{id}` needs role `admin`: 403 for a valid `user` token" (step 4).
"""

from bookstore import db
from bookstore.errors import ApiError
from bookstore.guards import login_required
from flask import Flask, g


@login_required
def delete_book(book_id):
    if not db.delete_book(book_id):
        raise ApiError(404, f"there is no book with id {book_id}")
    if g.user["role"] != "admin":
        raise ApiError(403, "only an admin may do this")
    return "", 204


def apply(app: Flask) -> None:
    app.view_functions["books.delete_book"] = delete_book
