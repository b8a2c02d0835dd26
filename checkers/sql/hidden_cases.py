"""What each hidden dataset probes for each question, in a learner's words: exercises/step-02/hidden_cases.toml."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib.resources import files

from checkers.sql.dataset.hidden import HIDDEN_DATASETS
from checkers.sql.questions import load_questions
from grader.steps import SpecError

__all__ = ["case_phrase", "hidden_cases", "parse_hidden_cases"]


@cache
def hidden_cases() -> dict[tuple[str, str], str]:
    """(question id, hidden dataset name) → the phrase, from the file shipped with the grader."""
    return parse_hidden_cases((files("exercises") / "step-02" / "hidden_cases.toml").read_text(encoding="utf-8"))


def parse_hidden_cases(text: str) -> dict[tuple[str, str], str]:
    """The phrases in `text`; SpecError for an unknown question or dataset, or an empty phrase."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SpecError(f"hidden_cases.toml: {exc}") from None
    questions = {question.id for question in load_questions()}
    datasets = {dataset.name for dataset in HIDDEN_DATASETS}
    cases: dict[tuple[str, str], str] = {}
    for question, table in data.items():
        if question not in questions:
            raise SpecError(f"hidden_cases.toml: [{question}] is not a question (use q01..q{len(questions):02d})")
        if not isinstance(table, dict):
            raise SpecError(f"hidden_cases.toml: {question} must be a table [{question}]")
        for dataset, phrase in table.items():
            if dataset not in datasets:
                raise SpecError(f"hidden_cases.toml: [{question}] {dataset}: no hidden dataset has that name "
                                f"(there are {', '.join(sorted(datasets))})")
            if not isinstance(phrase, str) or not phrase.strip():
                raise SpecError(f"hidden_cases.toml: [{question}] {dataset}: the phrase must be a non-empty text")
            cases[question, dataset] = phrase.strip()
    return cases


def case_phrase(question: str, dataset: str, probes: str) -> str:
    """The edge case `dataset` probes for `question`; the dataset's general `probes` phrase where none is written."""
    return hidden_cases().get((question, dataset), probes)
