"""The title goes through `str(...)` before it is checked, so {"title": 42} is stored as the title "42".

Breaks "`title` — string, required" (step 3): a number is not a string.
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_title(data):
    title = str(data.get("title") or "").strip()
    if not title or len(title) > 200:
        raise ApiError(400, "title is required and must be 1 to 200 characters")
    return title


def apply(app: Flask) -> None:
    validation.check_title = check_title
