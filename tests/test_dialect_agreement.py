"""A right answer passes whichever database it was written for: the datasets hold no case where the learner's database
would answer a question differently from the reference (rounding a half-way value, ordering or grouping texts)."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest

from checkers.sql.compare import compare
from checkers.sql.dataset.cache import dataset_files
from checkers.sql.dialects import translate
from checkers.sql.published import published_schema
from checkers.sql.questions import load_questions
from checkers.sql.sandbox import open_dataset, run_query

DATASETS = dataset_files()


@pytest.fixture(scope="module", params=DATASETS, ids=[d.name for d in DATASETS])
def dataset(request):
    con = open_dataset(request.param.path)
    yield request.param, con
    con.close()


@pytest.mark.parametrize("dialect", ["postgres", "mysql"])
def test_the_reference_read_in_each_dialect_answers_as_the_reference(dataset, dialect):
    """The reference runs in DuckDB, which rounds the DOUBLE of a quotient or an AVG; PostgreSQL and MySQL round the
    exact decimal. On a value exactly half-way (83.85 to one decimal) they disagree, and a right answer in
    PostgreSQL would fail: no dataset may hold such a value for a question."""
    data, con = dataset
    for question in load_questions():
        adapted = translate(question.sql, dialect, published_schema()).duckdb_sql
        mismatch = compare(run_query(con, question.sql), run_query(con, adapted), question.order_keys)
        assert mismatch is None, f"{question.id} on {data.name}: {mismatch.summary()}"


def _collation_keys(value: object) -> tuple:
    """How a case- and accent-insensitive collation (MySQL's default, PostgreSQL's en_US) compares a text first:
    letters and digits only, in lower case."""
    return (re.sub(r"[^0-9a-z]", "", value.lower()),) if isinstance(value, str) else (value,)


def test_the_asked_order_is_the_same_in_every_collation(dataset):
    """The reference sorts texts by their bytes ('SAVE20' before 'none'); MySQL and many PostgreSQL installations
    sort them as a dictionary does. Rows the question orders by a text must come out the same in both."""
    data, con = dataset
    for question in (q for q in load_questions() if q.order_keys):
        rows = run_query(con, question.sql).rows
        keys = [tuple(row[k - 1] for k in question.order_keys) for row in rows]
        for before, after in pairwise(keys):
            for a, b in zip(before, after, strict=True):
                if a == b:
                    continue
                if isinstance(a, str) and isinstance(b, str):
                    assert _collation_keys(a) != _collation_keys(b), (
                        f"{question.id} on {data.name}: {a!r} and {b!r} tie in a case-insensitive collation")
                    assert (a < b) == (_collation_keys(a) < _collation_keys(b)), (
                        f"{question.id} on {data.name}: {a!r} and {b!r} sort the other way in a dictionary order")
                break


def test_no_two_texts_differ_only_in_case(dataset):
    """MySQL groups, joins and compares 'SAVE10' and 'save10' (or a user's 'pune' and a restaurant's 'Pune') as one
    text; the reference keeps them apart. No two texts anywhere in a dataset may differ only in case."""
    data, con = dataset
    columns = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                          "WHERE data_type = 'VARCHAR'").fetchall()
    seen: dict[str, tuple[str, str]] = {}
    for table, column in columns:
        values = con.execute(f'SELECT DISTINCT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL').fetchall()
        for (value,) in values:
            first = seen.setdefault(value.lower(), (value, f"{table}.{column}"))
            assert first[0] == value, f"{data.name}: {first[1]} has {first[0]!r} and {table}.{column} has {value!r}"
