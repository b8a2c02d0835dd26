"""The refresh-token cookie is HttpOnly but has no `SameSite`, so other sites' requests carry it.

Breaks "If the server sets cookies for tokens, they carry `HttpOnly` and `SameSite`" (step 4).
"""

from bookstore import auth, security
from flask import Flask


def set_refresh_cookie(response, token):
    response.set_cookie(auth.REFRESH_COOKIE, token, max_age=int(security.REFRESH_TOKEN_LIFETIME.total_seconds()),
                        httponly=True, path="/auth")


def apply(app: Flask) -> None:
    auth.set_refresh_cookie = set_refresh_cookie
