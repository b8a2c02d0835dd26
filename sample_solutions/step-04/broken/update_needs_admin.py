"""PUT /books/{id} is guarded by `@admin_required` like DELETE, so a plain user cannot update a book.

Breaks "Creating and updating need any valid token" (step 4): a user's token gets 403 on PUT.
"""

from bookstore import books
from bookstore.guards import admin_required
from flask import Flask


def apply(app: Flask) -> None:
    app.view_functions["books.replace_book"] = admin_required(books.replace_book.__wrapped__)
