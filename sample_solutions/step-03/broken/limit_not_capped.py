"""`limit` is never capped, so ?limit=1000 returns a page of up to 1000 books.

Breaks "`limit` — page size, default 10, at most 100 (a larger value is capped to 100 or refused with 400)" (step 3).
"""

from bookstore import validation
from flask import Flask


def page_params():
    return validation.positive_int("page", 1), validation.positive_int("limit", 10)


def apply(app: Flask) -> None:
    validation.page_params = page_params
