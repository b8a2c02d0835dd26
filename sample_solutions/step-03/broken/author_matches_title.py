"""?author= searches the title and the genre too (a "search box" filter), so a book about an author is listed.

Breaks "`author` — case-insensitive substring match on author" (step 3): the filter is on the wrong fields.
"""

from bookstore import db
from flask import Flask


def book_filters(author, genre):
    clauses, params = [], []
    if author:
        clauses.append("instr(lower(author || ' ' || title || ' ' || genre), lower(?)) > 0")
        params.append(author)
    if genre:
        clauses.append("lower(genre) = lower(?)")
        params.append(genre)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def apply(app: Flask) -> None:
    db.book_filters = book_filters
