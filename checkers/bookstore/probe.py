"""The three layers of an API check: a probe (one contract rule, one outcome), the context it talks through, and
the typed violation it raises: what happened, a blank line, how to fix it, with the request that shows it."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from grader.http_probe import NotJson, ProbeClient, ProbeFailure, ProbeRequest, ProbeResponse
from grader.outcome import Feedback, Outcome
from grader.text import capped

LIST_KEYS = ("items", "data", "books", "results")
TIMEOUTS_BEFORE_GIVING_UP = 2
MESSAGE_KEYS = ("error", "message", "detail")


class Violation(Exception):
    """The server broke a rule: `what` happened (plain words), `fix` says how to fix it."""

    def __init__(self, what: str, fix: str, response: ProbeResponse | None = None, expected: str = "",
                 request: ProbeRequest | None = None) -> None:
        super().__init__(what)
        self.what = what
        self.fix = fix
        self.response = response
        self.expected = expected
        self.request = request or (response.request if response is not None else None)


class Skip(Exception):
    """The rule cannot be checked in this run; never a failure.

    `needs` names what the learner can pass to have it checked (`--jwt-secret`): such a run does not count as
    passed. Without it the skip is plain (a bonus route the server does not have).
    """

    def __init__(self, reason: str, needs: str = "") -> None:
        super().__init__(reason)
        self.needs = needs


@dataclass
class Credentials:
    """Step-4 values: given by the learner for a URL, generated when the grader starts the server."""

    admin_email: str | None = None
    admin_password: str | None = None
    jwt_secret: str | None = None

    @classmethod
    def generated(cls) -> Credentials:
        return cls(f"admin-{secrets.token_hex(4)}@grader.test", f"Adm1n-{secrets.token_urlsafe(12)}",
                   secrets.token_urlsafe(32))

    def as_env(self) -> dict[str, str]:
        values = {"ADMIN_EMAIL": self.admin_email, "ADMIN_PASSWORD": self.admin_password,
                  "JWT_SECRET": self.jwt_secret}
        return {name: value for name, value in values.items() if value}


@dataclass
class ProbeContext:
    """What a probe talks through: the client (every exchange is logged), the run's credentials and unique tag."""

    client: ProbeClient
    credentials: Credentials
    run_tag: str = field(default_factory=lambda: secrets.token_hex(3))
    log: list[ProbeResponse] = field(default_factory=list)
    cache: dict[str, Any] = field(default_factory=dict)
    timeouts: int = 0

    def request(self, method: str, path: str, **options: Any) -> ProbeResponse:
        """One logged request; a server that hangs, resets or floods becomes a Violation naming the request.

        After the server has run out of time twice, nothing more is sent, so a hanging server costs seconds, not
        a deadline for every request of every probe."""
        if self.timeouts >= TIMEOUTS_BEFORE_GIVING_UP:
            raise Violation(f"{method} {path} was not sent: the server already failed to answer "
                            f"{self.timeouts} requests in time", "Fix the requests that hang first (see the "
                            "first failing outcome); then grade again.", expected="an HTTP response in time")
        try:
            response = self.client.request(method, path, **options)
        except ProbeFailure as failure:
            self.timeouts += failure.kind == "timeout"
            raise Violation(f"{method} {path}: {failure}",
                            "Make every request end with a response: look for an endless loop, a crash that "
                            "drops the connection, or a handler that never returns.",
                            expected="an HTTP response within the deadline", request=failure.request) from failure
        self.log.append(response)
        return response

    def json_of(self, response: ProbeResponse) -> Any:
        """The body as JSON, or a Violation explaining why it is not."""
        try:
            return response.json()
        except NotJson as problem:
            raise Violation(str(problem), "Send JSON bodies (e.g. return jsonify(...) in Flask, res.json(...) in "
                            "Express) with Content-Type: application/json.", response) from None

    def expect_status(self, response: ProbeResponse, allowed: tuple[int, ...], rule: str, fix: str) -> None:
        """A Violation unless the status is one of `allowed`."""
        if response.status not in allowed:
            wanted = " or ".join(map(str, allowed))
            raise Violation(f"{response.request.method} {_path(response)} answered {response.status}, "
                            f"expected {wanted}", fix, response, expected=rule)


def _path(response: ProbeResponse) -> str:
    url = response.request.url
    return url[url.index("/", url.index("//") + 2):] if "//" in url else url


def list_of_books(ctx: ProbeContext, response: ProbeResponse) -> list[Any]:
    """The page's books from a list response: a JSON array, or an object holding it under items/data/books/results."""
    body = ctx.json_of(response)
    if isinstance(body, list):
        return body
    if isinstance(body, dict):
        for key in LIST_KEYS:
            if isinstance(body.get(key), list):
                return body[key]
    raise Violation("the list of books is neither a JSON array nor an object holding an array under "
                    f"{', '.join(LIST_KEYS)}", "Return the page as a JSON array, or as {\"items\": [...], ...}.",
                    response, expected=f"a JSON array of books, or an object holding it under {', '.join(LIST_KEYS)}")


@dataclass(frozen=True)
class Probe:
    """One contract rule, graded as one outcome: `check` returns nothing or a note, or raises Violation / Skip."""

    slug: str
    title: str
    points: float
    check: Callable[[ProbeContext], str | None]


def run_probe(step: int, probe: Probe, ctx: ProbeContext) -> Outcome:
    """The outcome of one probe, with the failing request as a curl command that reproduces it."""
    outcome_id = f"step-{step}/{probe.slug}"
    before = len(ctx.log)
    try:
        note = probe.check(ctx)
    except Skip as reason:
        return Outcome.skipped(outcome_id, probe.title, probe.points, Feedback(got=str(reason)), needs=reason.needs)
    except Violation as violation:
        return Outcome.failed(outcome_id, probe.title, probe.points, _feedback(violation, ctx.log[before:]))
    return Outcome.passed(outcome_id, probe.title, probe.points, Feedback(
        did=f"sent {len(ctx.log) - before} requests; all answered as the contract says", got=note or ""))


def _feedback(violation: Violation, exchanges: list[ProbeResponse]) -> Feedback:
    response = violation.response or (exchanges[-1] if exchanges and violation.request is None else None)
    request = violation.request or (response.request if response is not None else None)
    if request is None:
        return Feedback(got=violation.what, expected=violation.expected, hint=violation.fix)
    got = violation.what if response is None else f"{violation.what}\n{capped(response.describe(), 1_500)}"
    return Feedback(did=f"sent {request.method} {request.url}", expected=violation.expected, got=got,
                    hint=violation.fix, reproduce=request.curl())
