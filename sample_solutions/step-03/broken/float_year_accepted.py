"""The year is checked to be a number (`isinstance(value, (int, float))`), so 2001.5 is stored as a year.

Breaks "`published_year` — integer, optional" (step 3): a fractional year is not a whole number.
"""

import datetime

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_published_year(data):
    value = data.get("published_year")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 1000 <= value <= datetime.date.today().year:
        raise ApiError(400, "published_year must be a number from 1000 to this year")
    return value


def apply(app: Flask) -> None:
    validation.check_published_year = check_published_year
