"""`limit` is checked but never used: every page has 10 books, whatever the client asks for.

Breaks "`limit` — page size, default 10" (step 3): limit=1, 3, 7 or 100 still give pages of 10.
"""

from bookstore import validation
from flask import Flask


def page_params():
    validation.positive_int("limit", 10)
    return validation.positive_int("page", 1), 10


def apply(app: Flask) -> None:
    validation.page_params = page_params
