"""Route decorators: who may call a route. They let everyone through when the app runs without accounts."""

from __future__ import annotations

import functools

from flask import current_app, g, request

from bookstore import security, users
from bookstore.errors import ApiError


def bearer_token() -> str:
    """The token from `Authorization: Bearer <token>`; 401 when there is none."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "send an access token as 'Authorization: Bearer <token>'")
    return token.strip()


def current_user() -> dict:
    """The account the request's access token belongs to; 401 when the token is missing or invalid."""
    claims = security.decode_token(bearer_token(), "access")
    user = users.find_user(claims["sub"])
    if user is None:
        raise ApiError(401, "the account of this token no longer exists")
    return user


def login_required(view):
    """Only callers with a valid access token."""

    @functools.wraps(view)
    def guarded(*args, **kwargs):
        if current_app.config["AUTH"]:
            g.user = current_user()
        return view(*args, **kwargs)

    return guarded


def admin_required(view):
    """Only callers whose account has the admin role."""

    @functools.wraps(view)
    def guarded(*args, **kwargs):
        if current_app.config["AUTH"]:
            g.user = current_user()
            if g.user["role"] != "admin":
                raise ApiError(403, "only an admin may do this")
        return view(*args, **kwargs)

    return guarded
