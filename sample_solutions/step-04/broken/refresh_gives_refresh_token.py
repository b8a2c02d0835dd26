"""/auth/refresh answers with a new *refresh* token under `access_token`, which no guarded route accepts.

Breaks "`POST /auth/refresh` `{refresh_token}` ... 200 `{access_token}`" (step 4): the token it gives does not work.
"""

from bookstore import security, users
from bookstore.errors import ApiError
from flask import Flask, jsonify, request


def refresh():
    data = request.get_json(force=True, silent=True)
    token = data.get("refresh_token") if isinstance(data, dict) else None
    claims = security.decode_token(str(token), "refresh")
    if users.find_user(claims["sub"]) is None:
        raise ApiError(401, "the account of this token no longer exists")
    return jsonify(access_token=security.make_refresh_token(claims["sub"]), token_type="bearer")


def apply(app: Flask) -> None:
    app.view_functions["auth.refresh"] = refresh
