"""GET on books treats any Authorization header as asking for admin rights: a user's token gets 403 on a read.

Breaks "`GET` on books stays public" (step 4): a client that sends its token on every request cannot read.
"""

from bookstore import books
from bookstore.guards import admin_required
from flask import Flask, request


def public_unless_token(view):
    guarded = admin_required(view)

    def read(*args, **kwargs):
        return guarded(*args, **kwargs) if request.headers.get("Authorization") else view(*args, **kwargs)

    return read


def apply(app: Flask) -> None:
    for name in ("list_books", "get_book"):
        app.view_functions[f"books.{name}"] = public_unless_token(getattr(books, name))
