"""/auth/refresh reads the refresh token with `verify_signature: False` ("it came from our own login anyway").

Breaks "`POST /auth/refresh` ... 401 invalid or expired refresh token" (step 4): a token signed with another key works.
"""

import jwt
from bookstore import security, users
from bookstore.errors import ApiError
from flask import Flask, jsonify, request


def refresh():
    data = request.get_json(force=True, silent=True)
    token = data.get("refresh_token") if isinstance(data, dict) else None
    try:
        claims = jwt.decode(str(token), options={"verify_signature": False})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the refresh token is not valid") from None
    if claims.get("type") != "refresh" or users.find_user(claims.get("sub")) is None:
        raise ApiError(401, "expected a refresh token")
    return jsonify(access_token=security.make_access_token(claims["sub"]), token_type="bearer")


def apply(app: Flask) -> None:
    app.view_functions["auth.refresh"] = refresh
