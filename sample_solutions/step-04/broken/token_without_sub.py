"""Tokens carry the user under `user_id` instead of `sub` (and the server reads it back from there).

Breaks "`access_token` is a JWT ... that carries `sub` (the user)" (step 4).
"""

import datetime

import jwt
from bookstore import security
from bookstore.errors import ApiError
from flask import Flask, current_app


def make_token(user_id, kind, lifetime):
    now = datetime.datetime.now(datetime.UTC)
    claims = {"user_id": str(user_id), "type": kind, "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, current_app.config["JWT_SECRET"], algorithm="HS256")


def decode_token(token, kind):
    try:
        claims = jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"],
                            options={"require": ["user_id", "exp"]})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None
    if claims.get("type") != kind:
        raise ApiError(401, f"expected an {kind} token")
    return {**claims, "sub": claims["user_id"]}


def apply(app: Flask) -> None:
    security.make_token = make_token
    security.decode_token = decode_token
