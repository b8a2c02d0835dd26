"""The title's length is checked before trimming, so 200 characters with spaces around them are refused.

Breaks "`title` — string, required, 1..200 characters after trimming" (step 3) at its upper bound.
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_title(data):
    title = data.get("title")
    if not isinstance(title, str) or len(title) > 200 or not title.strip():
        raise ApiError(400, "title is required and must be at most 200 characters")
    return title.strip()


def apply(app: Flask) -> None:
    validation.check_title = check_title
