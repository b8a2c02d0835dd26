"""Step 4 checks, one per outcome: each returns True when the server behaves as the contract says."""

from __future__ import annotations

import base64
import json
import time

import jwt

from bookstore_checks.client import Client, unique

BAD = (400, 422)
PASSWORD = "correct-horse-42"


def _user(c: Client) -> dict:
    """One registered and logged-in user per server, made on first use."""
    if "user" not in c.cache:
        email = unique("reader") + "@example.com"
        registered = c.call("POST", "/auth/register", token=None,
                            json={"email": email, "password": PASSWORD, "name": "Reader"})
        login = c.call("POST", "/auth/login", token=None, json={"email": email, "password": PASSWORD})
        c.cache["user"] = {"email": email, "registered": registered, "login": login,
                           "token": login.json().get("access_token") if login.ok else None}
    return c.cache["user"]


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()


def _claims(token: str) -> dict:
    return jwt.decode(token, options={"verify_signature": False})


def _post_with(c: Client, token: str) -> int:
    return c.call("POST", "/books", token=token, json=c.new_book()).status_code


def register(c: Client) -> bool:
    response, email = _user(c)["registered"], _user(c)["email"]
    body = response.json()
    return response.status_code == 201 and body.get("id") is not None and body.get("email") == email and \
        body.get("role") == "user"


def register_duplicate(c: Client) -> bool:
    again = c.call("POST", "/auth/register", token=None, json={"email": _user(c)["email"], "password": PASSWORD})
    return again.status_code == 409


def register_weak_password(c: Client) -> bool:
    weak = c.call("POST", "/auth/register", token=None, json={"email": unique("weak") + "@example.com",
                                                              "password": "short12"})
    invalid = c.call("POST", "/auth/register", token=None, json={"email": "not-an-email", "password": PASSWORD})
    return weak.status_code in BAD and invalid.status_code in BAD


def register_role_ignored(c: Client) -> bool:
    response = c.call("POST", "/auth/register", token=None, json={
        "email": unique("climber") + "@example.com", "password": PASSWORD, "role": "admin", "is_admin": True})
    return response.status_code in (200, 201) and response.json().get("role", "user") == "user"


def login(c: Client) -> bool:
    body = _user(c)["login"].json()
    wrong = c.call("POST", "/auth/login", token=None, json={"email": _user(c)["email"], "password": "wrong-pass-99"})
    return (_user(c)["login"].status_code == 200 and isinstance(body.get("access_token"), str)
            and str(body.get("token_type")).lower() == "bearer" and wrong.status_code == 401)


def login_no_enumeration(c: Client) -> bool:
    unknown = c.call("POST", "/auth/login", token=None, json={"email": "nobody@example.com", "password": PASSWORD})
    wrong = c.call("POST", "/auth/login", token=None, json={"email": _user(c)["email"], "password": "wrong-pass-99"})
    return unknown.status_code == wrong.status_code == 401 and unknown.json() == wrong.json()


def no_password_in_bodies(c: Client) -> bool:
    me = c.call("GET", "/auth/me", token=_user(c)["token"])
    texts = [_user(c)["registered"].text, _user(c)["login"].text, me.text]
    return not any(PASSWORD in text or "$2b$" in text or "password" in text.lower() for text in texts)


def token_claims(c: Client) -> bool:
    token = _user(c)["token"]
    header = jwt.get_unverified_header(token)
    claims = jwt.decode(token, c.env["JWT_SECRET"], algorithms=["HS256"])
    return header["alg"] == "HS256" and "sub" in claims and time.time() < claims["exp"] <= time.time() + 86_400 + 60


def writes_need_token(c: Client) -> bool:
    book_id = c.create()["id"]
    return all(status == 401 for status in (
        c.call("POST", "/books", token=None, json=c.new_book()).status_code,
        c.call("PUT", f"/books/{book_id}", token=None, json=c.new_book()).status_code,
        c.call("DELETE", f"/books/{book_id}", token=None).status_code,
        _post_with(c, "garbage"),
    ))


def alg_none_refused(c: Client) -> bool:
    unsigned = f"{_b64({'alg': 'none', 'typ': 'JWT'})}.{_b64(_claims(_user(c)['token']))}."
    return _post_with(c, unsigned) == 401


def tampered_token_refused(c: Client) -> bool:
    header, _, signature = _user(c)["token"].split(".")
    tampered = f"{header}.{_b64({**_claims(_user(c)['token']), 'role': 'admin'})}.{signature}"
    return _post_with(c, tampered) == 401


def expired_token_refused(c: Client) -> bool:
    now = int(time.time())
    claims = {**_claims(_user(c)["token"]), "iat": now - 7200, "exp": now - 3600}
    return _post_with(c, jwt.encode(claims, c.env["JWT_SECRET"], algorithm="HS256")) == 401


def user_cannot_delete(c: Client) -> bool:
    book_id = c.create()["id"]
    return (c.call("DELETE", f"/books/{book_id}", token=_user(c)["token"]).status_code == 403
            and c.call("GET", f"/books/{book_id}").status_code == 200)


def admin_can_delete(c: Client) -> bool:
    book_id = c.create()["id"]
    return (c.call("DELETE", f"/books/{book_id}").status_code in (200, 204)
            and c.call("GET", f"/books/{book_id}").status_code == 404)


def refresh(c: Client) -> bool:
    refresh_token = _user(c)["login"].json()["refresh_token"]
    renewed = c.call("POST", "/auth/refresh", token=None, json={"refresh_token": refresh_token})
    garbage = c.call("POST", "/auth/refresh", token=None, json={"refresh_token": "not-a-refresh-token"})
    works = c.call("GET", "/auth/me", token=renewed.json().get("access_token")) if renewed.ok else None
    return renewed.status_code == 200 and works is not None and works.status_code == 200 and garbage.status_code == 401


def auth_me(c: Client) -> bool:
    me = c.call("GET", "/auth/me", token=_user(c)["token"])
    return me.status_code == 200 and me.json().get("email") == _user(c)["email"] and \
        c.call("GET", "/auth/me", token=None).status_code == 401


def cookie_flags(c: Client) -> bool:
    cookies = [*c.admin_login.raw.headers.getlist("Set-Cookie"), *_user(c)["login"].raw.headers.getlist("Set-Cookie")]
    return all("httponly" in cookie.lower() and "samesite" in cookie.lower() for cookie in cookies)


STEP4_CHECKS = {
    "register": register, "register-duplicate": register_duplicate, "register-weak-password": register_weak_password,
    "register-role-ignored": register_role_ignored, "login": login, "login-no-enumeration": login_no_enumeration,
    "no-password-in-bodies": no_password_in_bodies, "token-claims": token_claims,
    "writes-need-token": writes_need_token, "alg-none-refused": alg_none_refused,
    "tampered-token-refused": tampered_token_refused, "expired-token-refused": expired_token_refused,
    "user-cannot-delete": user_cannot_delete, "admin-can-delete": admin_can_delete, "refresh": refresh,
    "auth-me": auth_me, "cookie-flags": cookie_flags,
}
