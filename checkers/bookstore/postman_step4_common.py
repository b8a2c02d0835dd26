"""What the step-4 Postman folders share: a valid book, the status check, skipping a folder, sending a token."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.postman import Call

OK = [200, 201]
USER_OF = """function userOf() {
  const answer = body();
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return undefined;
  for (const key of ['user', 'data']) {
    if (!('email' in answer) && answer[key] && typeof answer[key] === 'object') return answer[key];
  }
  return answer;
}
"""


def book(purpose: str) -> dict[str, Any]:
    """A valid book whose title names the check that made it."""
    return {"title": f"Step 4 {purpose} {{{{runTag}}}}", "author": "Grader Probe", "genre": "Testing", "price": 9.5,
            "published_year": 2001}


def needs(condition: str, reason: str) -> str:
    """A pre-request script that skips the rest of the folder, as a skipped check, unless `condition` holds."""
    return f"if (!({condition})) {{\n  skipRest(SLUG, {reason!r});\n  pm.execution.skipRequest();\n}}"


def status(rule: str, *allowed: int) -> str:
    """A test that the answer's status is one of `allowed`, named after the folder's outcome."""
    return f"expectStatus(SLUG, {rule!r}, {list(allowed)});"


def bearer(token_js: str) -> str:
    """A pre-request line that sends the token a JavaScript expression gives."""
    return f"pm.request.headers.upsert({{ key: 'Authorization', value: `Bearer ${{{token_js}}}` }});"


SIGNED_UP = needs("[200, 201].includes(Number(get('registeredStatus')))",
                  "a plain sign-up already failed (see register), so this rule cannot be checked")
HAS_TOKEN = needs("get('readerToken')", "no access token to test with: signing up and logging in a user did not "
                  "give one (see register and login)")
CAN_WRITE = needs("get('readerWrote') === 'yes'", "the user's own valid token could not create a book, so refusing "
                  "a forged one proves nothing (see writes-need-token)")
CLAIMS = ("let claims;\ntry { claims = jwtRead(get('readerToken')).claims; } catch (e) {\n"
          "  skipRest(SLUG, `the access token is not a JWT (${e.message}), so no forged variant can be built`);\n"
          "  pm.execution.skipRequest();\n  return;\n}")
READER_LOGIN = {"email": "{{readerEmail}}", "password": "{{readerPassword}}"}


def login_reader(name: str, tests: str = "") -> Call:
    return Call(name, "POST", "/auth/login", READER_LOGIN, tests=tests)
