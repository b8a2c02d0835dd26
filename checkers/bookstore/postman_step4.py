"""The step-4 probes as Postman requests: the same rules, order and outcome names as checkers/bookstore/step4*.py."""

from __future__ import annotations

from collections.abc import Callable

from checkers.bookstore.postman import Call
from checkers.bookstore.postman_step4_accounts import (
    auth_me,
    login,
    login_no_enumeration,
    register,
    register_duplicate,
    register_role_ignored,
    register_weak_password,
)
from checkers.bookstore.postman_step4_common import (
    CAN_WRITE,
    CLAIMS,
    HAS_TOKEN,
    bearer,
    book,
    login_reader,
    needs,
    status,
)
from checkers.bookstore.postman_step4_whole_run import EVERY_RESPONSE
from checkers.bookstore.step4_manners import NOT_JSON
from checkers.bookstore.step4_refresh import WRONG_KEY
from checkers.bookstore.step4_tokens import CLOCK_SLACK_SECONDS, DAY_SECONDS, GHOST_SUB
from checkers.bookstore.step4_writes import MALFORMED

__all__ = ["DESCRIPTION", "EVERY_RESPONSE", "FOLDERS", "VARIABLES"]  # what postman.export_collection reads

DESCRIPTION = (
    "The checks of `grade step-4`, as Postman requests: one folder per outcome, in the grader's order, each "
    "assertion named after its outcome. Set `baseUrl`, and `adminEmail`, `adminPassword` (an admin account on your "
    "server) and `jwtSecret` (your JWT_SECRET, to forge an expired token); checks that need a value you did not set "
    "are skipped. The whole-run rules (no-5xx, auth-json, no-password-in-bodies, cookie-flags) are tested on every "
    "response by the collection's test script. Run it with the Collection Runner, or "
    "`newman run FILE --env-var baseUrl=...`."
)
VARIABLES = {"baseUrl": "http://localhost:5000", "adminEmail": "", "adminPassword": "", "jwtSecret": ""}
def token_claims() -> list[Call]:
    tests = ("const token = (body() || {}).access_token;\n"
             "if (pm.response.code !== 200 || typeof token !== 'string') {\n"
             "  skipRest(SLUG, 'no access token to test with (see login)');\n  return;\n}\n"
             "check(SLUG, 'the access token is a JWT (HS256 or RS256) with sub and exp at most 24 hours ahead', "
             "() => {\n"
             "  let jwt;\n  try { jwt = jwtRead(token); } catch (e) { throw new Error(`the access_token is not a JWT: "
             "${e.message}`); }\n"
             "  if (!['HS256', 'RS256'].includes(jwt.header.alg)) {\n"
             "    throw new Error(`the token's header says alg ${jwt.header.alg}`);\n  }\n"
             "  const now = Date.now() / 1000, exp = jwt.claims.exp;\n"
             "  if ([undefined, null, ''].includes(jwt.claims.sub) || typeof exp !== 'number') {\n"
             "    throw new Error(`the token's claims are ${JSON.stringify(jwt.claims)}`);\n  }\n"
             f"  if (!(now < exp && exp <= now + {DAY_SECONDS + CLOCK_SLACK_SECONDS})) {{\n"
             "    throw new Error(`the token's exp is ${((exp - now) / 3600).toFixed(1)} hours from now`);\n  }\n"
             "  const secret = given('jwtSecret');\n"
             "  if (jwt.header.alg === 'HS256' && secret) {\n"
             "    const input = `${jwt.parts[0]}.${jwt.parts[1]}`;\n"
             "    if (b64url(cryptoJs().HmacSHA256(input, secret)) !== jwt.parts[2].replace(/=+$/, '')) {\n"
             "      throw new Error(\"the token's HS256 signature does not match jwtSecret\");\n    }\n  }\n});")
    return [login_reader("POST /auth/login (the token to inspect)", tests)]


