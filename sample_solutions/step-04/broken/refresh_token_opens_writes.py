"""Tokens are decoded without looking at their type, so the seven-day refresh token works as a Bearer token on writes
(and an access token is taken by /auth/refresh).

Breaks "`access_token` ... `exp` (at most 24 hours ahead)" and "`POST /auth/refresh` ... 401 invalid ... refresh
token" (step 4): a refresh token is not an access token, nor the other way round.
"""

import jwt
from bookstore import security
from bookstore.errors import ApiError
from flask import Flask, current_app


def decode_token(token, kind):
    try:
        return jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"],
                          options={"require": ["sub", "exp"]})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None


def apply(app: Flask) -> None:
    security.decode_token = decode_token
