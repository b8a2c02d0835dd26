"""The /auth routes: sign up, log in, refresh an access token, and who am I."""

from __future__ import annotations

from flask import Blueprint, Response, g, jsonify, request

from bookstore import security, users, validation
from bookstore.errors import ApiError
from bookstore.guards import login_required

auth_api = Blueprint("auth", __name__, url_prefix="/auth")
REFRESH_COOKIE = "refresh_token"
# Checked against when the email is unknown, so that both failures take as long.
DUMMY_HASH = security.hash_password("not-a-real-password")


def set_refresh_cookie(response: Response, token: str) -> None:
    """Hand the refresh token to browsers too, out of reach of scripts."""
    response.set_cookie(REFRESH_COOKIE, token, max_age=int(security.REFRESH_TOKEN_LIFETIME.total_seconds()),
                        httponly=True, samesite="Strict", path="/auth")


@auth_api.post("/register")
def register():
    account = validation.registration_from_json(validation.json_body())
    user = users.create_user(**account)
    return jsonify(users.public_user(user)), 201


@auth_api.post("/login")
def login():
    data = validation.json_body()
    email, password = data.get("email"), data.get("password")
    if not isinstance(email, str) or not isinstance(password, str):
        raise ApiError(400, "send an email and a password")
    user = users.find_user_by_email(email)
    if not security.password_matches(password, user["password_hash"] if user else DUMMY_HASH) or user is None:
        raise ApiError(401, "wrong email or password")
    refresh_token = security.make_refresh_token(user["id"])
    response = jsonify(access_token=security.make_access_token(user["id"]), token_type="bearer",
                       expires_in=int(security.ACCESS_TOKEN_LIFETIME.total_seconds()), refresh_token=refresh_token)
    set_refresh_cookie(response, refresh_token)
    return response


@auth_api.post("/refresh")
def refresh():
    data = request.get_json(force=True, silent=True)
    token = data.get("refresh_token") if isinstance(data, dict) else None
    token = token if isinstance(token, str) else request.cookies.get(REFRESH_COOKIE)
    if not token:
        raise ApiError(401, "send the refresh_token you got when logging in")
    claims = security.decode_token(token, "refresh")
    if users.find_user(claims["sub"]) is None:
        raise ApiError(401, "the account of this token no longer exists")
    return jsonify(access_token=security.make_access_token(claims["sub"]), token_type="bearer")


@auth_api.get("/me")
@login_required
def me():
    return jsonify(users.public_user(g.user))
