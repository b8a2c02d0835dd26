"""A required construct counts in every honest form and in no faked one, in each dialect; the feedback says why.

Each file in tests/cases/constructs is named after a construct a question can require and holds cases: an answer,
its dialect, whether the construct counts there, and (when it does not) a phrase the feedback must contain.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from checkers.sql.constructs import constructs, missing_constructs
from checkers.sql.dialects import translate
from checkers.sql.published import published_schema

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
