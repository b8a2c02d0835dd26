"""Step-4 probes on signing up: the answer, taken emails, weak passwords and bad emails, and asking to be admin."""

from __future__ import annotations

from checkers.bookstore.probe import ProbeContext, Skip, Violation
from checkers.bookstore.step4_session import (
    AUTH,
    INVALID,
    OK,
    Account,
    bearer,
    create_book,
    log_in,
    reader,
    register,
    user_field,
    user_of,
)

MIN_PASSWORD = 8
LONG_PASSWORD = 100
STRONG_PASSWORD = "Long-enough-99"
# Addresses that are not emails, each in its own way; a domain without a dot is left out (intranet names are real).
NOT_EMAILS = ("not-an-email", "@example.com", "reader@", "two@@example.com", "with space@example.com", "")
# Sign-ups that ask for admin rights: the contract's two fields must be ignored (201, a plain user); the other common
# spellings may be refused as unknown fields (400/422), but when accepted they make a plain user too.
CLIMBS = ({"role": "admin", "is_admin": True},
          {"role": "ADMIN", "roles": ["admin"], "isAdmin": True, "admin": True, "is_superuser": True})
ROLE_FIX = "Never read role (or is_admin, roles...) from the request: every new account gets role 'user'."


def _first_sign_up_worked(ctx: ProbeContext) -> Account:
    """The reader, once signed up; Skip when the server refused the plain sign-up (register reports that)."""
    account = reader(ctx)
    if account.registered.status not in OK:
        raise Skip(f"a plain sign-up already answered {account.registered.status} (see register), so this rule "
                   "cannot be checked")
    return account


def check_register(ctx: ProbeContext) -> None:
    """POST /auth/register answers 201 with the user (id, email, role user); a 100-character password is no crash."""
    account = reader(ctx)
    response = account.registered
    ctx.expect_status(response, (201,), "201 Created with the new user",
                      "A sign-up creates a resource: answer 201 (e.g. return jsonify(user), 201 in Flask, "
                      "status_code=201 in FastAPI, res.status(201) in Express).")
    ctx.json_of(response)
    user = user_of(response)
    if user is None:
        raise Violation("the sign-up answer is not a JSON object", "Return the new user as an object: "
                        '{"id": ..., "email": ..., "role": "user"}.', response, expected="the user as a JSON object")
    missing = [name for name in ("id", "email", "role") if user.get(name) in (None, "")]
    if missing:
        raise Violation(f"the new user has no {', '.join(missing)}", "Return the stored user with its id, email "
                        "and role (never its password or hash).", response, expected="{id, email, role, ...}")
    if str(user["email"]).lower() != account.email or user["role"] != "user":
        raise Violation(f"the new user came back with email {user['email']!r} and role {user['role']!r}",
                        "Return the account as stored: the email that was sent, and the role every new user gets.",
                        response, expected=f"email {account.email!r} and role 'user'")
    _long_password(ctx)


def _long_password(ctx: ProbeContext) -> None:
    """A 100-character password (more than bcrypt's 72 bytes) is either refused with 400/422 or works at login."""
    long = register(ctx, "long", password=f"Long-{ctx.run_tag}-".ljust(LONG_PASSWORD, "x"))
    fix = ("bcrypt hashes at most 72 bytes (bcrypt 5 raises beyond): refuse longer passwords with 400, or hash them "
           "consistently (e.g. SHA-256 first) at sign-up and at login.")
    ctx.expect_status(long.registered, (*OK, *INVALID), f"201, or 400/422, for a {LONG_PASSWORD}-character password",
                      fix)
    if long.registered.status in OK:
        ctx.expect_status(log_in(ctx, long).login, (200,), f"200: the {LONG_PASSWORD}-character password it "
                          "accepted at sign-up logs in", fix)


def check_register_duplicate(ctx: ProbeContext) -> None:
    """Signing up a second time with an email that already has an account answers 409 Conflict."""
    account = _first_sign_up_worked(ctx)
    again = ctx.request("POST", f"{AUTH}/register", json={"email": account.email, "password": "Another-pass-99"})
    ctx.expect_status(again, (409,), "409 Conflict for an email that is taken",
                      "Look the email up before inserting (or catch the UNIQUE-constraint error) and answer 409.")


