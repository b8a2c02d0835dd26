"""The title is checked with `if not title` before trimming, so a title of only spaces is accepted.

Breaks "`title` — string, required, 1..200 characters after trimming" (step 3).
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_title(data):
    title = data.get("title")
    if not isinstance(title, str) or not title or len(title) > 200:
        raise ApiError(400, "title is required and must be at most 200 characters")
    return title


def apply(app: Flask) -> None:
    validation.check_title = check_title
