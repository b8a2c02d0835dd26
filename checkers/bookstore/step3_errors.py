"""Step-3 probes of the API's manners: JSON error bodies, malformed JSON, Content-Type and unknown routes."""

from __future__ import annotations

from checkers.bookstore.probe import MESSAGE_KEYS, ProbeContext, Violation
from checkers.bookstore.step3_books import BAD_INPUT, LEAVE_OUT, book_path, create_book, new_book, unknown_id, write
from grader.http_probe import NotJson, ProbeResponse

ERROR_BODIES_ID = 765432
NOT_JSON = b'{"title": "Dune",'
JSON_TYPE = "application/json"


def _has_message(ctx: ProbeContext, response: ProbeResponse, what: str) -> None:
    fix = ("Send every error as a JSON object with a readable message, e.g. "
           '`return jsonify(error="there is no book with id 7"), 404` in Flask or '
           '`res.status(404).json({ error: "..." })` in Express.')
    expected = f"a JSON object with a string under {', '.join(MESSAGE_KEYS)}"
    try:
        body = response.json()
    except NotJson as problem:
        raise Violation(f"{what}: {problem}", fix, response, expected=expected) from None
    if not isinstance(body, dict) or not any(isinstance(body.get(key), str) for key in MESSAGE_KEYS):
        raise Violation(f"{what}: the body is JSON, but has no string message under {', '.join(MESSAGE_KEYS)}",
                        fix, response, expected=expected)


def error_bodies(ctx: ProbeContext) -> None:
    """The 404 for an unknown book and the 400/422 for an invalid one are JSON objects with an error message."""
    missing = ctx.request("GET", book_path(unknown_id(ctx, ERROR_BODIES_ID)))
    ctx.expect_status(missing, (404,), "404 for a book that does not exist",
                      "Answer 404 with {\"error\": \"...\"} when there is no such book.")
    _has_message(ctx, missing, "the 404 for an unknown book")
    invalid = write(ctx, "POST", "/books", json=new_book(ctx, title=LEAVE_OUT))
    ctx.expect_status(invalid, BAD_INPUT, "400 or 422 for a book without a title", "Refuse a book without a title.")
    _has_message(ctx, invalid, f"the {invalid.status} for a book without a title")


def malformed_json(ctx: ProbeContext) -> None:
    """POST and PUT with a body that is not valid JSON answer 400, not 5xx."""
    fix = ("Parse the body inside a try (or let your framework do it) and answer 400 with "
           '{"error": "the body is not valid JSON"} when it fails.')
    headers = {"Content-Type": JSON_TYPE}
    for method, path in (("POST", "/books"), ("PUT", book_path(create_book(ctx)["id"]))):
        response = write(ctx, method, path, data=NOT_JSON, headers=headers)
        ctx.expect_status(response, (400,), "400: the body is not valid JSON", fix)


def content_type(ctx: ProbeContext) -> None:
    """Every 2xx response with a body, in this whole run, says Content-Type: application/json."""
    book_id = create_book(ctx)["id"]
    ctx.request("GET", book_path(book_id))
    ctx.request("GET", "/books")
    write(ctx, "PUT", book_path(book_id), json=new_book(ctx))
    for response in ctx.log:
        declared = response.headers.get("Content-Type", "")
        if 200 <= response.status < 300 and response.body and not _is_json_type(declared):
            said = f"Content-Type: {declared}" if declared else "no Content-Type header"
            raise Violation(f"{response.request.method} {_path(response)} answered {response.status} with a body "
                            f"and {said}", "Send JSON with Content-Type: application/json: in Flask return "
                            "jsonify(...), in Express res.json(...), never a string built with json.dumps.",
                            response, expected="Content-Type: application/json")


def _is_json_type(declared: str) -> bool:
    return declared.split(";", 1)[0].strip().lower() == JSON_TYPE


def _path(response: ProbeResponse) -> str:
    url = response.request.url
    return url[url.index("/", url.index("//") + 2):]


def unknown_route(ctx: ProbeContext) -> None:
    """A GET of a path the API does not have answers 404."""
    response = ctx.request("GET", f"/no-such-route-{ctx.run_tag}")
    ctx.expect_status(response, (404,), "404 for a route the API does not have",
                      "Remove catch-all routes that answer 200 for any path; unknown paths get 404 "
                      "(with a JSON error body).")
