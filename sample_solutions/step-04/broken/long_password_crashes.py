"""Passwords go to bcrypt whatever their length: bcrypt 5 refuses more than 72 bytes, so a long password is a 500
at sign-up and at login.

Breaks "No request in this contract ever gets a 5xx" on register and login (step 4): refuse it with 400 or hash it.
"""

import bcrypt
from bookstore import security, validation
from bookstore.errors import ApiError
from flask import Flask


def check_password(data):
    value = data.get("password")
    if not isinstance(value, str) or len(value) < validation.MIN_PASSWORD_LENGTH:
        raise ApiError(400, "password must be at least 8 characters")
    return value


def password_matches(password, password_hash):
    return bcrypt.checkpw(password.encode(), password_hash.encode())


def apply(app: Flask) -> None:
    validation.check_password = check_password
    security.password_matches = password_matches
