"""The guard unpacks the header as `scheme, token = header.split(" ", 1)`: `Authorization: Bearer` alone is a 500.

Breaks "401 without it, or with a malformed ... token" on writes (step 4).
"""

from bookstore import guards
from bookstore.errors import ApiError
from flask import Flask, request


def bearer_token():
    header = request.headers.get("Authorization")
    if not header:
        raise ApiError(401, "send an access token as 'Authorization: Bearer <token>'")
    scheme, token = header.split(" ", 1)
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "send an access token as 'Authorization: Bearer <token>'")
    return token.strip()


def apply(app: Flask) -> None:
    guards.bearer_token = bearer_token
