"""/auth/me splits the Authorization header itself (`header.split(" ")[1]`), so a request without it is a 500.

Breaks "`GET /auth/me` with a token — 200, the current user; 401" without one (step 4).
"""

from bookstore import security, users
from flask import Flask, jsonify, request


def me():
    token = request.headers.get("Authorization", "").split(" ")[1]
    claims = security.decode_token(token, "access")
    return jsonify(users.public_user(users.find_user(claims["sub"])))


def apply(app: Flask) -> None:
    app.view_functions["auth.me"] = me
