"""Step-3 probes of updates: PUT validates like POST, and the bonus PATCH changes only the fields it is sent."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.probe import ProbeContext, Skip, Violation
from checkers.bookstore.step3_books import (
    BAD_INPUT,
    LEAVE_OUT,
    book_object,
    book_path,
    create_book,
    differences,
    new_book,
    unknown_id,
    write,
)
from checkers.bookstore.step3_validation import fix_for, invalid_values

VALIDATED = ("title", "author", "genre", "price", "published_year")
# Lower unknown ids come later: a server that creates on PATCH moves its AUTOINCREMENT above this one.
PATCH_UNKNOWN_ID = 991234
NO_PATCH = (404, 405, 501)


def _unchanged(ctx: ProbeContext, path: str, stored: dict[str, Any], after: str) -> None:
    """A Violation unless GET path still shows the stored book's fields."""
    later = ctx.request("GET", path)
    ctx.expect_status(later, (200,), "200 with the book", "GET must still find a book after a refused update.")
    changed = differences(stored, book_object(ctx, later))
    if changed:
        raise Violation(f"{after} was refused, yet GET {path} shows the book changed: {'; '.join(changed)}",
                        "Validate the whole update before you write anything, and write nothing when it is invalid.",
                        later, expected="the book as it was before the refused update")


def validation_on_update(ctx: ProbeContext) -> None:
    """PUT /books/{id} with each value that POST refuses answers 400/422 and leaves the book unchanged."""
    stored = create_book(ctx)
    path = book_path(stored["id"])
    for field in VALIDATED:
        for what, value in invalid_values(field):
            response = write(ctx, "PUT", path, json=new_book(ctx, **{field: value}))
            if response.status not in BAD_INPUT:
                raise Violation(f"PUT {path} with {what} answered {response.status}",
                                f"Run the same checks on PUT as on POST. {fix_for(field)}", response,
                                expected="400 or 422: the update is refused, as POST refuses that book")
    _unchanged(ctx, path, stored, "every invalid PUT")


def crud_patch(ctx: ProbeContext) -> None:
    """Bonus: PATCH changes only the fields sent, refuses invalid ones (400/422), 404s unknown ids; none is a skip."""
    stored = create_book(ctx)
    path = book_path(stored["id"])
    response = write(ctx, "PATCH", path, json={"price": 7.25})
    if response.status in NO_PATCH:
        raise Skip(f"PATCH {path} answered {response.status}: your server has no PATCH /books/{{id}}, a bonus route "
                   "that is not required")
    merged = {**{name: stored[name] for name in stored if name != "id"}, "price": 7.25}
    ctx.expect_status(response, (200,), "200 with the updated book",
                      "Answer a PATCH with 200 and the whole book after the change.")
    _same(ctx, response, merged, "PATCH answered with")
    later = ctx.request("GET", path)
    ctx.expect_status(later, (200,), "200 with the patched book", "GET must still find a book after a PATCH.")
    _same(ctx, later, merged, "a GET after the PATCH shows")
    for field in VALIDATED:
        for what, value in invalid_values(field):
            if value is LEAVE_OUT:
                continue
            refused = write(ctx, "PATCH", path, json={field: value})
            if refused.status not in BAD_INPUT:
                raise Violation(f"PATCH {path} with only {what} answered {refused.status}",
                                f"Validate each field PATCH sends as POST does. {fix_for(field)}", refused,
                                expected="400 or 422: the change is refused")
    _unchanged(ctx, path, merged, "every invalid PATCH")
    missing = book_path(unknown_id(ctx, PATCH_UNKNOWN_ID))
    ctx.expect_status(write(ctx, "PATCH", missing, json={"price": 1}), (404,), "404 for a book that does not exist",
                      "PATCH on an unknown id answers 404 and creates nothing.")


def _same(ctx: ProbeContext, response: Any, wanted: dict[str, Any], said: str) -> None:
    changed = differences(wanted, book_object(ctx, response))
    if changed:
        raise Violation(f"PATCH {{\"price\": 7.25}}: {said} {'; '.join(changed)}",
                        "Change only the fields the PATCH sends and keep every other field as it was.", response,
                        expected="the book with the new price and every other field unchanged")
