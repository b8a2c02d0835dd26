"""A learner's stored result in a batch: RESULTS/learners/<learner>.json, written whole the moment grading ends."""

from __future__ import annotations

import json
from pathlib import Path

from grader import __version__
from grader.outcome import Status
from grader.output import write_atomically
from grader.steps import Step

LEARNERS = "learners"
NOT_GRADED_TITLE = "The submission can be graded"
HINTS = {
    "cannot_grade": "Fix what the message says and submit again.",
    "timed_out": "Run it yourself with the command below; if it finishes quickly there, tell your instructor.",
    "crashed": "This is the grader's problem, not the learner's: report it with the message above.",
}


def record_path(results: Path, learner: str) -> Path:
    return results / LEARNERS / f"{learner}.json"


def make_record(step: Step, learner: str, submission: str, answer: dict, stamp: dict[str, str],
                max_score: float, reproduce: str) -> dict:
    """The stored record: the learner, how the batch went (status, reason, time, stamp) and the grading result."""
    status = answer["status"]
    result = answer["result"] if status == "graded" else _not_graded(step, submission, answer, max_score, reproduce)
    return {
        "learner": learner,
        "batch": {"status": status, "reason": answer.get("reason", ""), "seconds": answer.get("seconds", 0.0),
                  "stamp": stamp},
        "result": result,
    }


def _not_graded(step: Step, submission: str, answer: dict, max_score: float, reproduce: str) -> dict:
    """A result with one outcome saying why there is no grade: `fail` for the learner's input, else `error`."""
    status = Status.FAIL if answer["status"] == "cannot_grade" else Status.ERROR
    points = int(max_score) if float(max_score).is_integer() else max_score
    return {
        "grader": {"name": "roadmap-grader", "version": __version__},
        "step": step.name,
        "title": step.title,
        "submission": submission,
        "score": 0,
        "max_score": points,
        "passed": False,
        "counts": {s.value: int(s is status) for s in Status},
        "notices": [],
        "outcomes": [{
            "id": f"{step.name}/submission",
            "title": NOT_GRADED_TITLE,
            "status": status.value,
            "points": 0,
            "max_points": points,
            "feedback": {"did": f"Graded {submission}", "expected": "a submission the grader can grade",
                         "got": answer.get("reason", ""), "hint": HINTS[answer["status"]], "reproduce": reproduce},
        }],
    }


def write_record(results: Path, record: dict) -> None:
    write_atomically(record_path(results, record["learner"]), json.dumps(record, ensure_ascii=False, indent=1),
                     "a learner's result")


def read_record(path: Path) -> dict | None:
    """A stored record, or None when it is missing or unreadable (then it is graded again)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and "batch" in record and "result" in record else None
