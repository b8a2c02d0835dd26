"""The password length check is `len(password) <= 8`, so a password of exactly 8 characters is refused.

Breaks "400/422 ... password under 8 characters" on register (step 4): 8 characters are enough.
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_password(data):
    value = data.get("password")
    if not isinstance(value, str) or len(value) <= 8:
        raise ApiError(400, "password must be at least 8 characters")
    if len(value.encode()) > validation.MAX_PASSWORD_BYTES:
        raise ApiError(400, "password must be at most 72 bytes")
    return value


def apply(app: Flask) -> None:
    validation.check_password = check_password
