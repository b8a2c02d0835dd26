"""Password hashing with bcrypt, and signed JWTs: short-lived access tokens and longer refresh tokens."""

from __future__ import annotations

import datetime
import os

import bcrypt
import jwt
from flask import current_app

from bookstore.errors import ApiError

ACCESS_TOKEN_LIFETIME = datetime.timedelta(hours=1)
REFRESH_TOKEN_LIFETIME = datetime.timedelta(days=7)
ALGORITHM = "HS256"
# Tests may lower the cost (4 is bcrypt's minimum); 12 is the library's default.
BCRYPT_ROUNDS = int(os.environ.get("BCRYPT_ROUNDS", "12"))
BCRYPT_MAX_BYTES = 72


def hash_password(password: str) -> str:
    """A salted bcrypt hash of the password."""
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(BCRYPT_ROUNDS)).decode()


def password_matches(password: str, password_hash: str) -> bool:
    """True when the password is the one that was hashed (one longer than bcrypt's 72 bytes never is)."""
    secret = password.encode()
    return len(secret) <= BCRYPT_MAX_BYTES and bcrypt.checkpw(secret, password_hash.encode())


def make_token(user_id: int, kind: str, lifetime: datetime.timedelta) -> str:
    """A signed token for the user, of kind `access` or `refresh`."""
    now = datetime.datetime.now(datetime.UTC)
    claims = {"sub": str(user_id), "type": kind, "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, current_app.config["JWT_SECRET"], algorithm=ALGORITHM)


def make_access_token(user_id: int) -> str:
    """A token that authorizes requests for one hour."""
    return make_token(user_id, "access", ACCESS_TOKEN_LIFETIME)


def make_refresh_token(user_id: int) -> str:
    """A token that can be traded for a new access token for seven days."""
    return make_token(user_id, "refresh", REFRESH_TOKEN_LIFETIME)


def decode_token(token: str, kind: str) -> dict:
    """The claims of a valid, unexpired token of this kind signed with our secret; 401 otherwise."""
    try:
        claims = jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=[ALGORITHM],
                            options={"require": ["sub", "exp"]})
    except jwt.ExpiredSignatureError:
        raise ApiError(401, "the token has expired; log in again") from None
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None
    if claims.get("type") != kind:
        raise ApiError(401, f"expected an {kind} token")
    return claims
