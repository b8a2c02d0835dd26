"""Step-4 probes on what the server gives away: passwords and hashes in bodies, cookies scripts can read."""

from __future__ import annotations

import contextlib
import re
from typing import Any
from urllib.parse import urlsplit

from checkers.bookstore import jwt_forge
from checkers.bookstore.probe import ProbeContext, Violation
from checkers.bookstore.step4_session import AUTH, bearer, body_of, logged_in_reader, signed_up_passwords
from grader.http_probe import ProbeResponse

# Stored-password formats wherever they appear: modular crypt ($2b$12$..., $argon2id$..., $6$salt$..., $pbkdf2-...),
# Werkzeug's pbkdf2:/scrypt: and Django's pbkdf2_sha256$ / argon2$ / bcrypt$ prefixes. A JWT holds no `$`.
HASH = re.compile(r"\$(?:2[abxy]?|argon2(?:id|i|d)|[0-9]|y|gy|7|sha1|md5|pbkdf2(?:-sha\d+)?|scrypt|sha\d+)\$"
                  r"[^\s\"'$]*\$?[./A-Za-z0-9+=,$-]{8,}|\b(?:pbkdf2:sha\d+:\d+|scrypt:\d+:\d+:\d+)\$|"
                  r"\b(?:pbkdf2_sha\d+|argon2|bcrypt(?:_sha256)?|sha1|md5)\$[^\s\"']{8,}")
# A key that names a password or its hash, once lower-cased with every non-letter removed: password, passwordHash,
# hashed_password, pwd, pass, password_digest, encrypted_password, user_password...
SECRET_KEY = re.compile(r"^(?:hashed|encrypted|crypted|plain|raw|user|current|new)?(?:password|passwd|pwd|pass|pw)"
                        r"(?:hash|hashed|digest|salt|crypt|encrypted)?$")
MASK = re.compile(r"^[*•xX#.\-\s]*$|^\[?(?:hidden|redacted|secret|filtered|protected)\]?$", re.IGNORECASE)
COOKIE_FLAGS = ("HttpOnly", "SameSite")
TOKEN_COOKIE = re.compile(r"token|jwt|session|auth|refresh|access", re.IGNORECASE)


def _secret_field(body: Any) -> tuple[str, str] | None:
    """(where, value) of the first string under a password-named key, at any depth, inside JWTs found on the way too.

    Walked with a stack, not recursion, so that a hostile body nested thousands of levels deep cannot crash it."""
    stack: list[tuple[Any, str]] = [(body, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, dict):
            for key, item in value.items():
                where = f"{path}.{key}" if path else str(key)
                if SECRET_KEY.match(re.sub(r"[^a-z]", "", str(key).lower())) and _revealing(item):
                    return where, str(item)
                stack.append((item, where))
        elif isinstance(value, list):
            stack.extend((item, f"{path}[{index}]") for index, item in enumerate(value))
        elif isinstance(value, str) and value.count(".") == 2:
            with contextlib.suppress(jwt_forge.NotAJwt):
                stack.append((jwt_forge.read(value)[1], f"{path} (the JWT's claims)"))
    return None


def _revealing(value: Any) -> bool:
    """A value that could be a password or its hash: a number or a string that is not a mask such as '********'."""
    if isinstance(value, bool) or value is None:
        return False
    return isinstance(value, int | float) or (isinstance(value, str) and not MASK.match(value))


def leak_in(response: ProbeResponse, passwords: list[str]) -> str | None:
    """What secret the response holds, in words, or None.

    Field names are judged on successes only: an error such as {"errors": {"password": "too short"}} names the
    field it complains about."""
    text = response.body.decode("utf-8", errors="replace")
    headers = "\n".join(f"{name}: {value}" for name, value in response.headers.items())
    for password in passwords:
        if password in text or password in headers:
            return f"the password {password!r} that the grader signed up with"
    found = _secret_field(body_of(response)) if 200 <= response.status < 300 else None
    if found:
        return f"a field named {found[0]!r} holding {found[1][:12]!r}…"
    match = HASH.search(text) or HASH.search(headers)
    return f"a password hash ({match.group()[:12]}…)" if match else None


def check_no_password_in_bodies(ctx: ProbeContext) -> None:
    """No response of the run holds a password, a password hash, or a password-named field, at any depth."""
    account = logged_in_reader(ctx)
    if account.token:
        ctx.request("GET", f"{AUTH}/me", headers=bearer(account.token))
    passwords = signed_up_passwords(ctx) + [secret for secret in (ctx.credentials.admin_password,) if secret]
    for response in ctx.log:
        leak = leak_in(response, passwords)
        if leak:
            raise Violation(f"{response.request.method} {response.request.url} answered with {leak}",
                            "Build responses from an explicit list of safe fields (id, email, name, role); never "
                            "return the database row or model as it is, and never put the hash in a token.",
                            response, expected="no password, no password hash and no password field in any "
                            "response")


def _attributes(set_cookie: str) -> set[str]:
    """The lower-case attribute names of one Set-Cookie line (HttpOnly, SameSite, Path...)."""
    return {part.split("=", 1)[0].strip().lower() for part in set_cookie.split(";")[1:]}


def _token_cookie(response: ProbeResponse, cookie: str) -> bool:
    """A cookie set by an /auth route, or named or valued like a token (anywhere)."""
    name, _, value = cookie.split(";", 1)[0].partition("=")
    if urlsplit(response.request.url).path.startswith(AUTH) or TOKEN_COOKIE.search(name):
        return True
    try:
        jwt_forge.read(value.strip().strip('"'))
    except jwt_forge.NotAJwt:
        return False
    return True


def check_cookie_flags(ctx: ProbeContext) -> str | None:
    """Every token cookie (set by /auth, or named or valued like a token) carries HttpOnly and SameSite."""
    logged_in_reader(ctx)
    seen = 0
    for response in ctx.log:
        for cookie in response.headers.get_all("Set-Cookie"):
            if not _token_cookie(response, cookie):
                continue
            seen += 1
            missing = [flag for flag in COOKIE_FLAGS if flag.lower() not in _attributes(cookie)]
            if missing:
                name = cookie.split("=", 1)[0].strip()
                raise Violation(f"the cookie {name!r} is set without {' and '.join(missing)}",
                                "Set token cookies with HttpOnly (scripts cannot read them) and SameSite=Strict or "
                                "Lax (other sites cannot send them), e.g. set_cookie(..., httponly=True, "
                                "samesite='Strict').", response, expected="HttpOnly and SameSite on every cookie")
    return None if seen else "no response set a token cookie, so there were no cookie flags to check"
