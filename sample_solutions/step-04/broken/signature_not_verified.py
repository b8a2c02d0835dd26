"""Tokens are decoded with `options={"verify_signature": False}`: any payload is believed: unsigned, tampered, expired.

Breaks "401 ... with an expired, unsigned (`alg: none`) or tampered token" (step 4).
"""

import jwt
from bookstore import security
from bookstore.errors import ApiError
from flask import Flask


def decode_token(token, kind):
    try:
        claims = jwt.decode(token, options={"verify_signature": False})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None
    if "sub" not in claims or claims.get("type", kind) != kind:
        raise ApiError(401, f"expected an {kind} token")
    return claims


def apply(app: Flask) -> None:
    security.decode_token = decode_token
