"""Reading JWTs and building hostile ones (unsigned, tampered, re-signed) with the standard library only."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
from typing import Any


class NotAJwt(ValueError):
    """The text is not three base64url parts whose first two are JSON objects."""


def b64url_encode(data: bytes) -> str:
    """base64url without padding, as JWTs write it."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """The bytes of base64url text with or without its padding; NotAJwt when it is not base64url."""
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise NotAJwt(f"{text[:20]!r} is not base64url") from None


def _segment(value: dict[str, Any]) -> str:
    return b64url_encode(json.dumps(value, separators=(",", ":")).encode())


def _object(segment: str, name: str) -> dict[str, Any]:
    try:
        value = json.loads(b64url_decode(segment))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise NotAJwt(f"its {name} is not base64url-encoded JSON") from None
    if not isinstance(value, dict):
        raise NotAJwt(f"its {name} is not a JSON object")
    return value


def read(token: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The header and the claims of a JWT, without checking its signature; NotAJwt when it is not one."""
    parts = token.split(".")
    if len(parts) != 3:
        raise NotAJwt(f"a JWT has three parts separated by dots; this one has {len(parts)}")
    return _object(parts[0], "header"), _object(parts[1], "payload")


def sign_hs256(claims: dict[str, Any], secret: str) -> str:
    """A token carrying `claims`, signed with HS256 under `secret`."""
    signing_input = f"{_segment({'alg': 'HS256', 'typ': 'JWT'})}.{_segment(claims)}"
    return f"{signing_input}.{_hs256(signing_input, secret)}"


def unsigned(claims: dict[str, Any]) -> str:
    """A token carrying `claims` with `alg: none` and an empty signature."""
    return f"{_segment({'alg': 'none', 'typ': 'JWT'})}.{_segment(claims)}."


def with_claims(token: str, claims: dict[str, Any]) -> str:
    """The token with its payload replaced by `claims`, keeping the original header and signature."""
    header, _, signature = token.split(".")
    return f"{header}.{_segment(claims)}.{signature}"


def hs256_signature_matches(token: str, secret: str) -> bool:
    """True when the token's signature is its HS256 signature under `secret`."""
    header, payload, signature = token.split(".")
    return hmac.compare_digest(_hs256(f"{header}.{payload}", secret), signature.rstrip("="))


def _hs256(signing_input: str, secret: str) -> str:
    return b64url_encode(hmac.new(secret.encode(), signing_input.encode("ascii"), hashlib.sha256).digest())
