"""DELETE /books/{id} is guarded by `@login_required` instead of `@admin_required`, so any user may delete.

Breaks "`DELETE /books/{id}` needs role `admin`: 403 for a valid `user` token" (step 4).
"""

from bookstore import books
from bookstore.guards import login_required
from flask import Flask


def apply(app: Flask) -> None:
    app.view_functions["books.delete_book"] = login_required(books.delete_book.__wrapped__)
