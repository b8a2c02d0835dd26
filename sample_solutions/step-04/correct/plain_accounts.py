"""A correct step-4 server in other allowed styles: no /auth/refresh (the bonus) and no cookies at all,
`token_type: "Bearer"`, login answering the user too, register and /auth/me answering `{"user": {...}}`,
access tokens that live exactly 24 hours (the longest allowed), sign-up errors as 422
`{"message", "errors": {"password": "..."}}`, unknown sign-up fields refused (role and is_admin, which the
contract names, are ignored), and DELETE answering 200 with a message."""

import datetime

from bookstore import books, security, users, validation
from bookstore.errors import ApiError
from bookstore.guards import admin_required, login_required
from flask import Flask, g, jsonify
from werkzeug.exceptions import NotFound

KNOWN_FIELDS = {"email", "password", "name", "role", "is_admin"}


def register():
    data = validation.json_body()
    unknown = sorted(set(data) - KNOWN_FIELDS)
    if unknown:
        return jsonify(message="unknown fields", errors=dict.fromkeys(unknown, "unknown field")), 422
    try:
        account = validation.registration_from_json(data)
    except ApiError as error:
        field = "password" if "password" in error.message else "email"
        return jsonify(message=error.message, errors={field: error.message}), 422
    user = users.create_user(**account)
    return jsonify(user=users.public_user(user), message="account created"), 201


def login():
    data = validation.json_body()
    email, password = data.get("email"), data.get("password")
    user = users.find_user_by_email(email) if isinstance(email, str) else None
    if user is None or not isinstance(password, str) or not security.password_matches(password, user["password_hash"]):
        raise ApiError(401, "wrong email or password")
    return jsonify(access_token=security.make_access_token(user["id"]), token_type="Bearer",
                   expires_in=int(security.ACCESS_TOKEN_LIFETIME.total_seconds()), user=users.public_user(user))


def no_refresh():
    raise NotFound()


@login_required
def me():
    return jsonify(user=users.public_user(g.user))


@admin_required
def delete_book(book_id):
    books.delete_book.__wrapped__(book_id)
    return jsonify(message=f"book {book_id} deleted"), 200


def apply(app: Flask) -> None:
    security.ACCESS_TOKEN_LIFETIME = datetime.timedelta(hours=24)
    app.view_functions.update({"auth.register": register, "auth.login": login, "auth.refresh": no_refresh,
                               "auth.me": me, "books.delete_book": delete_book})
