"""Every hostile answer is refused with a message naming what was refused, and the sandbox holds even without us."""

from __future__ import annotations

import re
import shutil
import time
from importlib.resources import files
from pathlib import Path

import duckdb
import pytest

from checkers.sql.dialects import RefusedQuery, translate
from checkers.sql.published import published_schema
from checkers.sql.sandbox import QueryFailed, QueryTimeout, open_dataset, open_scratch, run_query

HOSTILE = sorted((Path(__file__).parent / "cases" / "hostile").glob("*.sql"))
FIXTURE = Path(__file__).parent / "cases" / "dialects" / "fixture.sql"


def header(text: str, name: str) -> str | None:
    found = re.search(rf"^-- {name}: (.+)$", text, re.MULTILINE)
    return found.group(1).strip() if found else None


@pytest.fixture(scope="module")
def dataset_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("dataset") / "dataset.duckdb"
    con = duckdb.connect(str(path))
    con.execute((files("exercises") / "step-02" / "schema.sql").read_text(encoding="utf-8"))
    con.execute(FIXTURE.read_text(encoding="utf-8"))
    con.close()
    return path


@pytest.fixture
def grader_files(tmp_path: Path, dataset_file: Path) -> Path:
    """A folder holding files a hostile answer would like to read, and a dataset like the grader's."""
    (tmp_path / "answers.csv").write_text("question,answer\nq01,42\n")
    (tmp_path / "secret.txt").write_text("the grader's secret\n")
    (tmp_path / "secret.json").write_text('{"secret": 42}\n')
    shutil.copyfile(dataset_file, tmp_path / "dataset.duckdb")
    return tmp_path


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    return {t: con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in published_schema().tables}


@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_answer_is_refused_naming_what(path: Path, grader_files: Path):
    text = path.read_text(encoding="utf-8").replace("{tmp}", str(grader_files))
    with pytest.raises(RefusedQuery) as caught:
        translate(text, header(text, "dialect") or "duckdb", published_schema())
    message = str(caught.value)
    assert header(text, "refused").lower() in message.lower(), message
    assert "single read-only query" in message and message.count("\n") == 0


@pytest.mark.parametrize("opener", ["scratch", "dataset"])
@pytest.mark.parametrize("path", HOSTILE, ids=[p.stem for p in HOSTILE])
def test_hostile_answer_run_raw_in_the_sandbox_fails_or_touches_nothing(path: Path, opener: str, grader_files: Path):
    text = path.read_text(encoding="utf-8").replace("{tmp}", str(grader_files))
    before = sorted(p.name for p in grader_files.rglob("*"))
    con = open_scratch() if opener == "scratch" else open_dataset(grader_files / "dataset.duckdb")
    rows_before = counts(con) if opener == "dataset" else {}
    grader_secret = con.sql("SELECT 'the grader''s secret' AS secret")  # what a replacement scan would find  # noqa: F841
    try:
        con.execute(text).fetchall()
    except duckdb.Error:
        pass
    else:
        assert header(text, "raw") != "fails", "DuckDB ran it: the sandbox alone did not stop it"
    if opener == "dataset":
        assert counts(con) == rows_before
    con.close()
    assert sorted(p.name for p in grader_files.rglob("*")) == before


def test_a_published_query_with_ctes_and_series_is_allowed():
    sql = """
    WITH RECURSIVE days(d) AS (SELECT DATE '2026-06-01' UNION ALL SELECT d + 1 FROM days WHERE d < DATE '2026-06-30'),
         recent AS (SELECT * FROM orders WHERE placed_at >= DATE '2026-06-01')
    SELECT d, COUNT(r.order_id) FROM days LEFT JOIN recent r ON CAST(r.placed_at AS DATE) = d
    CROSS JOIN range(1) AS one(x) CROSS JOIN unnest([1]) AS u(y) CROSS JOIN generate_series(1, 1) AS g(z)
    WHERE d IN (SELECT CAST(placed_at AS DATE) FROM main.orders) GROUP BY d ORDER BY d"""
    assert "WITH RECURSIVE" in translate(sql, "duckdb", published_schema()).duckdb_sql


def test_a_cte_name_does_not_open_other_tables():
    with pytest.raises(RefusedQuery, match="secrets"):
        translate("WITH x AS (SELECT 1) SELECT * FROM x, secrets", "postgres", published_schema())


@pytest.mark.parametrize("sql", [
    "SELECT COUNT(*) FROM range(100000000) AS a(x) CROSS JOIN range(100000) AS b(y)",
    "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT MAX(n) FROM r",
])
def test_runaway_query_passes_translate_and_is_stopped_by_the_sandbox(sql: str):
    translation = translate(sql, "duckdb", published_schema())
    started = time.monotonic()
    with pytest.raises(QueryFailed) as caught:
        run_query(open_scratch(), translation.duckdb_sql, timeout=1.0)
    assert time.monotonic() - started < 10
    assert isinstance(caught.value, QueryTimeout) or "memory" in str(caught.value)


@pytest.mark.parametrize(("sql", "words"), [
    ("SELEC name FROM users", "starts with SELEC"),
    ("VALUES (1), (2)", "VALUES statements"),
    ("SELECT * FROM orders o JOIN coupons c ON c.code = o.coupon_code", "coupons"),
    ("SELECT * FROM shop.orders", "shop.orders"),
])
def test_other_answers_that_are_not_a_query_on_the_published_tables(sql: str, words: str):
    with pytest.raises(RefusedQuery, match=re.escape(words)):
        translate(sql, "mysql", published_schema())
