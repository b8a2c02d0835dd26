"""`published_year` is only checked to be 1000 or later, so a year in the future is stored.

Breaks "`published_year` — integer, optional, from 1000 to the current year" (step 3).
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_published_year(data):
    value = data.get("published_year")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1000:
        raise ApiError(400, "published_year must be a whole number from 1000")
    return value


def apply(app: Flask) -> None:
    validation.check_published_year = check_published_year
