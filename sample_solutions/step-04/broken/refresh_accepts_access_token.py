"""/auth/refresh decodes the token without checking that it is a refresh token, so an access token refreshes too.

Breaks "`POST /auth/refresh` ... 401 invalid or expired refresh token" (step 4): an access token is not a refresh token.
"""

import jwt
from bookstore import security, users
from bookstore.errors import ApiError
from flask import Flask, current_app, jsonify, request


def refresh():
    data = request.get_json(force=True, silent=True)
    token = data.get("refresh_token") if isinstance(data, dict) else None
    try:
        claims = jwt.decode(str(token), current_app.config["JWT_SECRET"], algorithms=["HS256"])
    except jwt.InvalidTokenError:
        raise ApiError(401, "the refresh token is not valid") from None
    if users.find_user(claims["sub"]) is None:
        raise ApiError(401, "the account of this token no longer exists")
    return jsonify(access_token=security.make_access_token(claims["sub"]), token_type="bearer")


def apply(app: Flask) -> None:
    app.view_functions["auth.refresh"] = refresh
