"""Step 2's twenty questions, loaded from exercises/step-02/questions.toml and validated against their schema."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from grader.steps import SpecError, load_toml

CONSTRUCT_NAMES = {
    "join": "a JOIN",
    "outer_join": "an outer join (LEFT / RIGHT / FULL JOIN)",
    "subquery": "a subquery (in FROM, WHERE or SELECT; a WITH query counts too)",
    "cte": "a common table expression (WITH ...)",
    "group_by": "GROUP BY",
    "having": "HAVING",
    "window": "a window function (... OVER (...))",
    "anti_join": "an anti-join (NOT EXISTS, NOT IN, LEFT JOIN ... IS NULL, EXCEPT or ANTI JOIN)",
    "date_bucket": "date bucketing (DATE_TRUNC, EXTRACT or a date format)",
    "case": "a CASE expression",
    "distinct": "DISTINCT",
    "union": "UNION",
}


@dataclass(frozen=True)
class Question:
    id: str
    title: str
    text: str
    points: float
    ordered: bool
    order_keys: tuple[int, ...]
    requires: tuple[str, ...]
    concepts: tuple[str, ...]
    sql: str
    date_columns: tuple[int, ...] = ()  # the columns the text asks for "as a DATE"

    @property
    def number(self) -> int:
        return int(self.id[1:])

    @property
    def outcome_id(self) -> str:
        return f"step-2/{self.id}"


def questions_file():
    return files("exercises") / "step-02" / "questions.toml"


@cache
def load_questions() -> tuple[Question, ...]:
    """Every question in order; SpecError if the file breaks its schema or numbers its questions wrongly."""
    schema = json.loads((files("checkers.sql") / "questions.schema.json").read_text(encoding="utf-8"))
    data = load_toml(questions_file(), schema)
    questions = tuple(
        Question(**{**entry, "order_keys": tuple(entry["order_keys"]), "requires": tuple(entry["requires"]),
                    "concepts": tuple(entry["concepts"]), "date_columns": tuple(entry.get("date_columns", ()))})
        for entry in data["questions"]
    )
    expected_ids = [f"q{n:02d}" for n in range(1, len(questions) + 1)]
    if [q.id for q in questions] != expected_ids:
        raise SpecError(f"questions.toml: ids must run {expected_ids[0]}..{expected_ids[-1]} in order")
    return questions


@cache
def questions_digest() -> str:
    """A short hash of the questions file: part of the key of any cached reference result."""
    return hashlib.sha256(questions_file().read_bytes()).hexdigest()[:16]
