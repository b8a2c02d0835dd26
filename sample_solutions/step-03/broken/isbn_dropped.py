"""The isbn is never saved (the INSERT and UPDATE leave the column out), so every book comes back with isbn null.

Breaks "`isbn` — string, optional" (step 3): an isbn that was sent must be kept.
"""

from bookstore import validation
from flask import Flask

_book_from_json = validation.book_from_json


def book_from_json(data):
    return {**_book_from_json(data), "isbn": None}


def apply(app: Flask) -> None:
    validation.book_from_json = book_from_json