def check_register_weak_password(ctx: ProbeContext) -> None:
    """A 7-character or missing password and emails that are not emails get 400/422; exactly 8 characters is enough."""
    _first_sign_up_worked(ctx)
    weak = ctx.request("POST", f"{AUTH}/register", json={"email": f"weak-{ctx.run_tag}@example.com",
                                                         "password": "Pw-" + ctx.run_tag[:MIN_PASSWORD - 4]})
    ctx.expect_status(weak, INVALID, f"400 or 422 for a {MIN_PASSWORD - 1}-character password",
                      f"Check len(password) >= {MIN_PASSWORD} before creating the account.")
    missing = ctx.request("POST", f"{AUTH}/register", json={"email": f"nopass-{ctx.run_tag}@example.com"})
    ctx.expect_status(missing, INVALID, "400 or 422 for a sign-up without a password",
                      "Check that the password is there and is a string before measuring it.")
    for email in NOT_EMAILS:
        invalid = ctx.request("POST", f"{AUTH}/register", json={"email": email, "password": STRONG_PASSWORD})
        ctx.expect_status(invalid, INVALID, f"400 or 422 for the email {email!r}, which is not name@domain.tld",
                          "Check that the email has exactly one @, something before it, a domain with a dot after "
                          "it and no spaces (or use a validator such as pydantic's EmailStr).")
    exact = register(ctx, "eight", password="P8" + ctx.run_tag[:MIN_PASSWORD - 2])
    ctx.expect_status(exact.registered, OK, f"201: a password of exactly {MIN_PASSWORD} characters is long enough",
                      f"Refuse only passwords shorter than {MIN_PASSWORD} characters: len(password) < "
                      f"{MIN_PASSWORD}, not <= {MIN_PASSWORD}.")


def _climber_role(ctx: ProbeContext, climber: Account, must_accept: bool) -> None:
    """The account that asked for admin is a user in the sign-up answer, in /auth/me, and when it deletes."""
    response = climber.registered
    if not must_accept and response.status in INVALID:
        return
    ctx.expect_status(response, OK, "201 with a plain user: role and is_admin are ignored, not refused",
                      "Read only email, password and name from the sign-up body and drop every other field.")
    role = user_field(response, "role")
    if role is not None and role != "user":
        raise Violation(f"a sign-up asking for admin rights got role {role!r}", ROLE_FIX, response,
                        expected="role 'user'")
    token = log_in(ctx, climber).token
    if token is None:
        raise Violation(f"the account that asked for admin rights could not log in ({climber.login.status})",
                        "Sign it up as a plain user, with the password it sent.", climber.login,
                        expected="200 with an access_token")
    me = ctx.request("GET", f"{AUTH}/me", headers=bearer(token))
    role = user_field(me, "role") if me.status == 200 else None
    if role is not None and role != "user":
        raise Violation(f"/auth/me says the account that asked for admin rights has role {role!r}", ROLE_FIX, me,
                        expected="role 'user'")
    _climber_cannot_delete(ctx, token)


def _climber_cannot_delete(ctx: ProbeContext, token: str) -> None:
    """DELETE with the climber's token is refused like a plain user's (unless a plain user may delete too)."""
    _, book_id = create_book(ctx, token, "climber")
    if book_id is None:
        return
    deleted = ctx.request("DELETE", f"/books/{book_id}", headers=bearer(token))
    if deleted.status == 403:
        return
    plain = log_in(ctx, reader(ctx)).token
    _, control = create_book(ctx, plain, "plain delete") if plain else (None, None)
    if control is None or ctx.request("DELETE", f"/books/{control}", headers=bearer(plain)).status != 403:
        return
    raise Violation(f"DELETE /books/{{id}} with the token of the account that asked for admin rights answered "
                    f"{deleted.status}, while a plain user gets 403", ROLE_FIX, deleted,
                    expected="403: it is a plain user")


def check_register_role_ignored(ctx: ProbeContext) -> None:
    """role, is_admin, roles... sent to /auth/register are ignored: the account is a plain user, also when deleting."""
    _first_sign_up_worked(ctx)
    for number, extra in enumerate(CLIMBS, 1):
        _climber_role(ctx, register(ctx, f"climber{number}", **extra), must_accept=number == 1)
