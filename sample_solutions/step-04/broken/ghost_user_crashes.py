"""The guard trusts that a token's `sub` names an account: a well-signed token for a deleted (or never existing) user
makes /auth/me read fields of None, a 500.

Breaks "No request in this contract ever gets a 5xx" (step 4): a token whose user is gone gets 401.
"""

from bookstore import guards, security, users
from flask import Flask


def current_user():
    claims = security.decode_token(guards.bearer_token(), "access")
    return users.find_user(claims["sub"])


def apply(app: Flask) -> None:
    guards.current_user = current_user
