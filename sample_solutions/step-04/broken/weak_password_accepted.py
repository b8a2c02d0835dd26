"""The password is only checked to be a string, so "abc" is a valid password.

Breaks "400/422 invalid email or password under 8 characters" on register (step 4).
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def check_password(data):
    value = data.get("password")
    if not isinstance(value, str) or not value:
        raise ApiError(400, "password is required")
    if len(value.encode()) > validation.MAX_PASSWORD_BYTES:
        raise ApiError(400, "password must be at most 72 bytes")
    return value


def apply(app: Flask) -> None:
    validation.check_password = check_password
