"""RESULTS/summary.csv: one row per learner with the score, the batch status and every outcome's status word."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from grader.checker import PlannedOutcome
from grader.output import write_atomically

FIXED_COLUMNS = ["learner", "score", "max", "passed", "status", "problem"]
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def sorted_records(records: list[dict]) -> list[dict]:
    """The records in learner order: case-insensitive first, then exact, so the order never depends on input order."""
    return sorted(records, key=lambda record: (record["learner"].casefold(), record["learner"]))


def outcome_columns(records: list[dict], planned: list[PlannedOutcome]) -> list[str]:
    """The planned ids that occur in some record, in planned order, then any other ids in first-seen order."""
    seen = dict.fromkeys(o["id"] for record in sorted_records(records) for o in record["result"]["outcomes"])
    planned_ids = [p.id for p in planned if p.id in seen]
    known = set(planned_ids)
    return planned_ids + [outcome_id for outcome_id in seen if outcome_id not in known]


def outcome_statuses(record: dict) -> dict[str, str]:
    """Each outcome id of a record with its status word (pass, fail, error, skipped)."""
    return {o["id"]: o["status"] for o in record["result"]["outcomes"]}


def passed_everything(record: dict) -> bool:
    """Graded, and nothing failed or errored."""
    return record["batch"]["status"] == "graded" and bool(record["result"]["passed"])


def write_summary_csv(records: list[dict], planned: list[PlannedOutcome], path: Path) -> None:
    """Write the summary table to `path` atomically; learner-controlled text can never become a spreadsheet formula."""
    columns = outcome_columns(records, planned)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([_inert(name) for name in FIXED_COLUMNS + columns])
    for record in sorted_records(records):
        result, batch = record["result"], record["batch"]
        statuses = outcome_statuses(record)
        writer.writerow([
            _inert(record["learner"]),
            result["score"],
            result["max_score"],
            "yes" if passed_everything(record) else "no",
            batch["status"],
            _inert(batch["reason"]) if batch["status"] != "graded" else "",
            *(statuses.get(outcome_id, "") for outcome_id in columns),
        ])
    write_atomically(path, buffer.getvalue(), "the summary CSV")


def _inert(text: str) -> str:
    """Text a spreadsheet shows as typed: a leading = + - @ (or tab, CR) would start a formula, so prefix a quote."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
