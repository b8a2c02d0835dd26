"""The step-2 schema-design grader, driven by data: small cases in tests/cases/design and the sample designs.

Each case is a SQL file whose header says its dialect, the status it expects of some outcomes, and text some
outcome's feedback must contain:
    -- dialect: postgres
    -- expect: money-type=fail, fk-indexed=pass
    -- feedback: money-type: line 7
The sample designs in sample_solutions/step-02 are graded through the CLI by tests/test_step2_samples.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from checkers.sql.design import DESIGN_RULES, grade_design
from grader.outcome import Outcome

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted((ROOT / "tests" / "cases" / "design").glob("*.sql"))
HEADER = re.compile(r"^--\s*(dialect|expect|feedback):\s*(.*)$")
PREFIX = "step-2/design/"


def _header(text: str) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
    dialect, expect, feedback = "", {}, []
    for line in text.splitlines():
        if not (match := HEADER.match(line.strip())):
            continue
        key, value = match.groups()
        if key == "dialect":
            dialect = value.strip()
        elif key == "expect":
            expect.update(part.strip().split("=", 1) for part in value.split(",") if part.strip())
        else:
            slug, wanted = value.split(":", 1)
            feedback.append((slug.strip(), wanted.strip()))
    return dialect, expect, feedback


def _text(outcome: Outcome) -> str:
    f = outcome.feedback
    return "\n".join((f.did, f.expected, f.got, f.hint, f.reproduce))


def _by_slug(outcomes: list[Outcome]) -> dict[str, Outcome]:
    return {o.id.removeprefix(PREFIX): o for o in outcomes}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_design_case(case: Path) -> None:
    text = case.read_text()
    dialect, expect, feedback = _header(text)
    assert dialect and (expect or feedback), f"{case.name}: the header needs a dialect and an expect or feedback line"
    outcomes = _by_slug(grade_design(text, dialect))
    got = {slug: outcomes[slug].status.value for slug in expect}
    assert got == expect, "\n\n".join(f"{o.id}: {o.status.value}\n{_text(o)}" for o in outcomes.values())
    for slug, wanted in feedback:
        assert wanted in _text(outcomes[slug]), f"{slug} feedback lacks {wanted!r}:\n{_text(outcomes[slug])}"


def test_outcomes_match_the_published_rules_and_total_thirty_points() -> None:
    outcomes = grade_design("CREATE TABLE users (user_id INTEGER PRIMARY KEY);", "postgres")
    assert [(o.id, o.title, o.max_points) for o in outcomes] == [
        (PREFIX + slug, title, points) for slug, title, points in DESIGN_RULES
    ]
    assert sum(points for _, _, points in DESIGN_RULES) == 30


def test_feedback_lines_count_from_first_line() -> None:
    text = "CREATE TABLE users (\n  user_id INTEGER PRIMARY KEY,\n  name TEXT NOT NULL\n  email TEXT\n);"
    outcome = grade_design(text, "postgres", first_line=41)[0]
    assert "line 44: syntax error" in outcome.feedback.got


def test_unknown_dialect_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown dialect"):
        grade_design("CREATE TABLE t (a INT PRIMARY KEY);", "oracle")
