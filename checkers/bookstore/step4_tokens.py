"""Step-4 probes on tokens: what an access token carries, and which tokens a write must refuse."""

from __future__ import annotations

import time

from checkers.bookstore import jwt_forge
from checkers.bookstore.probe import ProbeContext, Skip, Violation
from checkers.bookstore.step4_session import (
    AUTH,
    OK,
    Account,
    bearer,
    claims_of,
    log_in,
    logged_in_reader,
    new_book,
    reader_can_write,
    reader_token,
    register,
    user_field,
)

DAY_SECONDS = 24 * 3600
CLOCK_SLACK_SECONDS = 60
GHOST_SUB = "987654321"  # no account has this id (the grader's accounts are fresh)
VERIFY_FIX = ("Decode every token with your secret and an explicit list of algorithms, e.g. "
              "jwt.decode(token, JWT_SECRET, algorithms=['HS256']), and answer 401 when it raises.")


def check_token_claims(ctx: ProbeContext) -> str | None:
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
    _sub_names_the_user(ctx, account, claims["sub"])
    secret = ctx.credentials.jwt_secret
    if header["alg"] == "RS256":
        return ("the token is signed with RS256: the grader cannot verify that signature (it knows no public key), "
                "so it checked the header, sub and exp only")
    if not secret:
        return "no --jwt-secret was given, so the HS256 signature was not verified"
    if not jwt_forge.hs256_signature_matches(token, secret):
        raise Violation("the token's HS256 signature does not match JWT_SECRET (the secret the grader set, or the "
                        "--jwt-secret you gave)", "Sign tokens with the secret read from the JWT_SECRET environment "
                        "variable, not a secret written in the code.", account.login,
                        expected="a signature made with JWT_SECRET")
    return None


def _sub_names_the_user(ctx: ProbeContext, account: Account, sub: object) -> None:
    """sub is the user's id or email; any other value must at least differ between two accounts."""
    names = {str(user_field(account.registered, "id")), account.email}
    if str(sub).lower() in names:
        return
    other = log_in(ctx, register(ctx, "second")).token
    try:
        other_sub = jwt_forge.read(other)[1].get("sub") if other else None
    except jwt_forge.NotAJwt:
        return
    if other_sub == sub:
        raise Violation(f"two different accounts got tokens with the same sub {sub!r}", "Put the user's id in sub "
                        "(jwt.encode({'sub': str(user.id), ...})) so that the token says whose it is.", account.login,
                        expected="a sub that names the user")


def _refused(ctx: ProbeContext, token: str, what: str, fix: str) -> None:
    """POST /books with a forged token must be 401, and GET /auth/me must not answer it as a user either."""
    response = ctx.request("POST", "/books", json=new_book(ctx, what), headers=bearer(token))
    if response.status != 401:
        raise Violation(f"POST /books with {what} answered {response.status}", fix, response, expected="401")
    me = ctx.request("GET", f"{AUTH}/me", headers=bearer(token))
    if me.status in OK:
        raise Violation(f"GET /auth/me with {what} answered {me.status}: it let the token in", fix, me,
                        expected="401 (POST /books refused the same token)")


def check_alg_none_refused(ctx: ProbeContext) -> None:
    """A token re-encoded with alg none and no signature (the user's own claims) gets 401 on writes and /auth/me."""
    claims = claims_of(ctx, reader_can_write(ctx))
    _refused(ctx, jwt_forge.unsigned(claims), "an unsigned token (alg none) carrying the user's claims",
             f"Never let the token's own header choose the algorithm. {VERIFY_FIX}")


def check_tampered_token_refused(ctx: ProbeContext) -> None:
    """A token whose payload was changed (role admin) under its old signature gets 401 on writes and /auth/me."""
    token = reader_can_write(ctx)
    claims = {**claims_of(ctx, token), "role": "admin", "is_admin": True}
    _refused(ctx, jwt_forge.with_claims(token, claims), "the user's token with role admin written into its payload "
             "and the old signature", f"Verify the signature of every token. {VERIFY_FIX}")


def _ghost_token(ctx: ProbeContext, claims: dict, secret: str, now: int) -> None:
    """A well-signed token whose sub names no account, sent to /auth/me and POST /books: whatever the answer, it
    must not be a 5xx (no-5xx judges that: a user looked up as None and then used is the classic crash)."""
    ghost = bearer(jwt_forge.sign_hs256({**claims, "sub": GHOST_SUB, "iat": now, "exp": now + 600}, secret))
    ctx.request("GET", f"{AUTH}/me", headers=ghost)
    ctx.request("POST", "/books", json=new_book(ctx, "ghost"), headers=ghost)


def check_expired_token_refused(ctx: ProbeContext) -> None:
    """A token signed with JWT_SECRET whose exp passed an hour ago gets 401 on writes and /auth/me."""
    secret = ctx.credentials.jwt_secret
    if not secret:
        raise Skip("the signing secret is unknown: pass --jwt-secret to check that expired tokens are refused",
                   needs="--jwt-secret")
    token = reader_can_write(ctx)
    claims = claims_of(ctx, token)
    if jwt_forge.read(token)[0].get("alg") == "RS256":
        raise Skip("the access token is signed with RS256: without the private key the grader cannot sign an "
                   "expired token that would otherwise be valid, so this rule was not checked")
    now = int(time.time())
    fresh = ctx.request("POST", "/books", json=new_book(ctx, "fresh forged"),
                        headers=bearer(jwt_forge.sign_hs256({**claims, "iat": now, "exp": now + 600}, secret)))
    if fresh.status not in OK:
        raise Skip(f"a token the grader signed with JWT_SECRET (HS256, valid for 10 minutes) was refused too "
                   f"({fresh.status}), so the server does not sign with that secret (see token-claims)")
    _ghost_token(ctx, claims, secret, now)
    expired = jwt_forge.sign_hs256({**claims, "iat": now - 2 * 3600, "exp": now - 3600}, secret)
    _refused(ctx, expired, "a token signed with JWT_SECRET that expired an hour ago",
             f"Check exp: do not turn off verify_exp (or ignoreExpiration). {VERIFY_FIX}")
