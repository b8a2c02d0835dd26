"""A correct step-4 server whose tokens are signed with RS256: a key pair made at start-up, the private key signs,
the public key verifies (JWT_SECRET is not used). The grader can read the claims but cannot verify or forge the
signature, so it cannot forge an expired token either: that one check is skipped, never failed."""

import datetime

import jwt
from bookstore import security
from bookstore.errors import ApiError
from cryptography.hazmat.primitives.asymmetric import rsa
from flask import Flask

PRIVATE_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
PUBLIC_KEY = PRIVATE_KEY.public_key()


def make_token(user_id, kind, lifetime):
    now = datetime.datetime.now(datetime.UTC)
    claims = {"sub": str(user_id), "type": kind, "iat": now, "exp": now + lifetime}
    return jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")


def decode_token(token, kind):
    try:
        claims = jwt.decode(token, PUBLIC_KEY, algorithms=["RS256"], options={"require": ["sub", "exp"]})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None
    if claims.get("type") != kind:
        raise ApiError(401, f"expected an {kind} token")
    return claims


def apply(app: Flask) -> None:
    security.make_token = make_token
    security.decode_token = decode_token
