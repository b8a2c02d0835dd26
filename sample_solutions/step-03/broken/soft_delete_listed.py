"""DELETE marks the book as deleted; GET /books/{id} hides it, but the list query forgets the mark.

Breaks "`DELETE /books/{id}` — 204 (or 200) and the book is gone" (step 3): it is gone from GET, not from the lists.
"""

from bookstore import db
from flask import Flask

DELETED: set[int] = set()
_get_book = db.get_book


def get_book(book_id):
    return None if book_id in DELETED else _get_book(book_id)


def delete_book(book_id):
    if get_book(book_id) is None:
        return False
    DELETED.add(book_id)
    return True


def apply(app: Flask) -> None:
    db.get_book = get_book
    db.delete_book = delete_book
