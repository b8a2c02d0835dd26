"""The author filter is a case-sensitive substring match (`instr(author, ?)`), so ?author=tolkien misses Tolkien.

Breaks "`author` — case-insensitive substring match on author" (step 3).
"""

from bookstore import db
from flask import Flask


def book_filters(author, genre):
    clauses, params = [], []
    if author:
        clauses.append("instr(author, ?) > 0")
        params.append(author)
    if genre:
        clauses.append("lower(genre) = lower(?)")
        params.append(genre)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def apply(app: Flask) -> None:
    db.book_filters = book_filters
