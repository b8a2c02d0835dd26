"""/auth/me decodes the token itself with `options={"verify_exp": False}`, so an expired token still says who you are.

Breaks "401 ... with an expired token" (step 4) on /auth/me, while the book routes refuse it.
"""

import jwt
from bookstore import users
from bookstore.errors import ApiError
from bookstore.guards import bearer_token
from flask import Flask, current_app, jsonify


def me():
    try:
        claims = jwt.decode(bearer_token(), current_app.config["JWT_SECRET"], algorithms=["HS256"],
                            options={"verify_exp": False})
    except jwt.InvalidTokenError:
        raise ApiError(401, "the token is not valid") from None
    user = users.find_user(claims.get("sub"))
    if user is None or claims.get("type") != "access":
        raise ApiError(401, "the token is not valid")
    return jsonify(users.public_user(user))


def apply(app: Flask) -> None:
    app.view_functions["auth.me"] = me
