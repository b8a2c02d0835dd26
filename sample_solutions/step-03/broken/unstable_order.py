"""The list has no ORDER BY id but `ORDER BY random()` (a "shuffle" feature), so consecutive pages overlap and skip.

Breaks "Books are listed in a stable order (by id unless stated), so that consecutive pages neither overlap nor skip".
"""

from bookstore import db
from flask import Flask


def list_books(author, genre, offset, limit):
    where, params = db.book_filters(author, genre)
    rows = db.connection().execute(
        f"SELECT * FROM books{where} ORDER BY random() LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    return [dict(row) for row in rows]


def apply(app: Flask) -> None:
    db.list_books = list_books
