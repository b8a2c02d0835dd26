"""A correct step-4 server whose refresh token lives only in its HttpOnly cookie: login does not put it in the body,
and /auth/refresh reads the cookie alone (the contract's `{refresh_token}` body is one way, a cookie another)."""

import json

from bookstore import auth, security, users
from bookstore.errors import ApiError
from flask import Flask, jsonify, request

plain_login = auth.login


def login():
    response = plain_login()
    answer = json.loads(response.get_data())
    answer.pop("refresh_token", None)
    response.set_data(json.dumps(answer))
    return response


def refresh():
    token = request.cookies.get(auth.REFRESH_COOKIE)
    if not token:
        raise ApiError(401, "log in first: the refresh token comes in a cookie")
    claims = security.decode_token(token, "refresh")
    if users.find_user(claims["sub"]) is None:
        raise ApiError(401, "the account of this token no longer exists")
    return jsonify(access_token=security.make_access_token(claims["sub"]), token_type="bearer")


def apply(app: Flask) -> None:
    app.view_functions.update({"auth.login": login, "auth.refresh": refresh})