def writes_need_token() -> list[Call]:
    refused = status("401 without a token, or with a malformed one", 401)
    created = ("const id = (body() || {}).id;\nset('writesBookId', id === undefined || id === null ? '' : id);\n"
               f"{status('201: any logged-in user may add a book', 200, 201)}\n"
               "if (get('writesBookId') === '' && get('skipRest') !== SLUG) {\n"
               "  skipRest(SLUG, `POST /books answered ${pm.response.code} without the new book's id`);\n}")
    patch_seen = ("const exists = ![404, 405].includes(pm.response.code);\nset('patchExists', exists ? 'yes' : '');\n"
                  "if (exists) " + status("200: any logged-in user may PATCH a book (when there is a PATCH route)",
                                          200))
    malformed = [Call(f"POST /books with {how}", "POST", "/books", book("malformed"),
                      f"pm.request.headers.upsert({{ key: 'Authorization', value: {header!r} }});", refused)
                 for header, how in MALFORMED]
    return [Call("POST /books without a token", "POST", "/books", book("anonymous"), tests=refused),
            Call("POST /books with the user's token", "POST", "/books", book("writes"), HAS_TOKEN, created,
                 token="readerToken"),
            Call("PUT /books/{id} with the user's token", "PUT", "/books/{{writesBookId}}", book("user edit"),
                 token="readerToken", tests=status("200: any logged-in user may update a book", 200)),
            Call("PATCH /books/{id} with the user's token (is there a PATCH?)", "PATCH", "/books/{{writesBookId}}",
                 {"price": 11.5}, token="readerToken", tests=patch_seen),
            Call("PUT /books/{id} without a token", "PUT", "/books/{{writesBookId}}", book("anonymous edit"),
                 tests=refused),
            Call("PATCH /books/{id} without a token", "PATCH", "/books/{{writesBookId}}", {"price": 1},
                 "if (!get('patchExists')) pm.execution.skipRequest();", refused),
            Call("DELETE /books/{id} without a token", "DELETE", "/books/{{writesBookId}}", tests=refused),
            Call("GET /books/{id} after the refused DELETE", "GET", "/books/{{writesBookId}}",
                 tests=status("200: the book is still there after the refused DELETE", 200)),
            *malformed]


def reads_public() -> list[Call]:
    rule = "200: reading books is public, with or without a user's token"
    return [_book_to_act_on("publicId", "public", "readerToken", HAS_TOKEN),
            Call("GET /books without a token", "GET", "/books", tests=status(rule, 200)),
            Call("GET /books with the user's token", "GET", "/books", token="readerToken", tests=status(rule, 200)),
            Call("GET /books/{id} without a token", "GET", "/books/{{publicId}}", tests=status(rule, 200)),
            Call("GET /books/{id} with the user's token", "GET", "/books/{{publicId}}", token="readerToken",
                 tests=status(rule, 200))]


def _forged(name: str, forge: str, rule: str, extra_before: str = "") -> list[Call]:
    """POST /books with the forged token (401), then GET /auth/me with the same token (not let in)."""
    before = (f"{CAN_WRITE}\n{extra_before}\n{CLAIMS}\nconst forged = {forge};\nset('forgedToken', forged);\n"
              f"{bearer('forged')}")
    let_in = ("check(SLUG, 'GET /auth/me does not let the same token in', () => {\n"
              "  if ([200, 201].includes(pm.response.code)) throw new Error(`${said()}: it let the token in`);\n});")
    return [Call(name, "POST", "/books", book(name), before, status(rule, 401)),
            Call(f"GET /auth/me with that token ({name.removeprefix('POST /books with ')})", "GET", "/auth/me",
                 before=bearer("get('forgedToken')"), tests=let_in)]


def alg_none_refused() -> list[Call]:
    control = ("const id = (body() || {}).id;\n"
               "const wrote = [200, 201].includes(pm.response.code) && id !== undefined && id !== null;\n"
               "set('readerWrote', wrote ? 'yes' : 'no');")
    return [Call("POST /books with the user's own token (control)", "POST", "/books", book("control"), HAS_TOKEN,
                 control, token="readerToken"),
            *_forged("POST /books with an unsigned token",
                    "`${segment({ alg: 'none', typ: 'JWT' })}.${segment(claims)}.`",
                    "401 for an unsigned token (alg none) carrying the user's claims")]


def tampered_token_refused() -> list[Call]:
    forge = ("(() => { const parts = get('readerToken').split('.');\n"
             "  return `${parts[0]}.${segment({ ...claims, role: 'admin', is_admin: true })}.${parts[2]}`; })()")
    return _forged("POST /books with a tampered token", forge,
                   "401 for the user's token with role admin written into its payload and the old signature")


