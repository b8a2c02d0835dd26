"""Step-4 probes on accounts: logging in, not telling which emails exist, and asking who you are."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.probe import ProbeContext, Violation
from checkers.bookstore.step4_session import AUTH, bearer, body_of, logged_in_reader, reader_token, user_field
from grader.http_probe import ProbeResponse

VOLATILE_KEYS = {"timestamp", "time", "request_id", "requestId", "trace_id", "traceId"}


def check_login(ctx: ProbeContext) -> None:
    """POST /auth/login answers 200 with an access_token and token_type bearer; a wrong password gets 401."""
    account = logged_in_reader(ctx)
    response = account.login
    ctx.expect_status(response, (200,), "200 with an access token",
                      "Find the user by email, check the password with bcrypt, and answer 200 with a token.")
    body = ctx.json_of(response)
    token_type = body.get("token_type") if isinstance(body, dict) else None
    if account.token is None or str(token_type).lower() != "bearer":
        raise Violation(f"the login answer has access_token {_shown(body, 'access_token')} and token_type "
                        f"{_shown(body, 'token_type')}", 'Answer {"access_token": "<jwt>", "token_type": "bearer"}.',
                        response, expected="a non-empty access_token string and token_type 'bearer'")
    wrong = ctx.request("POST", f"{AUTH}/login", json={"email": account.email, "password": "Wrong-pass-99"})
    ctx.expect_status(wrong, (401,), "401 for a wrong password",
                      "Compare the password with the stored bcrypt hash and answer 401 when it does not match.")
    long = ctx.request("POST", f"{AUTH}/login", json={"email": account.email, "password": "Wrong-" + "x" * 94})
    ctx.expect_status(long, (401,), "401 for a wrong password of 100 characters",
                      "bcrypt checks at most 72 bytes (bcrypt 5 raises beyond): answer 401 for a longer password.")
    empty = ctx.request("POST", f"{AUTH}/login", json={})
    if not 400 <= empty.status < 500:
        raise Violation(f"POST /auth/login without email and password answered {empty.status}", "Check that email "
                        "and password are there (and strings) before looking anything up.", empty,
                        expected="a 4xx (400, 401 or 422)")


def _shown(body: Any, name: str) -> str:
    value = body.get(name) if isinstance(body, dict) else None
    return "missing" if value is None else repr(value)[:60]


def _comparable(response: ProbeResponse) -> Any:
    """The body without keys that differ on every request (a timestamp, a request id)."""
    body = body_of(response)
    if isinstance(body, dict):
        return {key: value for key, value in body.items() if key not in VOLATILE_KEYS}
    return response.body if body is None else body


def check_login_no_enumeration(ctx: ProbeContext) -> None:
    """An unknown email and a wrong password get the same 401 and the same body, so nobody can probe for accounts."""
    account = logged_in_reader(ctx)
    unknown = ctx.request("POST", f"{AUTH}/login", json={"email": f"nobody-{ctx.run_tag}@example.com",
                                                         "password": account.password})
    wrong = ctx.request("POST", f"{AUTH}/login", json={"email": account.email, "password": "Wrong-pass-99"})
    fix = ("Answer both failures alike: 401 with one message such as 'wrong email or password', so that the "
           "answer does not tell whether the email has an account.")
    for response, case in ((unknown, "an unknown email"), (wrong, "a wrong password")):
        ctx.expect_status(response, (401,), f"401 for {case}", fix)
    if _comparable(unknown) != _comparable(wrong):
        raise Violation("an unknown email and a wrong password got different bodies:\n"
                        f"unknown email: {unknown.text_preview(200)}\nwrong password: {wrong.text_preview(200)}",
                        fix, unknown, expected="the same body for both")


def check_auth_me(ctx: ProbeContext) -> None:
    """GET /auth/me with a token answers 200 with the user's own email; without a token or with garbage, 401."""
    account = logged_in_reader(ctx)
    me = ctx.request("GET", f"{AUTH}/me", headers=bearer(reader_token(ctx)))
    ctx.expect_status(me, (200,), "200 with the current user", "Add GET /auth/me: read the token, load its user "
                      "and return it (id, email, role; never the password hash).")
    email = user_field(me, "email")
    if str(email).lower() != account.email:
        raise Violation(f"/auth/me answered with email {email!r}", "Return the user the token belongs to (its sub).",
                        me, expected=f"email {account.email!r}")
    fix = "When the Authorization header is missing or not 'Bearer <valid token>', answer 401."
    for headers, how in (({}, "without a token"), (bearer("garbage"), "with 'Bearer garbage'")):
        refused = ctx.request("GET", f"{AUTH}/me", headers=headers)
        ctx.expect_status(refused, (401,), f"401 {how}", fix)
