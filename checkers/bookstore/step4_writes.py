"""Step-4 probes on the book routes: every write needs a well-formed Bearer token, reading stays public."""

from __future__ import annotations

from checkers.bookstore.probe import ProbeContext, Skip, Violation
from checkers.bookstore.step4_session import OK, bearer, book_for, create_book, new_book, reader_token

WRITE_FIX = ("Guard every write route (POST, PUT, PATCH, DELETE) with the check that reads 'Authorization: Bearer "
             "<token>' and answers 401 when it is missing, has another scheme or an empty or invalid token.")
# Authorization headers that carry no valid Bearer token; each gets 401, never a 5xx or a pass.
MALFORMED = (("Bearer garbage", "'Bearer garbage'"), ("Bearer ", "'Bearer ' and nothing after it"),
             ("Bearer", "'Bearer' alone"), ("Basic dXNlcjpwYXNzd29yZA==", "'Basic' credentials"),
             ("garbage.not.token", "a value without the Bearer scheme"), ("Bearer a.b.c", "'Bearer a.b.c'"))


def _patch_exists(ctx: ProbeContext, path: str, token: str) -> bool:
    """Whether PATCH is a route of this server (it is a bonus); when it is, a user's token may use it (200)."""
    response = ctx.request("PATCH", path, json={"price": 11.5}, headers=bearer(token))
    if response.status in (404, 405):
        return False
    ctx.expect_status(response, (200,), "200: any logged-in user may PATCH a book (when there is a PATCH route)",
                      "Let every valid access token create and update books; only DELETE needs the admin role.")
    return True


def check_writes_need_token(ctx: ProbeContext) -> None:
    """Writes on /books (PATCH too) get 401 without a token or with a bad header; a user's token may add and edit."""
    anonymous = ctx.request("POST", "/books", json=new_book(ctx, "anonymous"))
    ctx.expect_status(anonymous, (401,), "401 without a token", WRITE_FIX)
    token = reader_token(ctx)
    created, book_id = create_book(ctx, token, "writes")
    ctx.expect_status(created, OK, "201: any logged-in user may add a book",
                      "Let every valid access token create and update books; only DELETE needs the admin role.")
    if book_id is None:
        raise Skip(f"POST /books answered {created.status} without the new book's id, so PUT, PATCH and DELETE "
                   "could not be tried")
    book = f"/books/{book_id}"
    updated = ctx.request("PUT", book, json=new_book(ctx, "user edit"), headers=bearer(token))
    ctx.expect_status(updated, (200,), "200: any logged-in user may update a book",
                      "Let every valid access token create and update books; only DELETE needs the admin role.")
    methods = ["PUT", "PATCH", "DELETE"] if _patch_exists(ctx, book, token) else ["PUT", "DELETE"]
    for method in methods:
        body = {"json": new_book(ctx, "anonymous edit")} if method != "DELETE" else {}
        response = ctx.request(method, book, **body)
        ctx.expect_status(response, (401,), f"401 for {method} without a token", WRITE_FIX)
    still = ctx.request("GET", book)
    ctx.expect_status(still, (200,), "200: the book is still there after the refused DELETE",
                      "Check the token before deleting anything.")
    for header, how in MALFORMED:
        response = ctx.request("POST", "/books", json=new_book(ctx, "malformed"), headers={"Authorization": header})
        ctx.expect_status(response, (401,), f"401 for POST /books with {how}", WRITE_FIX)


def check_reads_public(ctx: ProbeContext) -> None:
    """GET /books and GET /books/{id} answer 200 without a token, and with a logged-in user's token too."""
    token = reader_token(ctx)
    book_id = book_for(ctx, token, "public")
    for path in ("/books", f"/books/{book_id}"):
        for headers, how in (({}, "without a token"), (bearer(token), "with a plain user's valid token")):
            response = ctx.request("GET", path, headers=headers)
            if response.status != 200:
                raise Violation(f"GET {path} {how} answered {response.status}", "Leave the GET routes of /books "
                                "without any guard: reading is public, whoever asks and whatever token comes along.",
                                response, expected="200: reading books is public")
