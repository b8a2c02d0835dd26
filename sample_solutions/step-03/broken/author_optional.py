"""The author is read with `data.get("author", "")`, so a book without an author is stored with an empty one.

Breaks "`author` — string, required, non-empty" (step 3).
"""

from bookstore import validation
from flask import Flask


def check_author(data):
    return str(data.get("author", "")).strip()


def apply(app: Flask) -> None:
    validation.check_author = check_author
