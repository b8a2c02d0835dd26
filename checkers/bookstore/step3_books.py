"""What the step-3 probes share: a valid book, writes that carry the admin's token, and ids that no book has."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from checkers.bookstore.probe import ProbeContext, Skip, Violation, list_of_books
from grader.http_probe import NotJson, ProbeResponse

BAD_INPUT = (400, 422)
STORED = (200, 201)
BOOK_FIELDS = ("title", "author", "genre", "price", "published_year", "isbn")
LEAVE_OUT: Any = ...
_HEX_ID = re.compile(r"[0-9a-fA-F]+(-[0-9a-fA-F]+)*")


@dataclass(frozen=True)
class Login:
    """How the probes authenticate writes: the headers they send, and why there is no token when there is none."""

    headers: dict[str, str]
    why_no_token: str = ""
    credentials_missing: bool = False


def new_book(ctx: ProbeContext, **changes: Any) -> dict[str, Any]:
    """A valid book whose title is unique to this run; a field changed to `...` is left out."""
    number = ctx.cache["books_made"] = ctx.cache.get("books_made", 0) + 1
    book = {"title": f"Grader book {ctx.run_tag}-{number}", "author": "Ada Writer", "genre": "Essay",
            "price": 12.5, "published_year": 2001, "isbn": "978-0-00-000000-2"}
    book.update(changes)
    return {name: value for name, value in book.items() if value is not LEAVE_OUT}


def book_path(book_id: Any) -> str:
    """/books/{id}, the id escaped for a URL."""
    return f"/books/{quote(str(book_id), safe='')}"


def login(ctx: ProbeContext) -> Login:
    """The admin's login, done once per run: a Bearer token when the server has accounts, no header when not."""
    if "login" not in ctx.cache:
        ctx.cache["login"] = _log_in(ctx)
    return ctx.cache["login"]


def _log_in(ctx: ProbeContext) -> Login:
    email, password = ctx.credentials.admin_email, ctx.credentials.admin_password
    if not (email and password):
        return Login({}, "no admin account was given (--admin-email, --admin-password)", credentials_missing=True)
    response = ctx.request("POST", "/auth/login", json={"email": email, "password": password})
    if response.status in (404, 405):
        return Login({}, "your server has no POST /auth/login, so it was treated as a step-3 API without accounts")
    try:
        body = response.json()
    except NotJson:
        body = None
    token = body.get("access_token") if isinstance(body, dict) else None
    if response.status == 200 and isinstance(token, str) and token:
        return Login({"Authorization": f"Bearer {token}"})
    return Login({}, f"POST /auth/login with the admin's email and password answered {response.status} "
                     "without an access_token")


def write(ctx: ProbeContext, method: str, path: str, **options: Any) -> ProbeResponse:
    """A POST, PUT or DELETE with the admin's token when there is one; a 401 or 403 is explained, not graded."""
    auth = login(ctx)
    headers = {**auth.headers, **options.pop("headers", {})}
    response = ctx.request(method, path, headers=headers, **options)
    if response.status in (401, 403):
        _refused_for_auth(auth, response)
    return response


def _refused_for_auth(auth: Login, response: ProbeResponse) -> None:
    request = response.request
    said = f"{request.method} {_path_of(request.url)} answered {response.status}"
    if auth.credentials_missing:
        raise Skip(f"{said}: your server asks for a token, and the grader can only log in when you pass "
                   "--admin-email and --admin-password",
                   needs="--admin-email and --admin-password")
    if auth.headers:
        raise Violation(f"{said} although the request carried the admin's token from POST /auth/login",
                        "Accept the access tokens your own POST /auth/login hands out (same secret, same algorithm), "
                        "and give the ADMIN_EMAIL account the admin role.", response)
    raise Violation(f"{said}, and the grader had no token to send: {auth.why_no_token}",
                    "A step-3 API needs no token. If yours already has accounts, create the admin from ADMIN_EMAIL "
                    "and ADMIN_PASSWORD at start-up so that POST /auth/login gives the grader a token.", response)


def _path_of(url: str) -> str:
    return url[url.index("/", url.index("//") + 2):] if "//" in url else url


def create_book(ctx: ProbeContext, **changes: Any) -> dict[str, Any]:
    """Store a valid book that a probe needs (see new_book); the server's answer, the stored book."""
    return store_book(ctx, new_book(ctx, **changes))


def store_book(ctx: ProbeContext, book: dict[str, Any]) -> dict[str, Any]:
    """POST a valid book and return the server's answer; a Violation when POST /books does not work."""
    response = write(ctx, "POST", "/books", json=book)
    if response.status not in STORED:
        raise Violation(f"POST /books with a valid book answered {response.status}, so this rule could not be "
                        "checked", "This check needs POST /books to work first: see the outcome crud-create.",
                        response, expected="201 and the created book")
    book = book_object(ctx, response)
    ctx.cache["stored"] = ctx.cache.get("stored", 0) + 1
    ctx.cache.setdefault("example_id", book["id"])
    return book


def book_object(ctx: ProbeContext, response: ProbeResponse) -> dict[str, Any]:
    """The book in a response body: a JSON object with an id, or a Violation saying what came instead."""
    book = ctx.json_of(response)
    if not isinstance(book, dict):
        raise Violation(f"the body is JSON but not an object: it is a {type(book).__name__}",
                        "Answer with the book itself as a JSON object, e.g. {\"id\": 1, \"title\": ...}.", response)
    if book.get("id") in (None, ""):
        raise Violation("the book in the body has no id", "Send the book with the id your server gave it.", response)
    return book


def differences(sent: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Each field sent that the server's book does not hold as sent, as 'field: sent X, got Y'."""
    return [f"{name}: sent {sent[name]!r}, got {got[name]!r}" if name in got else f"{name}: sent {sent[name]!r}, "
            "missing from the body" for name in BOOK_FIELDS if name in sent and not _same(sent[name], got.get(name))]


def _same(sent: Any, got: Any) -> bool:
    if isinstance(sent, bool) or isinstance(got, bool):
        return sent == got
    if isinstance(sent, int | float) and isinstance(got, int | float):
        return abs(sent - got) < 1e-9
    return sent == got


def unknown_id(ctx: ProbeContext, number: int) -> int | str:
    """An id no book has, shaped like the server's ids: 987654, or 00000000-0000-0000-0000-000000987654 for UUIDs."""
    example = ctx.cache.get("example_id")
    if example is None:
        example = create_book(ctx)["id"]
    text, digits = str(example), str(number)
    if isinstance(example, int) or text.isdigit() or not _HEX_ID.fullmatch(text):
        return number if isinstance(example, int) else digits
    shape = re.sub(r"[0-9a-fA-F]", "0", text)
    slots = [index for index, char in enumerate(shape) if char == "0"]
    if len(slots) < len(digits):
        return digits
    chars = list(shape)
    for index, digit in zip(slots[-len(digits):], digits, strict=True):
        chars[index] = digit
    return "".join(chars)


def listed_ids(ctx: ProbeContext, response: ProbeResponse) -> list[Any]:
    """The ids of the books in a list response, in order."""
    books = list_of_books(ctx, response)
    if not all(isinstance(book, dict) and "id" in book for book in books):
        raise Violation("an entry of the list is not a book object with an id",
                        "List each book as the same JSON object GET /books/{id} returns.", response)
    return [book["id"] for book in books]
