"""Small step-2 cohorts for the batch tests: right, wrong, unreadable and endless submissions, one file per learner."""

from __future__ import annotations

import contextlib
import json
import os
import signal
from pathlib import Path

from tests.support.overlay import compose

STEP2 = Path(__file__).resolve().parents[2] / "sample_solutions" / "step-02"
CORRECT = STEP2 / "correct-postgres.sql"
WRONG = STEP2 / "broken-cancelled-revenue.sql"
ENDLESS_QUERY = "SELECT sum(a.order_id + b.order_id + c.user_id) FROM orders a, orders b, users c"


def correct() -> str:
    return CORRECT.read_text()


def wrong() -> str:
    """A whole answer file that fails the questions the broken sample is recorded to fail."""
    return compose(WRONG)


def endless() -> str:
    """A correct file whose first answer runs until something stops it."""
    text = correct()
    start = text.index("-- q01")
    end = text.index("-- q02")
    return f"{text[:start]}-- q01\n{ENDLESS_QUERY};\n\n{text[end:]}"


def write_cohort(folder: Path, learners: dict[str, str | bytes]) -> Path:
    """One file per learner: <learner>.sql holding the given text or bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    for learner, content in learners.items():
        path = folder / f"{learner}.sql"
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content)
    return folder


def records(results: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text()) for p in sorted((results / "learners").glob("*.json"))}


def processes_marked(mark: str) -> list[int]:
    """Live processes whose environment carries GRADER_TEST_MARK=mark (a batch and everything it started)."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == os.getpid():
            continue
        try:
            environ = Path(f"/proc/{entry}/environ").read_bytes()
            state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"GRADER_TEST_MARK={mark}".encode() in environ.split(b"\0") and state != "Z":
            found.append(int(entry))
    return found


def kill_marked(mark: str) -> None:
    for pid in processes_marked(mark):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
