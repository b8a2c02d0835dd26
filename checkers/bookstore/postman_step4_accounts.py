"""The step-4 Postman folders on accounts: signing up, logging in, not telling which emails exist, who am I."""

from __future__ import annotations

from checkers.bookstore.postman import Call
from checkers.bookstore.postman_step4_common import (
    HAS_TOKEN,
    READER_LOGIN,
    SIGNED_UP,
    USER_OF,
    bearer,
    login_reader,
    status,
)
from checkers.bookstore.step4_register import CLIMBS, LONG_PASSWORD, NOT_EMAILS

START = """
set('runTag', `${pm.variables.replaceIn('{{$timestamp}}')}-${Math.random().toString(36).slice(2, 6)}`);
for (const name of ['skipRest', 'readerToken', 'readerRefresh', 'climberToken', 'readerWrote', 'adminToken']) {
  set(name, '');
}
set('readerEmail', `reader-${get('runTag')}@example.com`);
set('readerPassword', `Pw-reader-${get('runTag')}-horse`);
set('passwords', JSON.stringify([get('readerPassword')]));
"""
def register() -> list[Call]:
    user = (USER_OF + "set('registeredStatus', pm.response.code);\n"
            f"{status('POST /auth/register answers 201 Created with the new user', 201)}\n"
            "check(SLUG, 'the new user has an id, the email sent and role user', () => {\n"
            "  objectOf();\n  const user = userOf();\n"
            "  const missing = ['id', 'email', 'role']\n"
            "    .filter((key) => user[key] === undefined || user[key] === null);\n"
            "  if (missing.length) throw new Error(`the new user has no ${missing.join(', ')}`);\n"
            "  if (String(user.email).toLowerCase() !== get('readerEmail') || user.role !== 'user') {\n"
            "    throw new Error(`the new user came back with email ${user.email} and role ${user.role}`);\n"
            "  }\n});")
    long_before = f"set('longPassword', `Long-${{get('runTag')}}-`.padEnd({LONG_PASSWORD}, 'x'));"
    long_tests = ("const accepted = [200, 201].includes(pm.response.code);\n"
                  "set('longAccepted', accepted ? 'yes' : '');\nif (accepted) push('passwords', get('longPassword'));\n"
                  + status(f"201, or 400/422, for a {LONG_PASSWORD}-character password", 200, 201, 400, 422))
    long_account = {"email": "long-{{runTag}}@example.com", "password": "{{longPassword}}"}
    return [Call("POST /auth/register", "POST", "/auth/register",
                 {**READER_LOGIN, "name": "Step Four Reader"}, START, user),
            Call(f"POST /auth/register with a {LONG_PASSWORD}-character password", "POST", "/auth/register",
                 long_account, long_before, long_tests),
            Call(f"POST /auth/login with that {LONG_PASSWORD}-character password", "POST", "/auth/login",
                 long_account, "if (!get('longAccepted')) pm.execution.skipRequest();",
                 status(f"200: the {LONG_PASSWORD}-character password it accepted at sign-up logs in", 200))]


def register_duplicate() -> list[Call]:
    return [Call("POST /auth/register with a taken email", "POST", "/auth/register",
                 {"email": "{{readerEmail}}", "password": "Another-pass-99"}, SIGNED_UP,
                 status("409 Conflict for an email that is taken", 409))]


def register_weak_password() -> list[Call]:
    calls = [Call("POST /auth/register with a 7-character password", "POST", "/auth/register",
                  {"email": "weak-{{runTag}}@example.com", "password": "Pw-1234"}, SIGNED_UP,
                  status("400 or 422 for a 7-character password", 400, 422))]
    calls.append(Call("POST /auth/register without a password", "POST", "/auth/register",
                      {"email": "nopass-{{runTag}}@example.com"},
                      tests=status("400 or 422 for a sign-up without a password", 400, 422)))
    calls += [Call(f"POST /auth/register with the email {email!r}", "POST", "/auth/register",
                   {"email": email, "password": "Long-enough-99"},
                   tests=status(f"400 or 422 for the email {email!r}, which is not name@domain.tld", 400, 422))
              for email in NOT_EMAILS]
    eight = "set('eightPassword', `P8${get('runTag').slice(-6)}`);\npush('passwords', get('eightPassword'));"
    calls.append(Call("POST /auth/register with a password of exactly 8 characters", "POST", "/auth/register",
                      {"email": "eight-{{runTag}}@example.com", "password": "{{eightPassword}}"}, eight,
                      status("201: a password of exactly 8 characters is long enough", 200, 201)))
    return calls


