"""Login parses the body with `json.loads(request.get_data())`, so a body that is not JSON is a 500 instead of 400.

Breaks "A body that is not valid JSON on POST/PUT/PATCH gets 400, not 5xx" (the contract's "Always") on /auth/login.
"""

import json

from bookstore import security, users
from bookstore.auth import set_refresh_cookie
from bookstore.errors import ApiError
from flask import Flask, jsonify, request


def login():
    data = json.loads(request.get_data(as_text=True))
    email, password = data.get("email"), data.get("password")
    if not isinstance(email, str) or not isinstance(password, str):
        raise ApiError(400, "send an email and a password")
    user = users.find_user_by_email(email)
    if user is None or not security.password_matches(password, user["password_hash"]):
        raise ApiError(401, "wrong email or password")
    refresh_token = security.make_refresh_token(user["id"])
    response = jsonify(access_token=security.make_access_token(user["id"]), token_type="bearer",
                       refresh_token=refresh_token)
    set_refresh_cookie(response, refresh_token)
    return response


def apply(app: Flask) -> None:
    app.view_functions["auth.login"] = login
