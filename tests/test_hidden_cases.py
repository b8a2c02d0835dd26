"""exercises/step-02/hidden_cases.toml names, per question, the edge case each hidden dataset probes there."""

from __future__ import annotations

import re

import duckdb
import pytest

from checkers.sql.compare import compare
from checkers.sql.dataset.cache import DatasetFile, dataset_files
from checkers.sql.dataset.hidden import HIDDEN_DATASETS
from checkers.sql.dataset.hidden.base import base
from checkers.sql.hidden_cases import hidden_cases, parse_hidden_cases
from checkers.sql.questions import load_questions
from checkers.sql.sandbox import open_dataset, run_query
from grader.steps import SpecError
from tests.support.mutants import mutants, rejects


@pytest.fixture(scope="module")
def sensitive_pairs() -> dict[tuple[str, str], str]:
    """(question, hidden dataset) pairs that dataset's own rows test for that question, each with the reason.

    Every hidden dataset is the small base world plus rows of its theme. A pair needs its phrase when those added
    rows matter to the question, which is the case when
    - the question's reference result on the dataset differs from its result on the base world alone (the added
      rows change the right answer, so an answer that mishandles them gets another one), or
    - some almost-right query (a mutant of the reference, tests/support/mutants.py) is right on the base world and
      wrong on the dataset (the added rows catch a plausible mistake even where the right answer does not move).
    Pairs outside both are only ever failed through the base rows, which the public data exercises too; the
    dataset's general phrase is fair there.
    """
    world = duckdb.connect(":memory:")
    base().load(world)
    hidden = [(d, open_dataset(d.path)) for d in dataset_files() if d.hidden]
    pairs: dict[tuple[str, str], str] = {}
    try:
        for question in load_questions():
            plain = run_query(world, question.sql)
            expected = {d.name: run_query(con, question.sql) for d, con in hidden}
            for dataset, _ in hidden:
                if compare(plain, expected[dataset.name], question.order_keys) is not None:
                    pairs[question.id, dataset.name] = "its rows change the reference result"
            for mutant in mutants(question.id, question.sql):
                if rejects(plain, mutant.sql, world, question.order_keys):
                    continue
                for dataset, con in hidden:
                    if rejects(expected[dataset.name], mutant.sql, con, question.order_keys):
                        pairs.setdefault((question.id, dataset.name), f"its rows reject {mutant.id}: {mutant.sql}")
    finally:
        world.close()
        for _, con in hidden:
            con.close()
    return pairs


def test_every_sensitive_pair_names_its_edge_case(sensitive_pairs):
    missing = {pair: why for pair, why in sensitive_pairs.items() if pair not in hidden_cases()}
    assert not missing, "add these to exercises/step-02/hidden_cases.toml:\n" + "\n".join(
        f"[{question}] {dataset} = ...  ({why})" for (question, dataset), why in sorted(missing.items()))


def test_phrases_never_quote_hidden_rows():
    """A phrase names a kind of case; no name, email or code found only in a hidden dataset's rows (unless the
    question's own text uses it, as q07 does with 'Pune')."""
    questions = {question.id: question.text.lower() for question in load_questions()}
    public, *hidden = dataset_files()
    texts = set().union(*map(_texts, hidden)) - _texts(public)
    for (question, dataset), phrase in hidden_cases().items():
        quoted = {text for text in texts if re.search(rf"\b{re.escape(text)}\b", phrase.lower())
                  and text not in questions[question]}
        assert not quoted, f"[{question}] {dataset} quotes hidden values: {sorted(quoted)}"


def _texts(dataset: DatasetFile) -> set[str]:
    """Every text value longer than 3 characters in the dataset's tables, in lower case."""
    con = open_dataset(dataset.path)
    try:
        columns = con.execute("SELECT table_name, column_name FROM information_schema.columns "
                              "WHERE data_type = 'VARCHAR'").fetchall()
        return {value.lower() for table, column in columns
                for (value,) in con.execute(f'SELECT DISTINCT "{column}" FROM "{table}"').fetchall()
                if value and len(value) > 3}
    finally:
        con.close()


@pytest.mark.parametrize(("text", "message"), [
    ('[q99]\nnulls = "a case"', r"\[q99\] is not a question"),
    ('[q07]\nno-such-dataset = "a case"', "no hidden dataset has that name"),
    ('[q07]\nnulls = "  "', "non-empty text"),
    ('q07 = "a case"', "must be a table"),
    ('[q07\nnulls = "a case"', "hidden_cases.toml"),
])
def test_a_wrong_entry_fails_loudly(text, message):
    with pytest.raises(SpecError, match=message):
        parse_hidden_cases(text)


def test_every_shipped_entry_is_for_a_known_question_and_dataset():
    names = {dataset.name for dataset in HIDDEN_DATASETS}
    assert {dataset for _, dataset in hidden_cases()} <= names
