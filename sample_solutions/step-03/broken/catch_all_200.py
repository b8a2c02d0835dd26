"""A front-end fallback route answers every other GET path with 200 and a welcome message.

Breaks "An unknown route gets 404" (step 3). Paths under /books still get their 404s.
"""

from flask import Flask, abort, jsonify


def fallback(path: str):
    if path.startswith("books"):
        abort(404)
    return jsonify(message="Welcome to the bookstore API")


def apply(app: Flask) -> None:
    app.add_url_rule("/<path:path>", "fallback", fallback)
