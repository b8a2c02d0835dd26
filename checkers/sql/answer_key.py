"""The reference results of every question on every dataset, computed once and cached beside the datasets."""

from __future__ import annotations

import os
import pickle
from collections.abc import Sequence

from checkers.sql.dataset.cache import DatasetFile
from checkers.sql.questions import Question, questions_digest
from checkers.sql.sandbox import QueryFailed, QueryResult, open_dataset, run_query

AnswerKey = dict[tuple[str, str], QueryResult | str]


def answer_key(questions: Sequence[Question], datasets: Sequence[DatasetFile]) -> AnswerKey:
    """(question id, dataset name) → the reference result, or the reason the reference itself failed.

    The file lives in the grader's cache folder, which learner SQL cannot read: DuckDB runs it with file access off.
    """
    path = datasets[0].path.parent / f"answers-{questions_digest()}.pickle"
    try:
        with open(path, "rb") as handle:
            key: AnswerKey = pickle.load(handle)
        if all((q.id, d.name) in key for q in questions for d in datasets):
            return key
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    key = _compute(questions, datasets)
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    with open(temporary, "wb") as handle:
        pickle.dump(key, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)
    return key


def _compute(questions: Sequence[Question], datasets: Sequence[DatasetFile]) -> AnswerKey:
    key: AnswerKey = {}
    for dataset in datasets:
        con = open_dataset(dataset.path)
        try:
            for question in questions:
                try:
                    key[question.id, dataset.name] = run_query(con, question.sql)
                except QueryFailed as exc:
                    key[question.id, dataset.name] = f"the reference answer failed: {exc}"
        finally:
            con.close()
    return key
