"""A required construct counts in every honest form and in no faked one, in each dialect; the feedback says why.

Each file in tests/cases/constructs is named after a construct a question can require and holds cases: an answer,
its dialect, whether the construct counts there, and (when it does not) a phrase the feedback must contain.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from checkers.sql.constructs import constructs, missing_constructs
from checkers.sql.dialects import translate
from checkers.sql.published import published_schema
from tests.conftest import SAMPLES, run_grade
from tests.support.overlay import compose

FOLDER = Path(__file__).parent / "cases" / "constructs"
CASES = [(path.stem, case) for path in sorted(FOLDER.glob("*.toml"))
         for case in tomllib.loads(path.read_text(encoding="utf-8"))["case"]]


@pytest.mark.parametrize(("construct", "case"), CASES, ids=[f"{name}: {case['name']}" for name, case in CASES])
def test_construct_counts_only_where_it_does_work(construct: str, case: dict):
    schema = published_schema()
    tree = translate(case["sql"], case["dialect"], schema).tree
    gap = missing_constructs(tree, (construct,), case["dialect"], schema)
    if case["counts"]:
        assert gap is None, gap
        return
    assert gap is not None, f"{construct} should not count"
    assert case["because"] in gap.got, gap.got
    assert gap.hint and gap.expected


def test_every_construct_has_cases_both_ways_in_every_dialect():
    for name in {name for name, _ in CASES}:
        for verdict in (True, False):
            dialects = {case["dialect"] for n, case in CASES if n == name and case["counts"] is verdict}
            assert dialects == {"duckdb", "postgres", "mysql"}, (name, verdict)


def test_a_with_query_is_a_cte_and_satisfies_a_required_subquery():
    sql = "WITH t AS (SELECT city, COUNT(*) AS n FROM restaurants GROUP BY city) SELECT city FROM t WHERE n > 1"
    tree = translate(sql, "postgres", published_schema()).tree
    assert "cte" in constructs(tree) and "subquery" not in constructs(tree)
    assert missing_constructs(tree, ("subquery",), "postgres", published_schema()) is None


@pytest.mark.parametrize(("sample", "question", "phrase"), [
    ("broken-fake-anti-join", "q05", "your NOT EXISTS subquery does not refer to the outer query"),
    ("broken-unused-window", "q14", "it computes the column n of a subquery, which no query around it uses"),
    ("broken-fake-subquery", "q15", "only lists rows of a table as they are"),
])
def test_grade_says_why_a_faked_construct_does_not_count(sample: str, question: str, phrase: str, tmp_path: Path):
    """Through `grade step-2`: the faked technique's question fails with the reason in plain words."""
    answer = tmp_path / "queries.sql"
    answer.write_text(compose(SAMPLES / "step-02" / f"{sample}.sql"))
    result = run_grade("step-2", answer, "--only", question, "--format", "json")
    outcome = json.loads(result.stdout)["outcomes"][0]
    assert outcome["status"] == "fail"
    assert phrase in outcome["feedback"]["got"]
    assert "the rows are right" in outcome["feedback"]["did"]
