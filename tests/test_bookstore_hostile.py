"""A hostile or broken server cannot hang or flood `grade step-3`: each run ends in bounded time with clear outcomes.

Each server answers GET /health (so grading starts), then misbehaves on every other request.
"""

from __future__ import annotations

import json
import time

import pytest

from tests import hostile_servers as hostile
from tests.conftest import run_grade

BEHAVIOURS = {
    "drips bytes slowly": hostile.drip_body,
    "never answers": hostile.never_answer,
    "sends an endless body": hostile.endless_body,
    "redirects elsewhere": hostile.redirect_outside,
    "sends invalid JSON": hostile.invalid_json,
    "resets connections": hostile.reset_mid_body,
    "sends a gzip bomb": hostile.gzip_bomb,
}


def _healthy_then(misbehave):
    """Answer /health like a good server on a kept-alive connection; misbehave on anything else."""

    def handler(connection, received):
        while (request := connection.read_request()) is not None:
            received.append(request)
            if request.target.startswith("/health"):
                connection.send(hostile.response("200 OK", {"Content-Type": "application/json"}, b'{"ok": true}'))
                continue
            misbehave.__wrapped__(connection)
            return

    return handler


@pytest.mark.parametrize("behaviour", sorted(BEHAVIOURS))
def test_a_hostile_server_gets_clear_failures_in_bounded_time(behaviour):
    with hostile.serve(_healthy_then(BEHAVIOURS[behaviour])) as server:
        started = time.monotonic()
        result = run_grade("step-3", server.url, "--format", "json", timeout=180)
        elapsed = time.monotonic() - started
    assert "Traceback" not in result.stderr
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    failed = [o for o in document["outcomes"] if o["status"] == "fail"]
    assert failed and all(o["feedback"]["got"] and o["feedback"]["hint"] for o in failed)
    assert elapsed < 60, f"{behaviour}: {elapsed:.1f} s"
    assert not any("example.invalid" in r.target for r in server.received)
