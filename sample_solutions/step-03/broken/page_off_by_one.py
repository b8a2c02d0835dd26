"""Pages counted from 0: the offset is `page * limit`, so page 1 skips the first `limit` books.

Breaks "page is 1-based, default 1" (step 3); every filtered list on page 1 comes back short too.
"""

from bookstore import db, validation
from flask import Flask, jsonify, request


def list_books():
    page, limit = validation.page_params()
    books = db.list_books(request.args.get("author"), request.args.get("genre"), page * limit, limit)
    return jsonify(books)


def apply(app: Flask) -> None:
    app.view_functions["books.list_books"] = list_books
