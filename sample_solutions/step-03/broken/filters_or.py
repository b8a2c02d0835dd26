"""Author and genre filters are joined with OR, so ?author=X&genre=Y lists every book by X and every book in Y.

Breaks "both together combine with AND" (step 3).
"""

from bookstore import db
from flask import Flask


def book_filters(author, genre):
    clauses, params = [], []
    if author:
        clauses.append("instr(lower(author), lower(?)) > 0")
        params.append(author)
    if genre:
        clauses.append("lower(genre) = lower(?)")
        params.append(genre)
    return (" WHERE " + " OR ".join(clauses) if clauses else ""), params


def apply(app: Flask) -> None:
    db.book_filters = book_filters
