"""Step-3 probes of the book's life: create, read, update, delete, and ids that do not exist."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.probe import ProbeContext, Violation
from checkers.bookstore.step3_books import (
    STORED,
    book_object,
    book_path,
    create_book,
    differences,
    new_book,
    store_book,
    unknown_id,
    write,
)
from grader.http_probe import ProbeResponse

# Each probe has its own unknown id, lower than any an earlier probe may have made a server store.
NOT_FOUND_ID = 987654
EXTRA_FIELDS_ID = 876543
EXTRA_FIELDS_PUT_ID = 876000


def _same_book(ctx: ProbeContext, response: ProbeResponse, sent: dict[str, Any], rule: str, fix: str) -> None:
    changed = differences(sent, book_object(ctx, response))
    if changed:
        raise Violation(f"{response.request.method} answered {response.status}, but the book in the body does not "
                        f"hold what was sent: {'; '.join(changed)}", fix, response, expected=rule)


def crud_create(ctx: ProbeContext) -> None:
    """POST /books with a valid book answers 201 with the stored book: its new id and the fields sent."""
    sent = new_book(ctx)
    response = write(ctx, "POST", "/books", json=sent)
    ctx.expect_status(response, (201,), "201 Created with the new book",
                      "Answer a successful POST /books with status 201 (Created), not 200: in Flask "
                      "`return jsonify(book), 201`; in Express `res.status(201).json(book)`.")
    _same_book(ctx, response, sent, "the created book with its id and every field sent",
               "Send back the book as it was stored, with the id the server gave it.")
    ctx.cache["stored"] = ctx.cache.get("stored", 0) + 1
    ctx.cache.setdefault("example_id", book_object(ctx, response)["id"])


def crud_read(ctx: ProbeContext) -> None:
    """GET /books/{id} of a book just created answers 200 with the same id and fields."""
    sent = new_book(ctx)
    created = store_book(ctx, sent)
    response = ctx.request("GET", book_path(created["id"]))
    ctx.expect_status(response, (200,), "200 with the book",
                      "Look the book up by the id from the URL and send it with status 200.")
    book = book_object(ctx, response)
    if str(book["id"]) != str(created["id"]):
        raise Violation(f"GET {book_path(created['id'])} sent the book with id {book['id']!r}",
                        "Send the book whose id is in the URL.", response, expected=f"id {created['id']!r}")
    _same_book(ctx, response, sent, "the same fields as the book POST /books stored",
               "Read every field back from storage as it was saved.")


def crud_update(ctx: ProbeContext) -> None:
    """PUT /books/{id} with a whole book answers 200 with the new fields, and a later GET shows them too."""
    created = create_book(ctx)
    path = book_path(created["id"])
    changed = new_book(ctx, author="Bea Reviser", genre="Poetry", price=3, published_year=1999, isbn="0-00-000000-0")
    response = write(ctx, "PUT", path, json=changed)
    ctx.expect_status(response, (200,), "200 with the updated book",
                      "Replace every field of the stored book and answer 200 with it.")
    _same_book(ctx, response, changed, "the updated book", "Answer with the book as it is stored after the update.")
    later = ctx.request("GET", path)
    ctx.expect_status(later, (200,), "200 with the updated book", "GET must still find a book after a PUT.")
    kept = differences(changed, book_object(ctx, later))
    if kept:
        raise Violation(f"PUT {path} answered 200 with the new fields, but a GET after it shows: {'; '.join(kept)}",
                        "Save the update for good (e.g. commit the transaction) before answering; "
                        "the PUT's answer alone is not enough.", later,
                        expected="a GET after the PUT shows the new fields")


def crud_delete(ctx: ProbeContext) -> None:
    """DELETE /books/{id} answers 204 (or 200); then GET and a second DELETE of that id answer 404."""
    path = book_path(create_book(ctx)["id"])
    deleted = write(ctx, "DELETE", path)
    ctx.expect_status(deleted, (204, 200), "204 No Content (or 200)", "Delete the book and answer 204.")
    ctx.cache["stored"] -= 1
    for method, fix in (("GET", "Remove the book from storage for good (e.g. commit the DELETE) before answering."),
                        ("DELETE", "Answer 404 when the book to delete does not exist, also on a second DELETE.")):
        response = ctx.request(method, path) if method == "GET" else write(ctx, method, path)
        if response.status != 404:
            raise Violation(f"DELETE {path} answered {deleted.status}, then {method} {path} answered "
                            f"{response.status}", fix, response, expected="the deleted book is gone: 404")


def not_found(ctx: ProbeContext) -> None:
    """GET, PUT and DELETE on an id that never existed answer 404, and PUT creates nothing."""
    path = book_path(unknown_id(ctx, NOT_FOUND_ID))
    fix = "Look the book up first and answer 404 with {\"error\": \"...\"} when there is none."
    ctx.expect_status(ctx.request("GET", path), (404,), "404 for a book that does not exist", fix)
    ctx.expect_status(write(ctx, "PUT", path, json=new_book(ctx)), (404,), "404: PUT updates a book, never creates",
                      "PUT on an unknown id must answer 404 and store nothing (no INSERT OR REPLACE, no upsert).")
    ctx.expect_status(write(ctx, "DELETE", path), (404,), "404 for a book that does not exist", fix)


def extra_fields_ignored(ctx: ProbeContext) -> None:
    """An `id` and an unknown field sent with POST or PUT are ignored: the server alone picks and keeps the id."""
    chosen = unknown_id(ctx, EXTRA_FIELDS_ID)
    response = write(ctx, "POST", "/books", json=new_book(ctx, id=chosen, shelf="B2"))
    fix = ("Build the stored book from the known fields only (title, author, genre, price, published_year, isbn); "
           "never take the id from the request.")
    if response.status not in STORED:
        raise Violation(f"POST /books with an extra `id` and `shelf` answered {response.status}", fix, response,
                        expected="201: unknown fields are ignored")
    book = book_object(ctx, response)
    ctx.cache["stored"] = ctx.cache.get("stored", 0) + 1
    if str(book["id"]) == str(chosen):
        raise Violation(f"the new book got the id {chosen!r} that the client sent", fix, response,
                        expected="an id chosen by the server")
    ctx.expect_status(ctx.request("GET", book_path(chosen)), (404,), f"404: no book has the id {chosen!r}", fix)
    stored = ctx.request("GET", book_path(book["id"]))
    ctx.expect_status(stored, (200,), "200 with the new book", "GET must find the book POST /books created.")
    if "shelf" in book_object(ctx, stored):
        raise Violation(f"GET {book_path(book['id'])} shows the unknown field `shelf` that POST /books sent", fix,
                        stored, expected="only the book's own fields: unknown fields are not stored")
    _put_keeps_id(ctx, book["id"], unknown_id(ctx, EXTRA_FIELDS_PUT_ID), fix)


def _put_keeps_id(ctx: ProbeContext, book_id: Any, other: Any, fix: str) -> None:
    """PUT /books/{id} with another `id` in the body answers with the book still under {id}; no book gets `other`."""
    path = book_path(book_id)
    response = write(ctx, "PUT", path, json=new_book(ctx, id=other, shelf="C3"))
    ctx.expect_status(response, (200,), "200: the id and unknown fields in the body are ignored", fix)
    answered = book_object(ctx, response)["id"]
    if str(answered) != str(book_id):
        raise Violation(f"PUT {path} with {{\"id\": {other!r}, ...}} answered with the book under the id {answered!r}",
                        fix, response, expected=f"the book keeps the id {book_id!r}")
    ctx.expect_status(ctx.request("GET", book_path(other)), (404,), f"404: no book has the id {other!r}", fix)
    ctx.expect_status(ctx.request("GET", path), (200,), f"200: the book is still at {path}", fix)