def register_role_ignored() -> list[Call]:
    role = ("check(SLUG, '{where} a plain user', () => {{\n  const role = (userOf() || {{}}).role;\n"
            "  if (role !== undefined && role !== null && role !== 'user') {{\n"
            "    throw new Error(`{what} got role ${{role}}`);\n  }}\n}});")
    me = USER_OF + "if (pm.response.code !== 200) return;\n" + role.format(where="/auth/me says the account is",
                                                                 what="/auth/me says the account that asked for admin")
    login = ("const token = (body() || {}).access_token;\n"
             "set('climberToken', pm.response.code === 200 && typeof token === 'string' ? token : '');")
    calls = []
    for number, extra in enumerate(CLIMBS, 1):
        who = f"climber{number}"
        account = {"email": f"{who}-{{{{runTag}}}}@example.com", "password": f"Pw-{who}-{{{{runTag}}}}-horse"}
        calls += [Call(f"POST /auth/register asking for admin rights ({number})", "POST", "/auth/register",
                       {**account, "name": f"Step Four Climber {number}", **extra},
                       f"{SIGNED_UP}\npush('passwords', `Pw-{who}-${{get('runTag')}}-horse`);",
                       USER_OF + (status("201 with a plain user: role and is_admin are ignored, not refused", 200, 201)
                                  if number == 1 else "if ([400, 422].includes(pm.response.code)) return;")
                       + "\n" + role.format(where="the new account is", what="a sign-up asking for admin rights")),
                  Call(f"POST /auth/login as that account ({number})", "POST", "/auth/login", account, tests=login),
                  Call(f"GET /auth/me as that account ({number})", "GET", "/auth/me",
                       before="if (!get('climberToken')) pm.execution.skipRequest();\n"
                       + bearer("get('climberToken')"), tests=me)]
    return calls


def login() -> list[Call]:
    keep = ("const answer = body() || {};\nconst ok = pm.response.code === 200;\n"
            "set('readerToken', ok && typeof answer.access_token === 'string' ? answer.access_token : '');\n"
            "set('readerRefresh', ok && typeof answer.refresh_token === 'string' ? answer.refresh_token : '');\n"
            "const jar = pm.response.headers.all().filter((h) => h.key.toLowerCase() === 'set-cookie')\n"
            "  .map((h) => h.value.split(';')[0].split('=')).find(([name]) => /refresh/i.test(name));\n"
            "set('refreshCookie', ok && jar ? jar[0].trim() : '');\n"
            "if (ok && jar && !get('readerRefresh')) set('readerRefresh', jar.slice(1).join('=').trim());\n"
            f"{status('POST /auth/login answers 200 with an access token', 200)}\n"
            "check(SLUG, 'the answer has an access_token and token_type bearer', () => {\n"
            "  if (!get('readerToken') || String(answer.token_type).toLowerCase() !== 'bearer') {\n"
            "    throw new Error(`the login answer has access_token ${answer.access_token} and token_type "
            "${answer.token_type}`);\n  }\n});")
    return [login_reader("POST /auth/login", keep),
            Call("POST /auth/login with a wrong password", "POST", "/auth/login",
                 {"email": "{{readerEmail}}", "password": "Wrong-pass-99"}, tests=status("401 for a wrong password",
                                                                                        401)),
            Call("POST /auth/login with a wrong password of 100 characters", "POST", "/auth/login",
                 {"email": "{{readerEmail}}", "password": "Wrong-" + "x" * 94},
                 tests=status("401 for a wrong password of 100 characters", 401)),
            Call("POST /auth/login without email and password", "POST", "/auth/login", {},
                 tests="check(SLUG, 'a 4xx (400, 401 or 422) for a login without email and password', () => {\n"
                 "  if (pm.response.code < 400 || pm.response.code >= 500) throw new Error(said());\n});")]


def login_no_enumeration() -> list[Call]:
    comparable = ("const volatile = ['timestamp', 'time', 'request_id', 'requestId', 'trace_id', 'traceId'];\n"
                  "const answer = body();\nconst shown = answer && typeof answer === 'object' && !Array.isArray("
                  "answer)\n  ? JSON.stringify(Object.keys(answer).sort().filter((k) => !volatile.includes(k))"
                  ".map((k) => [k, answer[k]]))\n  : pm.response.text();")
    same = ("check(SLUG, 'an unknown email and a wrong password get the same body', () => {\n"
            "  if (shown !== get('unknownEmailBody')) {\n    throw new Error(`different bodies: unknown email "
            "${get('unknownEmailBody')}, wrong password ${shown}`);\n  }\n});")
    return [Call("POST /auth/login with an unknown email", "POST", "/auth/login",
                 {"email": "nobody-{{runTag}}@example.com", "password": "{{readerPassword}}"},
                 tests=f"{comparable}\nset('unknownEmailBody', shown);\n{status('401 for an unknown email', 401)}"),
            Call("POST /auth/login with a wrong password", "POST", "/auth/login",
                 {"email": "{{readerEmail}}", "password": "Wrong-pass-99"},
                 tests=f"{comparable}\n{status('401 for a wrong password', 401)}\n{same}")]


def auth_me() -> list[Call]:
    mine = (USER_OF + f"{status('200 with the current user', 200)}\ncheck(SLUG, \"the user's own email\", () => {{\n"
            "  const email = (userOf() || {}).email;\n  if (String(email).toLowerCase() !== get('readerEmail')) "
            "throw new Error(`/auth/me answered with email ${email}`);\n});")
    return [Call("GET /auth/me with the user's token", "GET", "/auth/me", before=HAS_TOKEN, tests=mine,
                 token="readerToken"),
            Call("GET /auth/me without a token", "GET", "/auth/me", tests=status("401 without a token", 401)),
            Call("GET /auth/me with 'Bearer garbage'", "GET", "/auth/me", before=bearer("'garbage'"),
                 tests=status("401 with 'Bearer garbage'", 401))]
