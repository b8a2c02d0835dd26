"""Differently written right answers all pass: join vs subquery, CTE, window function, each dialect.

Each file in tests/cases/alternatives is `qNN-<how>.<dialect>.sql` holding one answer under its marker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from checkers.sql.answer_key import answer_key
from checkers.sql.dataset.cache import dataset_files
from checkers.sql.judge import Judge
from checkers.sql.published import published_schema
from checkers.sql.questions import load_questions
from checkers.sql.sandbox import DatasetConnections
from checkers.sql.sections import split_answers
from grader.outcome import Status

CASES = sorted((Path(__file__).parent / "cases" / "alternatives").glob("q*.sql"))


@pytest.fixture(scope="module")
def judges():
    datasets = dataset_files()
    connections = DatasetConnections([d.path for d in datasets])
    key = answer_key(load_questions(), datasets)
    yield {d: Judge("answer.sql", d, published_schema(), datasets, connections, key)
           for d in ("duckdb", "postgres", "mysql")}
    connections.close()


def test_every_question_has_at_least_three_alternatives():
    counts = {q.id: sum(1 for c in CASES if c.name.startswith(q.id + "-")) for q in load_questions()}
    assert all(n >= 3 for n in counts.values()), counts


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_alternative_right_answer_passes(case: Path, judges):
    dialect = case.suffixes[-2].lstrip(".")
    number = int(case.name[1:3])
    parsed = split_answers(case.read_text(), range(1, 21))
    assert list(parsed.answers) == [number], f"{case.name} must hold exactly its own marker"
    question = load_questions()[number - 1]
    outcome = judges[dialect].judge(question, parsed.answers[number])
    assert outcome.status is Status.PASS, f"{outcome.feedback}"
