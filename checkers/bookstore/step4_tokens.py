"""Step-4 probes on tokens: what an access token carries, and which tokens a write must refuse."""

from __future__ import annotations

import time

from checkers.bookstore import jwt_forge
from checkers.bookstore.probe import ProbeContext, Skip, Violation
from checkers.bookstore.step4_session import (
    AUTH,
    OK,
    bearer,
    claims_of,
    create_book,
    field,
    logged_in_reader,
    new_book,
    reader_can_write,
    reader_token,
)
from grader.http_probe import ProbeResponse

DAY_SECONDS = 24 * 3600
CLOCK_SLACK_SECONDS = 60
VERIFY_FIX = ("Decode every token with your secret and an explicit list of algorithms, e.g. "
              "jwt.decode(token, JWT_SECRET, algorithms=['HS256']), and answer 401 when it raises.")


def check_token_claims(ctx: ProbeContext) -> None:
    """The access_token is a JWT signed with HS256 (or RS256) carrying sub and an exp at most 24 hours ahead."""
    account = logged_in_reader(ctx)
    token = reader_token(ctx)
    try:
        header, claims = jwt_forge.read(token)
    except jwt_forge.NotAJwt as problem:
        raise Violation(f"the access_token is not a JWT: {problem}", "Issue the access token with a JWT library "
                        "(PyJWT, jsonwebtoken) rather than a random string.", account.login,
                        expected="header.payload.signature") from None
    fix = ("Build the token as jwt.encode({'sub': str(user_id), 'exp': now + timedelta(hours=1)}, JWT_SECRET, "
           "algorithm='HS256').")
    if header.get("alg") not in ("HS256", "RS256"):
        raise Violation(f"the token's header says alg {header.get('alg')!r}", fix, account.login,
                        expected="alg HS256 or RS256")
    now = time.time()
    exp = claims.get("exp")
    if claims.get("sub") in (None, "") or isinstance(exp, bool) or not isinstance(exp, int | float):
        raise Violation(f"the token's claims are {claims}", fix, account.login,
                        expected="a sub naming the user and a numeric exp")
    if not now < exp <= now + DAY_SECONDS + CLOCK_SLACK_SECONDS:
        raise Violation(f"the token's exp is {(exp - now) / 3600:.1f} hours from now", "Give access tokens a short "
                        "life (minutes to hours, at most 24 hours); a refresh token is how clients stay logged in.",
                        account.login, expected="exp in the future and at most 24 hours ahead")
    secret = ctx.credentials.jwt_secret
    if header["alg"] == "HS256" and secret and not jwt_forge.hs256_signature_matches(token, secret):
        raise Violation("the token's HS256 signature does not match JWT_SECRET (the secret the grader set, or the "
                        "--jwt-secret you gave)", "Sign tokens with the secret read from the JWT_SECRET environment "
                        "variable, not a secret written in the code.", account.login,
                        expected="a signature made with JWT_SECRET")


def check_writes_need_token(ctx: ProbeContext) -> None:
    """POST, PUT and DELETE on /books answer 401 without a token or with a malformed one, and work with a valid one."""
    fix = ("Guard every write route (POST, PUT, PATCH, DELETE) with the check that reads 'Authorization: Bearer "
           "<token>' and answers 401 when it is missing or invalid.")
    anonymous = ctx.request("POST", "/books", json=new_book(ctx, "anonymous"))
    ctx.expect_status(anonymous, (401,), "401 without a token", fix)
    created, book_id = create_book(ctx, reader_token(ctx), "writes")
    ctx.expect_status(created, OK, "201: any logged-in user may add a book",
                      "Let every valid access token create and update books; only DELETE needs the admin role.")
    if book_id is None:
        raise Skip(f"POST /books answered {created.status} without the new book's id, so PUT and DELETE could not "
                   "be tried")
    book = f"/books/{book_id}"
    attempts = (("PUT", book, new_book(ctx, "anonymous edit"), {}, "without a token"),
                ("DELETE", book, None, {}, "without a token"),
                ("POST", "/books", new_book(ctx, "garbage"), bearer("garbage"), "with 'Bearer garbage'"))
    for method, path, body, headers, how in attempts:
        options = {"json": body} if body is not None else {}
        response = ctx.request(method, path, headers=headers, **options)
        ctx.expect_status(response, (401,), f"401 {how}", fix)