def expired_token_refused() -> list[Call]:
    secret = needs("given('jwtSecret')", "the signing secret is unknown: set jwtSecret to check that expired tokens "
                                         "are refused")
    now = "const now = Math.floor(Date.now() / 1000);"
    fresh = ("if (![200, 201].includes(pm.response.code)) {\n  skipRest(SLUG, `a token signed with jwtSecret (HS256, "
             "valid for 10 minutes) was refused too (${pm.response.code}), so the server does not sign with that "
             "secret (see token-claims)`);\n}")
    return [Call("POST /books with a fresh token signed with jwtSecret", "POST", "/books", book("fresh forged"),
                 f"{secret}\n{CAN_WRITE}\n{CLAIMS}\n{now}\n"
                 + bearer("signHs256({ ...claims, iat: now, exp: now + 600 }, given('jwtSecret'))"), fresh),
            Call("GET /auth/me with a well-signed token of no account (no-5xx judges the answer)", "GET", "/auth/me",
                 before=f"{CLAIMS}\n{now}\n" + bearer(f"signHs256({{ ...claims, sub: '{GHOST_SUB}', iat: now, "
                                                       "exp: now + 600 }, given('jwtSecret'))")),
            *_forged("POST /books with an expired token", "signHs256({ ...claims, iat: now - 7200, exp: now - 3600 }, "
                     "given('jwtSecret'))", "401 for a token signed with JWT_SECRET that expired an hour ago", now)]


def user_cannot_delete() -> list[Call]:
    return [_book_to_act_on("keptId", "kept", "readerToken", HAS_TOKEN),
            Call("DELETE /books/{id} with the user's token", "DELETE", "/books/{{keptId}}", token="readerToken",
                 tests=status("403 Forbidden: the token is valid but its user is not an admin", 403)),
            Call("GET /books/{id} after the refused DELETE", "GET", "/books/{{keptId}}",
                 tests=status("200: the book is still there", 200))]


def _book_to_act_on(variable: str, purpose: str, token: str, before: str) -> Call:
    tests = (f"const id = (body() || {{}}).id;\nif (![200, 201].includes(pm.response.code) || id === undefined "
             f"|| id === null) {{\n  skipRest(SLUG, `POST /books with a valid token answered ${{pm.response.code}} "
             f"without a book id, so there was no book to try this on (see writes-need-token)`);\n}} else "
             f"set('{variable}', id);")
    return Call(f"POST /books ({purpose})", "POST", "/books", book(purpose), before, tests, token=token)


def admin_can_delete() -> list[Call]:
    known = needs("given('adminEmail') && given('adminPassword')", "the admin account is unknown: set adminEmail "
                  "and adminPassword to check this")
    admin = ("const token = (body() || {}).access_token;\n"
             "set('adminToken', pm.response.code === 200 && typeof token === 'string' ? token : '');\n"
             "check(SLUG, 'the admin can log in', () => {\n  if (!get('adminToken')) throw new Error(`logging in as "
             "the admin (${given('adminEmail')}) answered ${pm.response.code} without an access_token`);\n});")
    return [Call("POST /auth/login as the admin", "POST", "/auth/login",
                 {"email": "{{adminEmail}}", "password": "{{adminPassword}}"}, known, admin),
            _book_to_act_on("removedId", "removed", "adminToken", ""),
            Call("DELETE /books/{id} with the admin's token", "DELETE", "/books/{{removedId}}", token="adminToken",
                 tests=status("204 (or 200): the admin may delete", 200, 204)),
            Call("GET /books/{id} after the DELETE", "GET", "/books/{{removedId}}",
                 tests=status("404: the deleted book is gone", 404))]


def _in_cookie(token_js: str) -> str:
    """A pre-request line that sends the token also in the refresh cookie the login set (when it set one), in place
    of the cookie newman kept from that login."""
    return (f"if (get('refreshCookie')) pm.request.headers.upsert({{ key: 'Cookie', "
            f"value: `${{get('refreshCookie')}}=${{{token_js}}}` }});")


