"""The price is required with `if not price`, and 0 is falsy: a free book is refused.

Breaks "`price` — number, required, >= 0" (step 3) at its lower bound.
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_price(data):
    value = data.get("price")
    if not value or isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ApiError(400, "price is required and must be a number of 0 or more")
    return value


def apply(app: Flask) -> None:
    validation.check_price = check_price
