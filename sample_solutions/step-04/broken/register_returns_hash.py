"""Users are sent back as their whole database row (`dict(row)`), `password_hash` included, by register and /auth/me.

Breaks "No response ever contains a password or a password hash, under any field name" (step 4).
"""

from bookstore import users
from flask import Flask


def public_user(row):
    return dict(row)


def apply(app: Flask) -> None:
    users.public_user = public_user
