"""Step-4 probes on what the server gives away: passwords and hashes in bodies, cookies scripts can read."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from checkers.bookstore.probe import ProbeContext, Violation
from checkers.bookstore.step4_session import AUTH, bearer, logged_in_reader, signed_up_passwords
from grader.http_probe import ProbeResponse

# bcrypt, argon2, scrypt/pbkdf2 as Werkzeug writes them, Django's pbkdf2: every common stored-password format.
HASH = re.compile(r"\$2[abxy]?\$\d\d\$[./A-Za-z0-9]{53}|\$argon2(?:id|i|d)\$|"
                  r"\b(?:pbkdf2:sha\d+:\d+|scrypt:\d+:\d+:\d+)\$|\bpbkdf2_sha\d+\$\d+\$")

COOKIE_FLAGS = ("HttpOnly", "SameSite")


def _leak(response: ProbeResponse, passwords: list[str]) -> str | None:
    """What secret the body holds, in words, or None."""
    text = response.body.decode("utf-8", errors="replace")
    for password in passwords:
        if password in text:
            return f"the password {password!r} that the grader signed up with"
    match = HASH.search(text)
    return f"a password hash ({match.group()[:12]}…)" if match else None


def check_no_password_in_bodies(ctx: ProbeContext) -> None:
    """No response of the whole run (register, login, /auth/me, errors...) holds a password or a password hash."""
    account = logged_in_reader(ctx)
    if account.token:
        ctx.request("GET", f"{AUTH}/me", headers=bearer(account.token))
    passwords = signed_up_passwords(ctx)
    for response in ctx.log:
        leak = _leak(response, passwords)
        if leak:
            raise Violation(f"{response.request.method} {response.request.url} answered with {leak}",
                            "Build responses from an explicit list of safe fields (id, email, name, role); never "
                            "return the database row or model as it is.", response,
                            expected="no password and no password hash in any body")


def _attributes(set_cookie: str) -> set[str]:
    """The lower-case attribute names of one Set-Cookie line (HttpOnly, SameSite, Path...)."""
    return {part.split("=", 1)[0].strip().lower() for part in set_cookie.split(";")[1:]}


def check_cookie_flags(ctx: ProbeContext) -> str | None:
    """Every cookie an /auth route sets carries HttpOnly and SameSite (setting no cookie at all is fine)."""
    logged_in_reader(ctx)
    seen = 0
    for response in ctx.log:
        if not urlsplit(response.request.url).path.startswith(AUTH):
            continue
        for cookie in response.headers.get_all("Set-Cookie"):
            seen += 1
            missing = [flag for flag in COOKIE_FLAGS if flag.lower() not in _attributes(cookie)]
            if missing:
                name = cookie.split("=", 1)[0].strip()
                raise Violation(f"the cookie {name!r} is set without {' and '.join(missing)}",
                                "Set token cookies with HttpOnly (scripts cannot read them) and SameSite=Strict or "
                                "Lax (other sites cannot send them), e.g. set_cookie(..., httponly=True, "
                                "samesite='Strict').", response, expected="HttpOnly and SameSite on every cookie")
    return None if seen else "no /auth response set a cookie, so there were no cookie flags to check"
