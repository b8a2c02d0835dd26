"""The genre filter matches a substring (`LIKE '%' || ? || '%'`), so ?genre=fiction also lists Science Fiction.

Breaks "`genre` — case-insensitive exact match on genre" (step 3).
"""

from bookstore import db
from flask import Flask


def book_filters(author, genre):
    clauses, params = [], []
    if author:
        clauses.append("instr(lower(author), lower(?)) > 0")
        params.append(author)
    if genre:
        clauses.append("genre LIKE '%' || ? || '%'")
        params.append(genre)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def apply(app: Flask) -> None:
    db.book_filters = book_filters
