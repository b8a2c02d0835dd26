"""Step-4 probes on accounts: signing up, logging in, and asking who you are."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.probe import ProbeContext, Skip, Violation
from checkers.bookstore.step4_session import (
    AUTH,
    INVALID,
    OK,
    Account,
    bearer,
    body_of,
    field,
    log_in,
    logged_in_reader,
    reader,
    reader_token,
    register,
)
from grader.http_probe import ProbeResponse

VOLATILE_KEYS = {"timestamp", "time", "request_id", "requestId", "trace_id", "traceId"}


def _first_sign_up_worked(ctx: ProbeContext) -> Account:
    """The reader, once signed up; Skip when the server refused the plain sign-up (register reports that)."""
    account = reader(ctx)
    if account.registered.status not in OK:
        raise Skip(f"a plain sign-up already answered {account.registered.status} (see register), so this rule "
                   "cannot be checked")
    return account


def check_register(ctx: ProbeContext) -> None:
    """POST /auth/register with an email, a password and a name answers 201 with the user: id, email, role user."""
    account = reader(ctx)
    response = account.registered
    ctx.expect_status(response, (201,), "201 Created with the new user",
                      "A sign-up creates a resource: answer 201 (e.g. return jsonify(user), 201 in Flask, "
                      "status_code=201 in FastAPI, res.status(201) in Express).")
    user = ctx.json_of(response)
    if not isinstance(user, dict):
        raise Violation("the sign-up answer is not a JSON object", "Return the new user as an object: "
                        '{"id": ..., "email": ..., "role": "user"}.', response, expected="the user as a JSON object")
    missing = [name for name in ("id", "email", "role") if user.get(name) is None]
    if missing:
        raise Violation(f"the new user has no {', '.join(missing)}", "Return the stored user with its id, email "
                        "and role (never its password or hash).", response, expected="{id, email, role, ...}")
    if str(user["email"]).lower() != account.email or user["role"] != "user":
        raise Violation(f"the new user came back with email {user['email']!r} and role {user['role']!r}",
                        "Return the account as stored: the email that was sent, and the role every new user gets.",
                        response, expected=f"email {account.email!r} and role 'user'")


def check_register_duplicate(ctx: ProbeContext) -> None:
    """Signing up a second time with an email that already has an account answers 409 Conflict."""
    account = _first_sign_up_worked(ctx)
    again = ctx.request("POST", f"{AUTH}/register", json={"email": account.email, "password": "Another-pass-99"})
    ctx.expect_status(again, (409,), "409 Conflict for an email that is taken",
                      "Look the email up before inserting (or catch the UNIQUE-constraint error) and answer 409.")


def check_register_weak_password(ctx: ProbeContext) -> None:
    """A password under 8 characters, or an email that is not an email, is refused with 400 or 422."""
    weak = ctx.request("POST", f"{AUTH}/register", json={"email": f"weak-{ctx.run_tag}@example.com",
                                                         "password": "short12"})
    ctx.expect_status(weak, INVALID, "400 or 422 for a 7-character password",
                      "Check len(password) >= 8 before creating the account.")
    invalid = ctx.request("POST", f"{AUTH}/register", json={"email": "not-an-email", "password": "Long-enough-99"})
    ctx.expect_status(invalid, INVALID, "400 or 422 for an email without @ and domain",
                      "Check that the email looks like name@domain.tld before creating the account.")


def check_register_role_ignored(ctx: ProbeContext) -> None:
    """A role or is_admin sent to /auth/register is ignored: the new account is a plain user."""
    _first_sign_up_worked(ctx)
    climber = register(ctx, "climber", role="admin", is_admin=True)
    response = climber.registered
    ctx.expect_status(response, OK, "201 with a plain user: the extra fields are ignored, not refused",
                      "Read only email, password and name from the sign-up body and drop every other field.")
    role = field(response, "role")
    if role is not None and role != "user":
        raise Violation(f"a sign-up asking for role admin got role {role!r}", "Never read role (or is_admin) from "
                        "the request: every new account gets role 'user'.", response, expected="role 'user'")
    token = log_in(ctx, climber).token
    me = ctx.request("GET", f"{AUTH}/me", headers=bearer(token)) if token else None
    role = field(me, "role") if me is not None and me.status == 200 else None
    if role is not None and role != "user":
        raise Violation(f"/auth/me says the account that asked for admin has role {role!r}", "Never read role "
                        "(or is_admin) from the request: every new account gets role 'user'.", me,
                        expected="role 'user'")


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
    """GET /auth/me with a token answers 200 with the user's own email; without a token, 401."""
    account = logged_in_reader(ctx)
    me = ctx.request("GET", f"{AUTH}/me", headers=bearer(reader_token(ctx)))
    ctx.expect_status(me, (200,), "200 with the current user", "Add GET /auth/me: read the token, load its user "
                      "and return it (id, email, role; never the password hash).")
    email = field(me, "email")
    if str(email).lower() != account.email:
        raise Violation(f"/auth/me answered with email {email!r}", "Return the user the token belongs to (its sub).",
                        me, expected=f"email {account.email!r}")
    anonymous = ctx.request("GET", f"{AUTH}/me")
    ctx.expect_status(anonymous, (401,), "401 without a token", "When the Authorization header is missing or not "
                      "'Bearer <token>', answer 401 before reading the token.")
