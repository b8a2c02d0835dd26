"""A wrong answer's feedback names the kind of mistake and, on a hidden dataset, the edge case it probes for that
question, and never shows a hidden row or value."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

import pytest

from checkers.sql.compare import compare, format_row
from checkers.sql.dataset.cache import dataset_files
from checkers.sql.dialects import translate
from checkers.sql.difference import DIFFERENCES, difference
from checkers.sql.hidden_cases import hidden_cases
from checkers.sql.published import published_schema
from checkers.sql.questions import load_questions
from checkers.sql.sandbox import QueryResult, open_dataset, run_query
from tests.conftest import run_grade

FAN_OUT_Q09 = """SELECT s.order_id, s.method, s.amount,
       (SELECT COUNT(*) FROM payments f2 WHERE f2.order_id = s.order_id AND f2.status = 'failed') AS failed_attempts
FROM payments s JOIN payments f ON f.order_id = s.order_id AND f.status = 'failed'
WHERE s.status = 'success'"""
MERGED_Q09 = """SELECT s.order_id, s.method, s.amount, COUNT(f.payment_id) AS failed_attempts
FROM payments s JOIN payments f ON f.order_id = s.order_id AND f.status = 'failed'
WHERE s.status = 'success' GROUP BY s.order_id, s.method, s.amount"""
Q19 = """WITH revenue AS (
    SELECT o.restaurant_id, SUM(oi.quantity * oi.unit_price) AS revenue FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id WHERE o.status = 'delivered' GROUP BY o.restaurant_id)
SELECT r.name, COUNT(DISTINCT r.city) AS cities, COUNT(*) AS branches, {revenue} AS revenue
FROM restaurants r LEFT JOIN revenue v ON v.restaurant_id = r.restaurant_id
GROUP BY r.name HAVING {having} > 1 ORDER BY revenue DESC NULLS LAST, r.name"""
Q15 = """WITH totals AS (
    SELECT o.order_id, o.restaurant_id, o.placed_at, SUM(oi.quantity * oi.unit_price) AS total FROM orders o
    JOIN order_items oi ON oi.order_id = o.order_id WHERE o.status = 'delivered'
    GROUP BY o.order_id, o.restaurant_id, o.placed_at)
SELECT t.order_id, t.restaurant_id, t.total FROM totals t WHERE t.placed_at >= DATE '2026-06-01'
  AND t.total >= (SELECT AVG(a.total) FROM totals a WHERE a.restaurant_id = t.restaurant_id) ORDER BY t.order_id"""

# (question, broken answer in PostgreSQL, the hidden dataset that catches it, the kind of difference)
HIDDEN_CASES = [
    ("q19", Q19.format(revenue="SUM(v.revenue)", having="COUNT(DISTINCT r.city)"), "same-name", "null_for_zero"),
    ("q19", Q19.format(revenue="COALESCE(SUM(v.revenue), 0)", having="COUNT(r.city)"), "same-name", "extra_rows"),
    ("q01", "SELECT city, COUNT(*), COUNT(rating), COALESCE(ROUND(AVG(rating), 2), 0) FROM restaurants "
            "GROUP BY city ORDER BY city", "never-ordered", "zero_for_null"),
    ("q09", FAN_OUT_Q09, "payments", "duplicates"),
    ("q09", MERGED_Q09, "payments", "multiplied"),
    ("q15", Q15, "ties", "extra_rows"),
    ("q18", "SELECT user_id, name, email FROM users WHERE phone IS NULL "
            "AND user_id IN (SELECT user_id FROM orders WHERE placed_at > DATE '2026-01-01')", "nulls", "missing_rows"),
    ("q02", "SELECT o.order_id, r.name, r.city, o.status, o.placed_at, SUM(oi.quantity * oi.unit_price) FROM orders o "
            "JOIN restaurants r ON r.restaurant_id = o.restaurant_id JOIN order_items oi ON oi.order_id = o.order_id "
            "WHERE o.user_id = 1 GROUP BY o.order_id, r.name, r.city, o.status, o.placed_at ORDER BY o.placed_at DESC",
     "boundaries", "tie_break"),
]


def _feedback(tmp_path, question: str, sql: str) -> dict:
    path = tmp_path / "queries.sql"
    path.write_text(f"-- dialect: postgres\n-- {question}\n{sql};\n")
    result = run_grade("step-2", path, "--only", question, "--format", "json")
    assert "Traceback" not in result.stderr
    (outcome,) = json.loads(result.stdout)["outcomes"]
    assert outcome["status"] == "fail", outcome
    return outcome["feedback"]


def _shown(value: object) -> str | None:
    """How a value that could give a hidden row away would appear in the output: texts, fractions, moments."""
    if isinstance(value, str) and len(value) > 3:
        return value
    if isinstance(value, Decimal | float) and value != int(value):
        return format_row([value])[1:-1]
    if isinstance(value, date | datetime):
        return format_row([value])[1:-1]
    return None


def _hidden_values(question: str, sql: str, dataset: str) -> set[str]:
    """Every telling value of the reference rows and of the learner's rows on that hidden dataset."""
    reference = next(q for q in load_questions() if q.id == question).sql
    learner = translate(sql, "postgres", published_schema()).duckdb_sql
    (path,) = [d.path for d in dataset_files() if d.name == dataset]
    con = open_dataset(path)
    try:
        rows = [*run_query(con, reference).rows, *run_query(con, learner).rows]
    finally:
        con.close()
    return {shown for row in rows for value in row if (shown := _shown(value)) is not None}


