"""bcrypt password hashes, HS256 access tokens, and the dependencies that guard routes."""

from __future__ import annotations

import datetime
import os
import secrets
from typing import Annotated

import bcrypt
import jwt
from fastapi import Depends, Header, HTTPException
from store import store

SECRET = os.environ.get("JWT_SECRET") or secrets.token_hex(32)
ACCESS_LIFETIME = datetime.timedelta(minutes=30)
REFRESH_LIFETIME = datetime.timedelta(days=7)
BCRYPT_ROUNDS = int(os.environ.get("BCRYPT_ROUNDS", "12"))
BCRYPT_MAX_BYTES = 72  # bcrypt hashes no more


def hash_password(password: str) -> str:
    return bcrypt.hashpw(password.encode(), bcrypt.gensalt(BCRYPT_ROUNDS)).decode()


def verify_password(password: str, password_hash: str) -> bool:
    secret = password.encode()
    return len(secret) <= BCRYPT_MAX_BYTES and bcrypt.checkpw(secret, password_hash.encode())


def access_token(user_id: str) -> str:
    """A signed token for the user, valid for 30 minutes."""
    now = datetime.datetime.now(datetime.UTC)
    return jwt.encode({"sub": user_id, "iat": now, "exp": now + ACCESS_LIFETIME}, SECRET, algorithm="HS256")


def unauthorized(detail: str) -> HTTPException:
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def current_user(authorization: str | None = Header(default=None)) -> dict:
    """The user whose valid access token came in `Authorization: Bearer ...`; 401 otherwise."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise unauthorized("Not authenticated")
    try:
        claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"require": ["sub", "exp"]})
    except jwt.InvalidTokenError:
        raise unauthorized("Invalid or expired token") from None
    user = store.users.get(claims["sub"])
    if user is None:
        raise unauthorized("Invalid or expired token")
    return user


def admin_user(user: Annotated[dict, Depends(current_user)]) -> dict:
    """The current user, who must be an admin; 403 otherwise."""
    if user["role"] != "admin":
        raise HTTPException(status_code=403, detail="Admins only")
    return user


def public(user: dict) -> dict:
    """A user as responses show it, without the password hash."""
    return {key: value for key, value in user.items() if key != "password_hash"}
