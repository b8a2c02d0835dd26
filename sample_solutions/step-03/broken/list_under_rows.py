"""The page of books is sent as {"rows": [...], "count": n}, under a key the contract does not name.

Breaks "The body is either a JSON array of the page's books, or a JSON object holding that array under one of
`items`, `data`, `books`, `results`" (step 3).
"""

from bookstore import books
from flask import Flask, jsonify


def list_in_rows():
    rows = books.list_books().get_json()
    return jsonify(rows=rows, count=len(rows))


def apply(app: Flask) -> None:
    app.view_functions["books.list_books"] = list_in_rows