@pytest.mark.parametrize(("question", "sql", "dataset", "kind"), HIDDEN_CASES,
                         ids=[f"{q}-{kind}" for q, _, _, kind in HIDDEN_CASES])
def test_a_mistake_on_hidden_data_names_the_case_and_the_kind_and_no_value(tmp_path, question, sql, dataset, kind):
    feedback = _feedback(tmp_path, question, sql)
    assert f"a hidden dataset with {hidden_cases()[question, dataset]}" in feedback["did"]
    assert DIFFERENCES[kind].what in feedback["got"] and DIFFERENCES[kind].hint in feedback["hint"]
    text = json.dumps(feedback, ensure_ascii=False)
    assert "rows we expected" not in text and "rows we did not expect" not in text and ".duckdb" not in text
    leaked = {value for value in _hidden_values(question, sql, dataset) if value in text}
    assert not leaked, f"hidden values in the feedback: {sorted(leaked)}"


def test_a_count_of_one_for_nobody_on_the_public_data_is_named_beside_the_rows(tmp_path):
    feedback = _feedback(tmp_path, "q07", "SELECT u.user_id, u.name, COUNT(*), "
                         "COUNT(CASE WHEN o.status = 'delivered' THEN 1 END) FROM users u LEFT JOIN orders o "
                         "ON o.user_id = u.user_id WHERE u.city = 'Pune' GROUP BY u.user_id, u.name ORDER BY 1")
    assert "the public dataset" in feedback["did"] and "rows we expected" in feedback["got"]
    assert DIFFERENCES["one_for_zero"].what in feedback["got"] and feedback["hint"] == DIFFERENCES["one_for_zero"].hint


def _result(*rows: tuple) -> QueryResult:
    return QueryResult(tuple(f"c{i}" for i in range(len(rows[0]) if rows else 1)), list(rows))


@pytest.mark.parametrize(("expected", "got", "order_keys", "kind"), [
    ([("upi", Decimal("83.9"))], [("upi", 83.8)], (), "rounding"),
    ([("upi", Decimal("83.9"))], [("upi", 83.8667)], (), "unrounded"),
    ([("upi", Decimal("66.7"))], [("upi", 66)], (), "truncated"),
    ([("Pune", 3)], [("pune", 3)], (), "text_case"),
    ([(1, date(2026, 6, 1))], [(1, date(2026, 5, 31))], (), "moment"),
    ([(1, "Pune", None)], [(1, "Pune", Decimal("4.2"))], (), "value_for_null"),
    ([(1, "Pune", Decimal("4.2"))], [(1, "Pune", None)], (), "null_value"),
    ([(1, "a", 500), (2, "b", 500), (3, "c", 400)], [(1, "a", 500), (9, "z", 500), (3, "c", 400)], (3, 1), "tie"),
    ([(1, "a", 5), (2, "b", 4)], [(7, "y", 9), (8, "z", 8)], (), "swapped"),
    ([(1, 500), (2, 400)], [(2, 400), (1, 500)], (2,), "order"),
    ([(1, 500), (2, 500)], [(2, 500), (1, 500)], (2, 1), "tie_break"),
    ([(1, None), (2, 4)], [(2, 4), (1, None)], (2,), "null_order"),
    ([(1, 4.1666666, 5.0)], [(1, 4.16666667, 6.0)], (), "number"),
])
def test_the_kind_of_difference_is_named(expected, got, order_keys, kind):
    want, have = _result(*expected), _result(*got)
    mismatch = compare(want, have, order_keys)
    assert mismatch is not None
    assert difference(want, have, mismatch, order_keys) == DIFFERENCES[kind]


def test_column_problems_keep_their_own_words():
    want, have = _result((1, 2)), _result((1,))
    assert difference(want, have, compare(want, have), ()) is None


ROUNDED_TWICE_Q10 = """SELECT method, COUNT(*), SUM(CASE WHEN status = 'success' THEN 1 ELSE 0 END),
       SUM(CASE WHEN status = 'failed' THEN 1 ELSE 0 END),
       ROUND(ROUND(100.0 * SUM(CASE WHEN status = 'success' THEN 1 ELSE 0 END) / COUNT(*), 2), 1)
FROM payments GROUP BY method ORDER BY method"""


@pytest.mark.parametrize(("dialect", "status"), [("postgres", "fail"), ("mysql", "fail"), ("duckdb", "pass")])
def test_an_answer_rounded_twice_is_judged_as_its_own_database_rounds(tmp_path, dialect, status):
    """The issue's example, checked on PostgreSQL 15 and MariaDB 10.11: a success rate of 83.8475 rounded to 83.85,
    then to one decimal, is 83.9 there (exact decimals) and 83.8 in DuckDB (the DOUBLE just below 83.85). The
    question wants 83.8, so the answer is wrong in PostgreSQL and MySQL, and right in DuckDB."""
    path = tmp_path / "queries.sql"
    path.write_text(f"-- dialect: {dialect}\n-- q10\n{ROUNDED_TWICE_Q10};\n")
    result = run_grade("step-2", path, "--only", "q10", "--format", "json")
    (outcome,) = json.loads(result.stdout)["outcomes"]
    assert outcome["status"] == status, outcome["feedback"]
    if status == "fail":
        assert DIFFERENCES["rounding"].what in outcome["feedback"]["got"]
        assert outcome["feedback"]["hint"] == DIFFERENCES["rounding"].hint
