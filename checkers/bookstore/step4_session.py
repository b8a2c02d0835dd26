"""The accounts a step-4 run works with: a reader who signs up and logs in once, the admin, and books to act on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from checkers.bookstore.jwt_forge import NotAJwt, read
from checkers.bookstore.probe import ProbeContext, Skip, Violation
from grader.http_probe import NotJson, ProbeResponse

OK = (200, 201)
INVALID = (400, 422)
AUTH = "/auth"
USER_WRAPPERS = ("user", "data")


@dataclass
class Account:
    """An account the grader signed up (or was given), with the answers the server gave it."""

    email: str
    password: str
    registered: ProbeResponse | None = None
    login: ProbeResponse | None = None
    token: str | None = None


def bearer(token: str) -> dict[str, str]:
    """The Authorization header that sends `token`."""
    return {"Authorization": f"Bearer {token}"}


def body_of(response: ProbeResponse) -> Any:
    """The JSON body, or None when the body is not JSON."""
    try:
        return response.json()
    except NotJson:
        return None


def field(response: ProbeResponse, name: str) -> Any:
    """A top-level field of a JSON object body, or None."""
    body = body_of(response)
    return body.get(name) if isinstance(body, dict) else None


def user_of(response: ProbeResponse | None) -> dict[str, Any] | None:
    """The user in a body: the object itself, or the object under `user` or `data` when the body wraps it."""
    body = body_of(response) if response is not None else None
    if not isinstance(body, dict):
        return None
    for key in USER_WRAPPERS:
        if "email" not in body and isinstance(body.get(key), dict):
            return body[key]
    return body


def user_field(response: ProbeResponse | None, name: str) -> Any:
    """A field of the user a body holds (see user_of), or None."""
    user = user_of(response)
    return user.get(name) if user is not None else None


def register(ctx: ProbeContext, who: str, password: str | None = None, **extra: Any) -> Account:
    """Sign up a new account whose email (and password, unless given) carry the run's tag and say `who` it is."""
    account = Account(f"{who}-{ctx.run_tag}@example.com", password or f"Pw-{who}-{ctx.run_tag}-horse")
    account.registered = ctx.request("POST", f"{AUTH}/register", json={
        "email": account.email, "password": account.password, "name": f"Step Four {who.title()}", **extra})
    if account.registered.status in OK:
        ctx.cache.setdefault("step4.passwords", []).append(account.password)
    return account


def signed_up_passwords(ctx: ProbeContext) -> list[str]:
    """The passwords of every account the grader signed up in this run (a refused one may be echoed in its error)."""
    return list(ctx.cache.get("step4.passwords", []))


def log_in(ctx: ProbeContext, account: Account) -> Account:
    """Log the account in, keeping the answer and the access token it holds (if any)."""
    account.login = ctx.request("POST", f"{AUTH}/login", json={"email": account.email, "password": account.password})
    token = field(account.login, "access_token") if account.login.status == 200 else None
    account.token = token if isinstance(token, str) and token else None
    return account


def reader(ctx: ProbeContext) -> Account:
    """The run's ordinary user, signed up on first use."""
    if "step4.reader" not in ctx.cache:
        ctx.cache["step4.reader"] = register(ctx, "reader")
    return ctx.cache["step4.reader"]


def logged_in_reader(ctx: ProbeContext) -> Account:
    """The run's ordinary user, signed up and logged in on first use."""
    account = reader(ctx)
    if account.login is None:
        log_in(ctx, account)
    return account


def reader_token(ctx: ProbeContext) -> str:
    """The reader's access token; Skip when the server gave none."""
    account = logged_in_reader(ctx)
    if account.token is None:
        raise Skip("no access token to test with: signing up and logging in a user did not give one "
                   "(see the register and login outcomes)")
    return account.token


def admin_token(ctx: ProbeContext) -> str:
    """A token for the admin account; Skip when its email or password is unknown."""
    email, password = ctx.credentials.admin_email, ctx.credentials.admin_password
    if not (email and password):
        raise Skip("the admin account is unknown: pass --admin-email and --admin-password to check this",
                   needs="--admin-email and --admin-password")
    if "step4.admin" not in ctx.cache:
        ctx.cache["step4.admin"] = log_in(ctx, Account(email, password))
    admin = ctx.cache["step4.admin"]
    if admin.token is None:
        raise Violation(f"logging in as the admin ({email}) answered {admin.login.status} without an access_token",
                        "Create the admin account at start-up from ADMIN_EMAIL and ADMIN_PASSWORD (or pass the "
                        "admin's real --admin-email and --admin-password).", admin.login,
                        expected="200 with an access_token for the admin account")
    return admin.token


def new_book(ctx: ProbeContext, purpose: str) -> dict[str, Any]:
    """A valid book whose title names the probe that made it."""
    return {"title": f"Step 4 {purpose} {ctx.run_tag}", "author": "Grader Probe", "genre": "Testing",
            "price": 9.5, "published_year": 2001}


def create_book(ctx: ProbeContext, token: str, purpose: str) -> tuple[ProbeResponse, Any]:
    """POST a valid book with `token`: the answer and the new book's id (None when there is none)."""
    response = ctx.request("POST", "/books", json=new_book(ctx, purpose), headers=bearer(token))
    book_id = field(response, "id") if response.status in OK else None
    return response, book_id


def book_for(ctx: ProbeContext, token: str, purpose: str) -> Any:
    """The id of a book created with `token`; Skip when the server would not create one."""
    response, book_id = create_book(ctx, token, purpose)
    if book_id is None:
        raise Skip(f"POST /books with a valid token answered {response.status} without a book id, so there was no "
                   "book to try this on (see writes-need-token)")
    return book_id


def reader_can_write(ctx: ProbeContext) -> str:
    """The reader's token once it has been seen to create a book; Skip otherwise (a refusal would prove nothing)."""
    token = reader_token(ctx)
    if "step4.reader_wrote" not in ctx.cache:
        ctx.cache["step4.reader_wrote"] = create_book(ctx, token, "control")[1] is not None
    if not ctx.cache["step4.reader_wrote"]:
        raise Skip("the user's own valid token could not create a book, so refusing a forged one proves nothing "
                   "(see writes-need-token)")
    return token


def claims_of(ctx: ProbeContext, token: str) -> dict[str, Any]:
    """The claims of the reader's token; Skip when it is not a JWT (token-claims reports that)."""
    try:
        return read(token)[1]
    except NotAJwt as problem:
        raise Skip(f"the access token is not a JWT ({problem}), so no forged variant of it can be built "
                   "(see token-claims)") from None
