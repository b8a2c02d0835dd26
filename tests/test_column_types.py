"""A column the question asks for as a DATE: a DATE passes; a timestamp or text of the right value fails in
PostgreSQL and DuckDB and passes with a note in MySQL; the feedback names the column, its type and a value."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from checkers.sql.column_types import check_date_columns
from checkers.sql.dataset.cache import dataset_files
from checkers.sql.questions import load_questions
from checkers.sql.sandbox import QueryResult, open_dataset, run_query
from tests.conftest import run_grade

MONTH = date(2026, 1, 1)

# (case name, the value the learner's first column holds, dialect, "pass" / "note" / "fail", phrase in the message)
CASES = [
    ("a DATE", MONTH, "postgres", "pass", ""),
    ("a DATE in MySQL", MONTH, "mysql", "pass", ""),
    ("DATE_TRUNC's timestamp in DuckDB", datetime(2026, 1, 1), "duckdb", "fail", "TIMESTAMP (2026-01-01 00:00:00)"),
    ("DATE_TRUNC's timestamp in PostgreSQL", datetime(2026, 1, 1), "postgres", "fail", "not a DATE"),
    ("TO_CHAR's text in PostgreSQL", "2026-01-01", "postgres", "fail", "is text ('2026-01-01')"),
    ("STRFTIME's text in DuckDB", "2026-01-01", "duckdb", "fail", "is text"),
    ("DATE_FORMAT's text in MySQL", "2026-01-01", "mysql", "note", "is text ('2026-01-01')"),
    ("a DATETIME in MySQL", datetime(2026, 1, 1), "mysql", "note", "is a DATETIME (2026-01-01 00:00:00)"),
]


@pytest.mark.parametrize(("value", "dialect", "verdict", "phrase"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_date_column_type(value, dialect, verdict, phrase):
    result = QueryResult(("month", "revenue"), [(None, 1), (value, 2)])
    check = check_date_columns(result, (1,), dialect)
    assert ("fail" if check.failure else "note" if check.notes else "pass") == verdict
    message = check.failure or " ".join(check.notes)
    assert phrase in message
    if verdict != "pass":
        assert "column 1 (month)" in message


def test_columns_not_named_as_dates_are_not_checked():
    result = QueryResult(("month", "label"), [(MONTH, "2026-01")])
    assert check_date_columns(result, (1,), "postgres").failure == ""
    assert check_date_columns(result, (), "postgres").failure == ""


def test_an_all_null_column_says_nothing():
    assert check_date_columns(QueryResult(("month",), [(None,)]), (1,), "duckdb").failure == ""


def test_a_timestamp_month_fails_naming_a_public_value_only(tmp_path):
    """Through `grade step-2`: DATE_TRUNC's timestamp fails q04 in DuckDB, and the value quoted comes from the public
    dataset (a hidden dataset's rows are never shown)."""
    public = next(d for d in dataset_files() if not d.hidden)
    con = open_dataset(public.path)
    try:
        first_month = run_query(con, load_questions()[3].sql).rows[0][0]
    finally:
        con.close()
    answer = tmp_path / "queries.sql"
    answer.write_text("-- dialect: duckdb\n-- q04\nSELECT DATE_TRUNC('month', o.placed_at), SUM(oi.quantity * "
                      "oi.unit_price), COUNT(DISTINCT o.order_id) FROM orders o JOIN order_items oi USING (order_id) "
                      "WHERE o.status = 'delivered' GROUP BY 1 ORDER BY 1\n")
    result = run_grade("step-2", answer, "--only", "q04", "--format", "json")
    outcome = json.loads(result.stdout)["outcomes"][0]
    assert outcome["status"] == "fail"
    assert f"TIMESTAMP ({first_month.isoformat()} 00:00:00), not a DATE" in outcome["feedback"]["got"]
