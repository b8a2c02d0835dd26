"""The year's range leaves out both ends (`1000 < year < this_year`), so 1000 and the current year are refused.

Breaks "`published_year` — integer, optional, from 1000 to the current year" (step 3) at both bounds.
"""

import datetime

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_published_year(data):
    value = data.get("published_year")
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 < value < datetime.date.today().year:
        raise ApiError(400, "published_year must be between 1000 and this year")
    return value


def apply(app: Flask) -> None:
    validation.check_published_year = check_published_year
