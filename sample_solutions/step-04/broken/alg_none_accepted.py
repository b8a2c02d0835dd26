"""Tokens are decoded with the algorithm their own header names, and `alg: none` skips the signature check.

Breaks "401 ... with an unsigned (`alg: none`) token" (step 4).
"""

import jwt
from bookstore import security
from bookstore.errors import ApiError
from flask import Flask

verified_decode = security.decode_token


def decode_token(token, kind):
    try:
        header = jwt.get_unverified_header(token)
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None
    if header.get("alg") != "none":
        return verified_decode(token, kind)
    claims = jwt.decode(token, options={"verify_signature": False})
    if claims.get("type", kind) != kind:
        raise ApiError(401, f"expected an {kind} token")
    return claims


def apply(app: Flask) -> None:
    security.decode_token = decode_token
