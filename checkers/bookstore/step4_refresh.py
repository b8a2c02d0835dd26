"""Step-4 bonus probe: /auth/refresh trades a real refresh token, and refuses every token that is not one."""

from __future__ import annotations

import time

from checkers.bookstore import jwt_forge
from checkers.bookstore.probe import ProbeContext, Skip, Violation
from checkers.bookstore.step4_session import AUTH, bearer, field, logged_in_reader, new_book, reader_token
from grader.http_probe import ProbeResponse

WRONG_KEY = "not-the-server-secret-but-32-bytes-long"
REFUSE_FIX = ("Decode the refresh token inside try/except with your secret, an explicit algorithm list and exp "
              "checked, check that it is a refresh token (e.g. a 'type': 'refresh' claim, or a lookup in your "
              "refresh-token table), and answer 401 for anything else.")


def _refresh_token_of(ctx: ProbeContext) -> tuple[str, str] | None:
    """The refresh token the reader's login handed out, with the name of the cookie that carried it ('' when it came
    in the body); None when there is none."""
    login = logged_in_reader(ctx).login
    value = field(login, "refresh_token")
    if isinstance(value, str) and value:
        return value, ""
    for cookie in login.headers.get_all("Set-Cookie"):
        name, _, rest = cookie.split(";", 1)[0].partition("=")
        if "refresh" in name.lower() and rest.strip():
            return rest.strip().strip('"'), name.strip()
    return None


def _trade(ctx: ProbeContext, token: str, cookie: str) -> ProbeResponse:
    """POST /auth/refresh with `token` in the body, and in the cookie the login used when it set one."""
    headers = {"Cookie": f"{cookie}={token}"} if cookie else {}
    return ctx.request("POST", f"{AUTH}/refresh", json={"refresh_token": token}, headers=headers)


def _forgeries(ctx: ProbeContext, refresh_token: str) -> list[tuple[str, str]]:
    """(token, what it is) for each token /auth/refresh must refuse: the ones the grader can build for this server."""
    forged = [(reader_token(ctx), "the access token from login sent as a refresh token")]
    try:
        header, claims = jwt_forge.read(refresh_token)
    except jwt_forge.NotAJwt:
        changed = refresh_token[:-1] + ("A" if refresh_token[-1:] != "A" else "B")
        return [*forged, (changed, "the refresh token with its last character changed")]
    forged.append((jwt_forge.sign_hs256(claims, WRONG_KEY), "the refresh token's claims signed with another key"))
    secret = ctx.credentials.jwt_secret
    if secret and header.get("alg") == "HS256" and jwt_forge.hs256_signature_matches(refresh_token, secret):
        now = int(time.time())
        expired = jwt_forge.sign_hs256({**claims, "iat": now - 7200, "exp": now - 3600}, secret)
        forged.append((expired, "the refresh token's claims signed with JWT_SECRET, expired an hour ago"))
    return forged


def _renew(ctx: ProbeContext, refresh_token: str, cookie: str) -> ProbeResponse:
    """The exchange of a real refresh token must give an access token that works on /auth/me."""
    renewed = _trade(ctx, refresh_token, cookie)
    ctx.expect_status(renewed, (200,), "200 with a new access_token",
                      "Verify the refresh token, then answer 200 with a fresh access_token for its user.")
    access_token = field(renewed, "access_token")
    if not isinstance(access_token, str) or not access_token:
        raise Violation("the refresh answer has no access_token", 'Answer {"access_token": "<jwt>", ...}.', renewed,
                        expected="a non-empty access_token string")
    me = ctx.request("GET", f"{AUTH}/me", headers=bearer(access_token))
    ctx.expect_status(me, (200,), "200: the refreshed access token works",
                      "Issue the refreshed access token exactly like the one login gives.")
    return renewed


def check_refresh(ctx: ProbeContext) -> str | None:
    """Bonus: /auth/refresh trades the refresh_token for a working access token, refuses others; it opens no write."""
    reader_token(ctx)
    garbage = ctx.request("POST", f"{AUTH}/refresh", json={"refresh_token": "not-a-refresh-token"})
    if garbage.status in (404, 405):
        raise Skip(f"POST /auth/refresh answered {garbage.status}: the bonus refresh route is not there")
    ctx.expect_status(garbage, (401,), "401 for a refresh token that is not valid", REFUSE_FIX)
    handed_out = _refresh_token_of(ctx)
    if handed_out is None:
        raise Skip("POST /auth/refresh exists but the login answer has no refresh_token to trade")
    refresh_token, cookie = handed_out
    _renew(ctx, refresh_token, cookie)
    as_access = ctx.request("POST", "/books", json=new_book(ctx, "refresh as access"), headers=bearer(refresh_token))
    if as_access.status != 401:
        raise Violation(f"POST /books with the refresh token as its Bearer token answered {as_access.status}",
                        "Accept only access tokens on the API (e.g. check a 'type': 'access' claim): a refresh token "
                        "lives for days, so taking it as an access token undoes the short life of access tokens.",
                        as_access, expected="401: a refresh token is not an access token")
    forged = _forgeries(ctx, refresh_token)
    for token, what in forged:
        response = _trade(ctx, token, cookie)
        if response.status != 401:
            raise Violation(f"POST /auth/refresh with {what} answered {response.status}", REFUSE_FIX, response,
                            expected="401: it is not a valid refresh token")
    if not any("expired" in what for _, what in forged):
        return ("an expired refresh token was not tried: the grader can forge one only for an HS256 JWT refresh "
                "token signed with the JWT_SECRET it knows")
    return None