def _refused(ctx: ProbeContext, token: str, what: str, fix: str) -> None:
    """POST /books with a forged token must be 401."""
    response = ctx.request("POST", "/books", json=new_book(ctx, what), headers=bearer(token))
    if response.status != 401:
        raise Violation(f"POST /books with {what} answered {response.status}", fix, response, expected="401")


def check_alg_none_refused(ctx: ProbeContext) -> None:
    """A token re-encoded with alg none and no signature (the user's own claims) is refused with 401."""
    claims = claims_of(ctx, reader_can_write(ctx))
    _refused(ctx, jwt_forge.unsigned(claims), "an unsigned token (alg none) carrying the user's claims",
             f"Never let the token's own header choose the algorithm. {VERIFY_FIX}")


def check_tampered_token_refused(ctx: ProbeContext) -> None:
    """A token whose payload was changed (role admin) but kept its old signature is refused with 401."""
    token = reader_can_write(ctx)
    claims = {**claims_of(ctx, token), "role": "admin", "is_admin": True}
    _refused(ctx, jwt_forge.with_claims(token, claims), "the user's token with role admin written into its payload "
             "and the old signature", f"Verify the signature of every token. {VERIFY_FIX}")


def check_expired_token_refused(ctx: ProbeContext) -> None:
    """A token signed with JWT_SECRET whose exp passed an hour ago is refused with 401."""
    secret = ctx.credentials.jwt_secret
    if not secret:
        raise Skip("the signing secret is unknown: pass --jwt-secret to check that expired tokens are refused",
                   needs="--jwt-secret")
    claims = claims_of(ctx, reader_can_write(ctx))
    now = int(time.time())
    fresh = ctx.request("POST", "/books", json=new_book(ctx, "fresh forged"),
                        headers=bearer(jwt_forge.sign_hs256({**claims, "iat": now, "exp": now + 600}, secret)))
    if fresh.status not in OK:
        raise Skip(f"a token the grader signed with JWT_SECRET (HS256, valid for 10 minutes) was refused too "
                   f"({fresh.status}), so the server does not sign with that secret (see token-claims)")
    expired = jwt_forge.sign_hs256({**claims, "iat": now - 2 * 3600, "exp": now - 3600}, secret)
    _refused(ctx, expired, "a token signed with JWT_SECRET that expired an hour ago",
             f"Check exp: do not turn off verify_exp (or ignoreExpiration). {VERIFY_FIX}")


def _refresh_token_of(ctx: ProbeContext) -> str | None:
    """The refresh token the reader's login handed out, if any."""
    value = field(logged_in_reader(ctx).login, "refresh_token")
    return value if isinstance(value, str) and value else None


def _route_absent(response: ProbeResponse) -> bool:
    return response.status in (404, 405)


def check_refresh(ctx: ProbeContext) -> None:
    """Bonus: /auth/refresh trades the refresh_token for a working access_token, refuses garbage (skipped if absent)."""
    reader_token(ctx)
    garbage = ctx.request("POST", f"{AUTH}/refresh", json={"refresh_token": "not-a-refresh-token"})
    if _route_absent(garbage):
        raise Skip(f"POST /auth/refresh answered {garbage.status}: the bonus refresh route is not there")
    ctx.expect_status(garbage, (401,), "401 for a refresh token that is not valid",
                      "Decode the refresh token inside try/except and answer 401 for any token that does not verify.")
    refresh_token = _refresh_token_of(ctx)
    if refresh_token is None:
        raise Skip("POST /auth/refresh exists but the login answer has no refresh_token to trade")
    renewed = ctx.request("POST", f"{AUTH}/refresh", json={"refresh_token": refresh_token})
    ctx.expect_status(renewed, (200,), "200 with a new access_token",
                      "Verify the refresh token, then answer 200 with a fresh access_token for its user.")
    access_token = field(renewed, "access_token")
    if not isinstance(access_token, str) or not access_token:
        raise Violation("the refresh answer has no access_token", 'Answer {"access_token": "<jwt>", ...}.', renewed,
                        expected="a non-empty access_token string")
    me = ctx.request("GET", f"{AUTH}/me", headers=bearer(access_token))
    ctx.expect_status(me, (200,), "200: the refreshed access token works",
                      "Issue the refreshed access token exactly like the one login gives.")
