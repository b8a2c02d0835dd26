"""Tokens are decoded with `options={"verify_exp": False}`, so an expired token still works.

Breaks "401 ... with an expired token" (step 4).
"""

import jwt
from bookstore import security
from bookstore.errors import ApiError
from flask import Flask, current_app


def decode_token(token, kind):
    try:
        claims = jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"],
                            options={"verify_exp": False})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None
    if "sub" not in claims or claims.get("type") != kind:
        raise ApiError(401, f"expected an {kind} token")
    return claims


def apply(app: Flask) -> None:
    security.decode_token = decode_token
