"""Decoded tokens are cached by their signature ("decoding on every request is slow"): a token whose payload was
changed under a signature already seen gets the cached claims instead of a signature check.

Breaks "401 ... with a tampered token (a changed payload with the old signature)" (step 4).
"""

from bookstore import security
from flask import Flask

verified_decode = security.decode_token
seen: dict[tuple[str, str], dict] = {}


def decode_token(token, kind):
    signature = token.rsplit(".", 1)[-1]
    if signature and (signature, kind) in seen:
        return seen[signature, kind]
    claims = verified_decode(token, kind)
    seen[signature, kind] = claims
    return claims


def apply(app: Flask) -> None:
    security.decode_token = decode_token
