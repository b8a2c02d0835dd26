"""The price check only asks for a number, so a price of -5 is stored.

Breaks "`price` — number, required, >= 0" (step 3).
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_price(data):
    value = data.get("price")
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ApiError(400, "price is required and must be a number")
    return value


def apply(app: Flask) -> None:
    validation.check_price = check_price
