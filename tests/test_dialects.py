"""A learner's answer, translated from their dialect, returns what their own database would return."""

from __future__ import annotations

import tomllib
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

import duckdb
import pytest
import sqlglot

from checkers.sql.constructs import constructs
from checkers.sql.dialects import RefusedQuery, SqlSyntaxError, translate
from checkers.sql.published import published_schema

CASES = Path(__file__).parent / "cases" / "dialects"
DIALECT_CASES = tomllib.loads((CASES / "cases.toml").read_text(encoding="utf-8"))["case"]
SYNTAX_CASES = tomllib.loads((CASES / "syntax_errors.toml").read_text(encoding="utf-8"))["case"]
CONSTRUCT_CASES = tomllib.loads((CASES / "constructs.toml").read_text(encoding="utf-8"))["case"]


@pytest.fixture(scope="module")
def fixture_db():
    con = duckdb.connect(":memory:")
    con.execute((files("exercises") / "step-02" / "schema.sql").read_text(encoding="utf-8"))
    con.execute((CASES / "fixture.sql").read_text(encoding="utf-8"))
    yield con
    con.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    """The rows of `sql`, numbers compared by value to 9 decimals whatever their type."""
    def norm(value: object) -> object:
        if isinstance(value, Decimal | float) and not isinstance(value, bool):
            return round(float(value), 9)
        return value
    return [tuple(norm(value) for value in row) for row in con.execute(sql).fetchall()]


@pytest.mark.parametrize("case", DIALECT_CASES, ids=[case["name"] for case in DIALECT_CASES])
def test_translation_returns_what_the_learners_database_returns(case, fixture_db):
    translation = translate(case["sql"], case["dialect"], published_schema())
    assert rows(fixture_db, translation.duckdb_sql) == rows(fixture_db, case["expected"]), translation.duckdb_sql
    expected_notes = case.get("notes", [])
    for words in expected_notes:
        assert any(words in note for note in translation.notes), (words, translation.notes)
    assert len(translation.notes) <= len(expected_notes), translation.notes
    assert translation.clock_calls == ()


@pytest.mark.parametrize("case", [c for c in DIALECT_CASES if "differs_from" in c],
                         ids=[c["name"] for c in DIALECT_CASES if "differs_from" in c])
def test_case_would_fail_without_the_adaptation(case, fixture_db):
    naive = case["sql"]
    if case["differs_from"] == "sqlglot":
        naive = sqlglot.transpile(case["sql"], read=case["dialect"], write="duckdb")[0]
    try:
        got = rows(fixture_db, naive)
    except duckdb.Error:
        return
    assert got != rows(fixture_db, case["expected"])


@pytest.mark.parametrize(("dialect", "sql"), [
    ("postgres", "SELECT o.order_id, r.name FROM orders o JOIN restaurants r ON r.restaurant_id = o.restaurant_id "
                 "GROUP BY o.order_id"),
    ("mysql", "SELECT r.restaurant_id, o.status FROM restaurants r JOIN orders o ON o.restaurant_id = r.restaurant_id "
              "GROUP BY r.restaurant_id"),
    ("mysql", "SELECT r.restaurant_id, o.restaurant_id FROM restaurants r LEFT JOIN orders o "
              "ON o.restaurant_id = r.restaurant_id AND o.placed_at > r.opened_on GROUP BY r.restaurant_id"),
])
def test_columns_not_determined_by_the_grouped_key_stay_refused(dialect, sql, fixture_db):
    translation = translate(sql, dialect, published_schema())
    with pytest.raises(duckdb.BinderException, match="GROUP BY"):
        fixture_db.execute(translation.duckdb_sql)


@pytest.mark.parametrize(("dialect", "sql", "calls"), [
    ("postgres", "SELECT * FROM orders WHERE placed_at > CURRENT_DATE - 7 AND placed_at < NOW()",
     ("CURRENT_DATE", "NOW()")),
    ("mysql", "SELECT CURDATE(), current_timestamp, SYSDATE(), curdate()",
     ("CURDATE()", "CURRENT_TIMESTAMP", "SYSDATE()")),
    ("duckdb", "SELECT today(), 'now()' AS label, \"current_date\" FROM (SELECT 1 AS \"current_date\")", ("TODAY()",)),
    ("postgres", "SELECT DATE '2026-06-30' - INTERVAL '7 days'", ()),
])
def test_clock_calls_are_listed_once_as_written(dialect, sql, calls):
    assert translate(sql, dialect, published_schema()).clock_calls == calls


@pytest.mark.parametrize("case", SYNTAX_CASES, ids=[case["sql"][:60] for case in SYNTAX_CASES])
def test_syntax_error_points_at_the_line_and_column_of_the_answer(case):
    with pytest.raises(SqlSyntaxError) as caught:
        translate(case["sql"], case.get("dialect", "postgres"), published_schema())
    assert (caught.value.line, caught.value.column) == (case["line"], case["column"]), caught.value.message
    assert case["message"] in caught.value.message


@pytest.mark.parametrize("sql", ["", "   \n", "-- just a comment\n/* and another */", ";"])
def test_empty_answer_has_its_own_message(sql):
    with pytest.raises(RefusedQuery, match="no SQL"):
        translate(sql, "postgres", published_schema())


def test_tree_is_the_learners_own_and_duckdb_sql_is_adapted():
    translation = translate("SELECT name FROM users WHERE name LIKE 'a%'", "mysql", published_schema())
    assert translation.tree.find(sqlglot.exp.Like) is not None
    assert "ILIKE" in translation.duckdb_sql


def test_unknown_dialect_is_a_programming_error():
    with pytest.raises(ValueError, match="sqlite"):
        translate("SELECT 1", "sqlite", published_schema())


def test_published_schema_lists_tables_columns_and_keys():
    schema = published_schema()
    assert list(schema.tables) == ["users", "restaurants", "items", "orders", "order_items", "payments"]
    assert schema.tables["orders"]["order_id"] == "INTEGER"
    assert schema.tables["restaurants"]["rating"] == "DECIMAL(2,1)"
    assert list(schema.tables["order_items"]) == ["order_id", "item_id", "quantity", "unit_price"]
    assert schema.primary_keys["order_items"] == ("order_id", "item_id")
    assert "phone" in schema.nullable["users"] and "name" not in schema.nullable["users"]
    assert schema.mapping()["users"]["signup_date"] == "DATE"


@pytest.mark.parametrize("case", CONSTRUCT_CASES, ids=[case["sql"][:60] for case in CONSTRUCT_CASES])
def test_constructs_names_what_the_answer_uses(case):
    tree = sqlglot.parse_one(case["sql"], read=case.get("dialect", "postgres"))
    assert constructs(tree) == frozenset(case["constructs"])
