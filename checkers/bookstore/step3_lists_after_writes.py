"""Step-3 probe that every list shows the store as it is now: a book created, replaced or deleted is listed so."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.probe import ProbeContext, Violation
from checkers.bookstore.step3_books import book_path, create_book, differences, new_book, write
from checkers.bookstore.step3_listing import FILTER_LIMIT, list_page

FIX = ("Read GET /books from the same storage the writes change, after they are saved: no list cached across writes, "
       "no deleted book left in the list (a soft delete must be filtered out of lists too).")


def _listed(ctx: ProbeContext, params: dict[str, str], book: dict[str, Any] | None, after: str) -> None:
    """GET /books?params lists exactly `book` with its fields (or nothing when book is None)."""
    response, books = list_page(ctx, {**params, "limit": FILTER_LIMIT})
    query = "&".join(f"{name}={value}" for name, value in params.items())
    if book is None:
        if books:
            raise Violation(f"after {after}, GET /books?{query} still lists {len(books)} book(s), e.g. id "
                            f"{books[0].get('id')!r}", FIX, response, expected="an empty list")
        return
    if [str(listed.get("id")) for listed in books] != [str(book["id"])]:
        raise Violation(f"after {after}, GET /books?{query} lists ids {[listed.get('id') for listed in books]}",
                        FIX, response, expected=f"exactly the book with id {book['id']!r}")
    changed = differences(book, books[0])
    if changed:
        raise Violation(f"after {after}, GET /books?{query} lists the book with fields other than written: "
                        f"{'; '.join(changed)}",
                        FIX, response, expected="the book as GET /books/{id} shows it now")


def lists_follow_writes(ctx: ProbeContext) -> None:
    """After a create, a PUT and a DELETE, the author and genre lists show the book as it is now, or not at all."""
    first = {"author": f"Lena Listed {ctx.run_tag}", "genre": f"Ledger {ctx.run_tag}"}
    then = {"author": f"Rita Renamed {ctx.run_tag}", "genre": f"Annals {ctx.run_tag}"}
    created = create_book(ctx, **first)
    _listed(ctx, {"author": first["author"]}, created, "POST /books")
    path = book_path(created["id"])
    replaced = new_book(ctx, **then, price=4)
    response = write(ctx, "PUT", path, json=replaced)
    ctx.expect_status(response, (200,), "200 with the updated book", "See crud-update: PUT must work first.")
    updated = {**replaced, "id": created["id"]}
    for params, book in (({"author": first["author"]}, None), ({"genre": first["genre"]}, None),
                         ({"author": then["author"]}, updated), ({"genre": then["genre"]}, updated)):
        _listed(ctx, params, book, f"PUT {path}")
    deleted = write(ctx, "DELETE", path)
    ctx.expect_status(deleted, (204, 200), "204 No Content (or 200)", "See crud-delete: DELETE must work first.")
    ctx.cache["stored"] -= 1
    for params in ({"author": then["author"]}, {"genre": then["genre"]}):
        _listed(ctx, params, None, f"DELETE {path}")