def refresh() -> list[Call]:
    garbage = ("if ([404, 405].includes(pm.response.code)) {\n  skipRest(SLUG, `POST /auth/refresh answered "
               "${pm.response.code}: the bonus refresh route is not there`);\n  return;\n}\n"
               + status("401 for a refresh token that is not valid", 401))
    renewed = ("const token = (body() || {}).access_token;\n"
               "set('refreshedToken', typeof token === 'string' ? token : '');\n"
               f"{status('200 with a new access_token', 200)}\n"
               "check(SLUG, 'the refresh answer has an access_token', () => {\n"
               "  if (!get('refreshedToken')) throw new Error('the refresh answer has no access_token');\n});")
    other_key = ("let forged;\ntry { forged = signHs256(jwtRead(get('readerRefresh')).claims, "
                 f"{WRONG_KEY!r}); }}\ncatch (e) {{\n  const token = get('readerRefresh');\n"
                 "  forged = token.slice(0, -1) + (token.slice(-1) === 'A' ? 'B' : 'A');\n}\n"
                 "set('forgedRefresh', forged);")
    expired = ("const secret = given('jwtSecret');\nlet jwt;\ntry { jwt = jwtRead(get('readerRefresh')); } "
               "catch (e) { jwt = undefined; }\nconst input = jwt && `${jwt.parts[0]}.${jwt.parts[1]}`;\n"
               "if (!secret || !jwt || jwt.header.alg !== 'HS256'\n"
               "    || b64url(cryptoJs().HmacSHA256(input, secret)) !== jwt.parts[2].replace(/=+$/, '')) {\n"
               "  pm.execution.skipRequest();\n  return;\n}\nconst now = Math.floor(Date.now() / 1000);\n"
               "set('forgedRefresh', signHs256({ ...jwt.claims, iat: now - 7200, exp: now - 3600 }, secret));")
    forged = "401: it is not a valid refresh token"
    forged_cookie = _in_cookie("get('forgedRefresh')")
    return [Call("POST /auth/refresh with garbage", "POST", "/auth/refresh", {"refresh_token": "not-a-refresh-token"},
                 f"{HAS_TOKEN}\n{_in_cookie(repr('not-a-refresh-token'))}", garbage),
            Call("POST /auth/refresh with the login's refresh_token", "POST", "/auth/refresh",
                 {"refresh_token": "{{readerRefresh}}"},
                 needs("get('readerRefresh')", "POST /auth/refresh exists but the login answer has no refresh_token "
                                               "to trade") + "\n" + _in_cookie("get('readerRefresh')"), renewed),
            Call("GET /auth/me with the refreshed token", "GET", "/auth/me", token="refreshedToken",
                 tests=status("200: the refreshed access token works", 200)),
            Call("POST /books with the refresh token as its Bearer token", "POST", "/books", book("refresh as access"),
                 bearer("get('readerRefresh')"), status("401: a refresh token is not an access token", 401)),
            Call("POST /auth/refresh with the access token", "POST", "/auth/refresh",
                 {"refresh_token": "{{readerToken}}"}, _in_cookie("get('readerToken')"), status(forged, 401)),
            Call("POST /auth/refresh with the refresh claims signed with another key", "POST", "/auth/refresh",
                 {"refresh_token": "{{forgedRefresh}}"}, f"{other_key}\n{forged_cookie}", status(forged, 401)),
            Call("POST /auth/refresh with an expired refresh token", "POST", "/auth/refresh",
                 {"refresh_token": "{{forgedRefresh}}"}, f"{expired}\n{forged_cookie}", status(forged, 401))]


def auth_json() -> list[Call]:
    return [Call(f"POST /auth/{route} with a body that is not JSON", "POST", f"/auth/{route}", NOT_JSON.decode(),
                 tests=status(f"400 for a body that is not valid JSON on /auth/{route}", 400))
            for route in ("register", "login")]


def no_password_in_bodies() -> list[Call]:
    return [Call("GET /auth/me (every body of the run is checked)", "GET", "/auth/me",
                 before="if (!get('readerToken')) pm.execution.skipRequest();", token="readerToken")]


def cookie_flags() -> list[Call]:
    return [login_reader("POST /auth/login (every cookie an /auth route sets is checked)")]


FOLDERS: dict[str, Callable[[], list[Call]]] = {
    "register": register, "register-duplicate": register_duplicate, "register-weak-password": register_weak_password,
    "register-role-ignored": register_role_ignored, "login": login, "login-no-enumeration": login_no_enumeration,
    "token-claims": token_claims, "writes-need-token": writes_need_token, "reads-public": reads_public,
    "alg-none-refused": alg_none_refused,
    "tampered-token-refused": tampered_token_refused, "expired-token-refused": expired_token_refused,
    "user-cannot-delete": user_cannot_delete, "admin-can-delete": admin_can_delete, "refresh": refresh,
    "auth-me": auth_me, "auth-json": auth_json, "no-password-in-bodies": no_password_in_bodies,
    "cookie-flags": cookie_flags,
}
