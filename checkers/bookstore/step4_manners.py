"""Step-4 probe of the API's manners on the new routes: JSON answers, errors with a message, bad JSON is a 400."""

from __future__ import annotations

from urllib.parse import urlsplit

from checkers.bookstore.probe import ProbeContext, Violation
from checkers.bookstore.step3_errors import MALFORMED, MALFORMED_FIX, readable_message
from checkers.bookstore.step4_session import AUTH, body_of, logged_in_reader
from grader.http_probe import ProbeResponse

NOT_JSON = b'{"email": "reader@example.com",'
ERRORS = (400, 401, 403, 409, 422)  # a 404 for an absent bonus route is judged by step 3 (unknown routes)
JSON_FIX = ("Answer every request with JSON, errors too: e.g. jsonify(error='wrong email or password'), 401 in Flask, "
            "HTTPException(401, detail=...) in FastAPI, res.status(401).json({ error: ... }) in Express; and parse "
            "request bodies inside a try, answering 400 when they are not JSON.")


def _mime(response: ProbeResponse) -> str:
    return response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()


def _broken_manners(response: ProbeResponse) -> str | None:
    """What is wrong with one answer of the run, in words, or None."""
    said = f"{response.request.method} {urlsplit(response.request.url).path} answered {response.status}"
    if response.status in ERRORS:
        if not readable_message(body_of(response), response.headers.get("Content-Type", "")):
            return f"{said} without a JSON object holding a message under error, message or detail"
    elif 200 <= response.status < 300 and response.body.strip() and urlsplit(response.request.url).path.startswith(
            AUTH) and _mime(response) != "application/json":
        return f"{said} with Content-Type {_mime(response) or 'missing'} instead of application/json"
    return None


def check_auth_json(ctx: ProbeContext) -> None:
    """/auth answers are JSON; every 4xx of the run is a JSON object with a message; bad JSON to /auth gets 400."""
    logged_in_reader(ctx)
    for route in ("register", "login"):
        response = ctx.request("POST", f"{AUTH}/{route}", data=NOT_JSON, headers={"Content-Type": "application/json"})
        ctx.expect_status(response, MALFORMED, f"400 for a body that is not valid JSON on /auth/{route}",
                          MALFORMED_FIX)
    for response in ctx.log:
        problem = _broken_manners(response)
        if problem:
            raise Violation(problem, JSON_FIX, response, expected="JSON (application/json), with a message under "
                            "error, message or detail on errors")
