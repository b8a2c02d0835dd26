"""The cap refuses `limit >= 100` instead of `limit > 100`, so the largest allowed page, limit=100, is a 400.

Breaks "`limit` — ... at most 100 (a larger value is capped to 100 or refused with 400)" (step 3) at its boundary.
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def page_params():
    page, limit = validation.positive_int("page", 1), validation.positive_int("limit", 10)
    if limit >= validation.MAX_LIMIT:
        raise ApiError(400, "limit must be below 100")
    return page, limit


def apply(app: Flask) -> None:
    validation.page_params = page_params
