"""Step-3 probes of the API's manners: JSON error bodies, malformed JSON, Content-Type and unknown routes."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.probe import MESSAGE_KEYS, ProbeContext, Violation
from checkers.bookstore.step3_books import BAD_INPUT, LEAVE_OUT, book_path, create_book, new_book, unknown_id, write
from checkers.bookstore.step3_updates import NO_PATCH
from grader.http_probe import NotJson, ProbeResponse

ERROR_BODIES_ID = 765432
NOT_JSON = b'{"title": "Dune",'
JSON_TYPE = "application/json"
PROBLEM_TYPE = "application/problem+json"
MALFORMED = (400,)  # the contract: "gets 400, not 5xx"; FastAPI's default 422 for it is not enough
MALFORMED_FIX = ("Parse the body inside a try (or let your framework do it) and answer 400 when it is not JSON. "
                 "FastAPI answers 422 by default: add a handler for RequestValidationError that answers 400 when "
                 "an error's type is json_invalid.")


def readable_message(body: Any, content_type: str) -> bool:
    """True when a JSON error body holds a message a person can read, in any style the contract allows.

    A string under error, message or detail; {"error": {"message": ...}}; FastAPI's default
    {"detail": [{"loc": ..., "msg": ..., "type": ...}]}; or RFC 9457 problem+json with a title or detail."""
    if not isinstance(body, dict):
        return False
    for key in MESSAGE_KEYS:
        value = body.get(key)
        if _text(value) or (isinstance(value, dict) and _text(value.get("message"))):
            return True
        if isinstance(value, list) and value and all(isinstance(item, dict) and _text(item.get("msg"))
                                                     for item in value):
            return True
    return _mime(content_type) == PROBLEM_TYPE and _text(body.get("title"))


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _has_message(ctx: ProbeContext, response: ProbeResponse, what: str) -> None:
    fix = ("Send every error as a JSON object with a readable message, e.g. "
           '`return jsonify(error="there is no book with id 7"), 404` in Flask or '
           '`res.status(404).json({ error: "..." })` in Express (an unknown route too: add a 404 handler).')
    expected = (f"a JSON object with a message under {', '.join(MESSAGE_KEYS)} (FastAPI's detail list and "
                "problem+json's title/detail count too)")
    try:
        body = response.json()
    except NotJson as problem:
        raise Violation(f"{what}: {problem}", fix, response, expected=expected) from None
    if not readable_message(body, response.headers.get("Content-Type", "")):
        raise Violation(f"{what}: the body is JSON, but has no readable message under {', '.join(MESSAGE_KEYS)}",
                        fix, response, expected=expected)


def error_bodies(ctx: ProbeContext) -> None:
    """The 404s for an unknown book and route and the 400/422s for an invalid book and page are JSON with a message."""
    missing = ctx.request("GET", book_path(unknown_id(ctx, ERROR_BODIES_ID)))
    ctx.expect_status(missing, (404,), "404 for a book that does not exist",
                      "Answer 404 with {\"error\": \"...\"} when there is no such book.")
    _has_message(ctx, missing, "the 404 for an unknown book")
    invalid = write(ctx, "POST", "/books", json=new_book(ctx, title=LEAVE_OUT))
    ctx.expect_status(invalid, BAD_INPUT, "400 or 422 for a book without a title", "Refuse a book without a title.")
    _has_message(ctx, invalid, f"the {invalid.status} for a book without a title")
    # Whether these two get the right status is judged by pagination-bad-params and unknown-route.
    for response, what in ((ctx.request("GET", "/books", params={"page": "0"}), "page=0"),
                           (ctx.request("GET", f"/no-such-route-{ctx.run_tag}"), "an unknown route")):
        if 400 <= response.status < 500:
            _has_message(ctx, response, f"the {response.status} for {what}")


def malformed_json(ctx: ProbeContext) -> None:
    """POST, PUT and PATCH (when the server has it) with a body that is not valid JSON answer 400, not 5xx."""
    headers = {"Content-Type": JSON_TYPE}
    path = book_path(create_book(ctx)["id"])
    for method, target in (("POST", "/books"), ("PUT", path), ("PATCH", path)):
        response = write(ctx, method, target, data=NOT_JSON, headers=headers)
        if method == "PATCH" and response.status in NO_PATCH:
            continue
        ctx.expect_status(response, MALFORMED, "400: the body is not valid JSON", MALFORMED_FIX)


def content_type(ctx: ProbeContext) -> None:
    """Every response of the run with a JSON body, success or error, and every 2xx with a body, says it is JSON."""
    book_id = create_book(ctx)["id"]
    ctx.request("GET", book_path(book_id))
    ctx.request("GET", "/books")
    write(ctx, "PUT", book_path(book_id), json=new_book(ctx))
    for response in ctx.log:
        declared = response.headers.get("Content-Type", "")
        if response.body and (200 <= response.status < 300 or _json_body(response)) and not is_json_type(declared):
            said = f"Content-Type: {declared}" if declared else "no Content-Type header"
            raise Violation(f"{response.request.method} {_path(response)} answered {response.status} with a "
                            f"{'JSON ' if _json_body(response) else ''}body and {said}",
                            "Send JSON with Content-Type: application/json, errors too: in Flask return "
                            "jsonify(...), in Express res.json(...), never a string built with json.dumps.",
                            response, expected="Content-Type: application/json (or application/problem+json)")


def _json_body(response: ProbeResponse) -> bool:
    try:
        return isinstance(response.json(), dict | list)
    except NotJson:
        return False


def is_json_type(declared: str) -> bool:
    """application/json, with or without parameters such as charset, or a JSON type such as application/problem+json."""
    mime = _mime(declared)
    return mime == JSON_TYPE or (mime.startswith("application/") and mime.endswith("+json"))


def _mime(declared: str) -> str:
    return declared.split(";", 1)[0].strip().lower()


def _path(response: ProbeResponse) -> str:
    url = response.request.url
    return url[url.index("/", url.index("//") + 2):]


def unknown_route(ctx: ProbeContext) -> None:
    """A GET or POST of a path the API does not have, even one under /books, answers 404."""
    fix = "Remove catch-all routes that answer 200 for any path; unknown paths get 404 (with a JSON error body)."
    for method, path in (("GET", f"/no-such-route-{ctx.run_tag}"), ("POST", f"/no-such-route-{ctx.run_tag}"),
                         ("GET", f"{book_path(ctx.cache.get('example_id', 1))}/no-such-part")):
        response = ctx.request(method, path, json={"title": "x"}) if method == "POST" else ctx.request(method, path)
        ctx.expect_status(response, (404,), "404 for a route the API does not have", fix)
