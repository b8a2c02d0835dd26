"""Hostile and runaway answers, graded end to end: refused or stopped, and the rest of the file still graded."""

from __future__ import annotations

import json
import os

from grader.cache import cache_root
from tests.conftest import SAMPLES, run_grade


def _outcomes(result) -> dict[str, dict]:
    assert "Traceback" not in result.stderr
    return {o["id"].split("/")[1]: o for o in json.loads(result.stdout)["outcomes"]}


def _listing(folder) -> dict[str, float]:
    return {str(p.relative_to(folder)): p.stat().st_mtime for p in folder.rglob("*")}


def test_hostile_answers_are_refused_and_touch_nothing(tmp_path):
    (tmp_path / "secret.csv").write_text("card,pin\n4111,1234\n")
    key_files = sorted(cache_root().glob("step-02/*/answers-*.pickle"))
    key = key_files[0] if key_files else cache_root() / "answers.pickle"
    attacks = [
        f"COPY (SELECT * FROM users) TO '{tmp_path}/leak.csv'",
        f"SELECT * FROM read_blob('{key}')",
        f"SELECT * FROM read_csv('{tmp_path}/secret.csv')",
        f"ATTACH '{tmp_path}/other.duckdb' AS other",
        "SELECT * FROM 'secret.csv'",
        "INSTALL httpfs",
        "SELECT 1; DROP TABLE users",
        "PRAGMA database_list",
        "SET memory_limit = '20GB'",
        f"SELECT * FROM query('SELECT * FROM read_text(''{tmp_path}/secret.csv'')')",
        f"WITH x AS (SELECT 1) SELECT * FROM glob('{tmp_path}/*')",
        "SELECT current_setting('memory_limit')",
    ]
    answers = "".join(f"-- q{n:02d}\n{sql};\n" for n, sql in enumerate(attacks, start=1))
    (tmp_path / "attack.sql").write_text(answers)
    before = _listing(tmp_path)
    result = run_grade("step-2", "attack.sql", "--dialect", "duckdb", "--format", "json", cwd=tmp_path,
                       env={"GRADER_CACHE_DIR": str(cache_root())})
    assert result.returncode == 1
    outcomes = _outcomes(result)
    for n, sql in enumerate(attacks, start=1):
        outcome = outcomes[f"q{n:02d}"]
        assert outcome["status"] == "fail", sql
        assert "read-only" in outcome["feedback"]["got"] or "refused" in outcome["feedback"]["got"].lower(), sql
    assert _listing(tmp_path) == {**before, "attack.sql": before["attack.sql"]}


def test_a_runaway_query_is_stopped_and_the_rest_is_still_graded(tmp_path):
    reference = (SAMPLES / "step-02" / "correct-duckdb.sql").read_text()
    runaway = "-- q01\nSELECT count(*) FROM orders a, orders b, orders c, orders d;\n"
    endless = "-- q05\nWITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT max(n) FROM r;\n"
    (tmp_path / "answers.sql").write_text(reference + "\n" + runaway + endless)
    result = run_grade("step-2", tmp_path / "answers.sql", "--format", "json")
    assert result.returncode == 1
    outcomes = _outcomes(result)
    for qid in ("q01", "q05"):
        assert outcomes[qid]["status"] == "fail"
        got = outcomes[qid]["feedback"]["got"]
        assert "stopped after" in got or "memory limit" in got, got
    assert all(o["status"] == "pass" for qid, o in outcomes.items() if qid not in ("q01", "q05"))
    assert os.listdir(tmp_path) == ["answers.sql"]


def test_an_answer_nested_too_deeply_to_read_fails_its_question_alone(tmp_path):
    reference = (SAMPLES / "step-02" / "correct-duckdb.sql").read_text()
    nested = "SELECT 1"
    for _ in range(80):
        nested = f"SELECT ({nested})"
    (tmp_path / "answers.sql").write_text(f"{reference}\n-- q03\n{nested};\n")
    result = run_grade("step-2", tmp_path / "answers.sql", "--format", "json")
    assert result.returncode == 1
    outcomes = _outcomes(result)
    assert outcomes["q03"]["status"] == "fail"
    assert "nests parentheses or subqueries more deeply" in outcomes["q03"]["feedback"]["got"]
    assert all(o["status"] == "pass" for qid, o in outcomes.items() if qid != "q03")
