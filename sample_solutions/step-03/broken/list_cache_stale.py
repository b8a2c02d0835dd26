"""GET /books answers from a cache that POST and DELETE clear but PUT forgets: a replaced book is listed as it was.

Breaks "`PUT /books/{id}` ... 200, the updated book" as the lists see it (step 3): every list view after a write.
"""

from bookstore import books
from flask import Flask, jsonify, request

CACHE: dict[str, object] = {}


def cached_list():
    key = request.query_string.decode()
    if key not in CACHE:
        CACHE[key] = books.list_books().get_json()
    return jsonify(CACHE[key])


def forget(response):
    if request.method in ("POST", "DELETE"):
        CACHE.clear()
    return response


def apply(app: Flask) -> None:
    app.view_functions["books.list_books"] = cached_list
    app.after_request(forget)
