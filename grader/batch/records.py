"""A learner's stored result in a batch: RESULTS/learners/<learner>.json, written whole the moment grading ends."""

from __future__ import annotations

import json
from pathlib import Path

from grader.outcome import Feedback, Outcome
from grader.output import write_atomically
from grader.report import Report
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
    make = Outcome.failed if answer["status"] == "cannot_grade" else Outcome.errored
    feedback = Feedback(did=f"Graded {submission}", expected="a submission the grader can grade",
                        got=answer.get("reason", ""), hint=HINTS[answer["status"]], reproduce=reproduce)
    outcome = make(f"{step.name}/submission", NOT_GRADED_TITLE, max_score, feedback)
    return Report(step=step.name, title=step.title, submission=submission, outcomes=[outcome]).to_dict()


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
