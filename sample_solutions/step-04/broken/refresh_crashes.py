"""/auth/refresh catches only `jwt.ExpiredSignatureError`, so a malformed refresh token is a 500 instead of 401.

Breaks "`POST /auth/refresh` ... 401 invalid or expired refresh token" (step 4).
"""

import jwt
from bookstore import security
from bookstore.errors import ApiError
from flask import Flask, current_app, jsonify, request


def refresh():
    token = request.get_json(force=True)["refresh_token"]
    try:
        claims = jwt.decode(token, current_app.config["JWT_SECRET"], algorithms=["HS256"])
    except jwt.ExpiredSignatureError:
        raise ApiError(401, "the refresh token has expired") from None
    return jsonify(access_token=security.make_access_token(claims["sub"]), token_type="bearer")


def apply(app: Flask) -> None:
    app.view_functions["auth.refresh"] = refresh
