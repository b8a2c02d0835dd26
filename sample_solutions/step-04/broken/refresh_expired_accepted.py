"""/auth/refresh decodes the refresh token with `verify_exp: False`, so a refresh token never expires.

Breaks "`POST /auth/refresh` ... 401 invalid or expired refresh token" (step 4).
"""

import jwt
from bookstore import security, users
from bookstore.errors import ApiError
from flask import Flask, current_app, jsonify, request


def refresh():
    data = request.get_json(force=True, silent=True)
    token = data.get("refresh_token") if isinstance(data, dict) else None
    try:
        claims = jwt.decode(str(token), current_app.config["JWT_SECRET"], algorithms=["HS256"],
                            options={"verify_exp": False})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the refresh token is not valid") from None
    if claims.get("type") != "refresh" or users.find_user(claims.get("sub")) is None:
        raise ApiError(401, "expected a refresh token")
    return jsonify(access_token=security.make_access_token(claims["sub"]), token_type="bearer")


def apply(app: Flask) -> None:
    app.view_functions["auth.refresh"] = refresh
