"""Login answers 401 for both failures, but says "no account with this email" or "wrong password".

Breaks "`POST /auth/login` ... 401, the same status and body for an unknown email and a wrong password" (step 4).
"""

from bookstore import security, users, validation
from bookstore.auth import set_refresh_cookie
from bookstore.errors import ApiError
from flask import Flask, jsonify


def login():
    data = validation.json_body()
    user = users.find_user_by_email(str(data.get("email", "")))
    if user is None:
        raise ApiError(401, "there is no account with this email")
    if not security.password_matches(str(data.get("password", "")), user["password_hash"]):
        raise ApiError(401, "wrong password")
    refresh_token = security.make_refresh_token(user["id"])
    response = jsonify(access_token=security.make_access_token(user["id"]), token_type="bearer",
                       refresh_token=refresh_token)
    set_refresh_cookie(response, refresh_token)
    return response


def apply(app: Flask) -> None:
    app.view_functions["auth.login"] = login
