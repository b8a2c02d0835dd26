"""Step-4 probes on roles: deleting a book is for admins only."""

from __future__ import annotations

from checkers.bookstore.probe import ProbeContext
from checkers.bookstore.step4_session import admin_token, bearer, book_for, reader_token


def check_user_cannot_delete(ctx: ProbeContext) -> None:
    """DELETE /books/{id} with a valid user (not admin) token answers 403, and the book stays."""
    token = reader_token(ctx)
    book_id = book_for(ctx, token, "kept")
    response = ctx.request("DELETE", f"/books/{book_id}", headers=bearer(token))
    ctx.expect_status(response, (403,), "403 Forbidden: the token is valid but its user is not an admin",
                      "After checking the token, check the user's role: anything but 'admin' gets 403 on DELETE.")
    still = ctx.request("GET", f"/books/{book_id}")
    ctx.expect_status(still, (200,), "200: the book is still there", "Check the role before deleting anything.")


def check_admin_can_delete(ctx: ProbeContext) -> None:
    """DELETE /books/{id} with the admin's token answers 204 (or 200), and the book is gone."""
    token = admin_token(ctx)
    book_id = book_for(ctx, token, "removed")
    response = ctx.request("DELETE", f"/books/{book_id}", headers=bearer(token))
    ctx.expect_status(response, (200, 204), "204 (or 200): the admin may delete",
                      "Let a valid token whose user has role 'admin' through the DELETE guard.")
    gone = ctx.request("GET", f"/books/{book_id}")
    ctx.expect_status(gone, (404,), "404: the deleted book is gone", "Delete the row (and commit) before answering.")
