"""The twenty step-2 questions: well formed, and every reference answer runs everywhere with a unique order."""

from __future__ import annotations

import re
from datetime import date

import pytest
import sqlglot

from checkers.sql.dataset.cache import dataset_files
from checkers.sql.questions import load_questions
from checkers.sql.sandbox import open_dataset, run_query

QUESTIONS = load_questions()
REVENUE_SQL = re.compile(r"quantity\s*\*\s*(?:\w+\.)?unit_price", re.IGNORECASE)


@pytest.fixture(scope="module")
def datasets():
    files = dataset_files()
    connections = [(d, open_dataset(d.path)) for d in files]
    yield connections
    for _, con in connections:
        con.close()


def test_twenty_questions_worth_one_hundred_points():
    assert [q.id for q in QUESTIONS] == [f"q{n:02d}" for n in range(1, 21)]
    assert sum(q.points for q in QUESTIONS) == 100
    assert len({q.title for q in QUESTIONS}) == 20


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_question_is_consistent(question):
    text = " ".join(question.text.split())
    top_level_order = sqlglot.parse_one(question.sql, read="duckdb").args.get("order")
    assert question.ordered == bool(question.order_keys) == bool(top_level_order)
    assert ("order by" in text.lower()) == question.ordered
    assert ("any order" in text.lower()) != question.ordered
    if question.requires:
        assert "Use " in text, "a required construct must be asked for in the text"
    if REVENUE_SQL.search(question.sql):
        assert "quantity x unit_price" in text, "say how the total or revenue is computed"


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_a_column_asked_for_as_a_date_is_checked_as_one(datasets, question):
    """The text names a DATE exactly when date_columns says which column, and the reference returns DATEs there."""
    text = " ".join(question.text.split())
    assert ("as a DATE" in text) == bool(question.date_columns)
    result = run_query(datasets[0][1], question.sql)
    for position in question.date_columns:
        values = {type(row[position - 1]) for row in result.rows if row[position - 1] is not None}
        assert values == {date}, f"{question.id} column {position}"


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_reference_runs_on_every_dataset(datasets, question):
    for dataset, con in datasets:
        result = run_query(con, question.sql)
        assert all(1 <= k <= len(result.columns) for k in question.order_keys)
        if not dataset.hidden:
            assert result.rows, f"{question.id} returns nothing on the public dataset"


@pytest.mark.parametrize("question", [q for q in QUESTIONS if q.ordered], ids=lambda q: q.id)
def test_reference_order_is_total(datasets, question):
    """No two rows share their sort keys, even past a LIMIT: the answer and its order are unique."""
    unlimited = sqlglot.parse_one(question.sql, read="duckdb")
    unlimited.set("limit", None)
    for dataset, con in datasets:
        result = run_query(con, unlimited.sql(dialect="duckdb"))
        keys = [tuple(row[k - 1] for k in question.order_keys) for row in result.rows]
        assert len(set(keys)) == len(keys), f"{question.id} has ties on its order keys in {dataset.name}"


@pytest.mark.parametrize("user_question", ["q02", "q14"])
def test_user_one_has_orders_on_the_public_dataset(datasets, user_question):
    question = next(q for q in QUESTIONS if q.id == user_question)
    public = datasets[0][1]
    assert len(run_query(public, question.sql).rows) >= 3
