"""The price is checked with `isinstance(value, (int, float))`, and in Python True is an int: {"price": true} is 1.

Breaks "`price` — number, required, >= 0" (step 3): a JSON boolean is not a number.
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_price(data):
    value = data.get("price")
    if not isinstance(value, int | float) or value < 0:
        raise ApiError(400, "price is required and must be a number of 0 or more")
    return value


def apply(app: Flask) -> None:
    validation.check_price = check_price
