"""Judges one learner answer against one question: translate, refuse what is unsafe, run on every dataset, compare."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from checkers.sql.answer_key import AnswerKey
from checkers.sql.column_types import check_date_columns
from checkers.sql.compare import Mismatch, compare, format_row
from checkers.sql.constructs import missing_constructs
from checkers.sql.dataset.cache import DatasetFile
from checkers.sql.dialects import RefusedQuery, SqlSyntaxError, Translation, translate
from checkers.sql.difference import Difference, difference
from checkers.sql.hidden_cases import case_phrase
from checkers.sql.published import PublishedSchema
from checkers.sql.questions import Question
from checkers.sql.sandbox import (
    DatasetConnections,
    QueryFailed,
    QueryResult,
    QueryTimeout,
    QueryTooLarge,
    run_query,
)
from checkers.sql.sections import Answer
from grader.outcome import Feedback, Outcome
from grader.text import capped

REFERENCE_DATE = "DATE '2026-06-30'"
DIALECT_NAMES = {"duckdb": "DuckDB", "postgres": "PostgreSQL", "mysql": "MySQL"}


@dataclass(frozen=True)
class Judge:
    """Everything needed to judge answers in one run: the learner's file, the dialect, the datasets and the key."""

    source: str
    dialect: str
    schema: PublishedSchema
    datasets: Sequence[DatasetFile]
    connections: DatasetConnections
    key: AnswerKey

    def judge(self, question: Question, answer: Answer | None) -> Outcome:
        """The outcome of one question."""
        qid, title, points = question.outcome_id, question.title, question.points
        reproduce = f"grade step-2 {self.source} --only {question.id}"
        if answer is None or answer.is_blank:
            return Outcome.failed(qid, title, points, self._missing(question, answer, reproduce))
        try:
            translation = translate(answer.sql, self.dialect, self.schema)
        except SqlSyntaxError as exc:
            line = answer.first_line + max(exc.line, 1) - 1
            return Outcome.failed(qid, title, points, Feedback(
                did=f"parsed your answer as {DIALECT_NAMES[self.dialect]}",
                got=f"a syntax error at line {line} of {self.source}: {exc.message}",
                hint="Fix the SQL near that line. If you wrote another dialect, say so with --dialect "
                     "(duckdb, postgres or mysql).",
                reproduce=reproduce))
        except RefusedQuery as exc:
            return Outcome.failed(qid, title, points, Feedback(
                did=f"checked that the answer at line {answer.first_line} is one read-only query",
                got=str(exc),
                hint="Keep only the query that answers the question: the grader reads the data, it never changes "
                     "it, and files and settings are out of reach.",
                reproduce=reproduce))
        if translation.clock_calls:
            calls = ", ".join(translation.clock_calls)
            return Outcome.failed(qid, title, points, Feedback(
                did="read your answer",
                got=f"it calls {calls}, which reads today's date from the clock",
                expected=f"the reference date {REFERENCE_DATE}: the data is frozen on that day",
                hint=f"Write {REFERENCE_DATE} instead of {calls}, so the answer does not change with the day "
                     "you run it.",
                reproduce=reproduce))
        return self._run_everywhere(question, answer, translation, reproduce)

    def _missing(self, question: Question, answer: Answer | None, reproduce: str) -> Feedback:
        if answer is None:
            got = f"no section for {question.id}"
            hint = (f"Put your query under a line `-- {question.id}`; `grade init step-2` writes a file with "
                    "every marker.")
        else:
            got = f"the {question.id} section (line {answer.marker_line}) holds only comments"
            hint = f"Write your query below line {answer.marker_line}, before the next marker."
        return Feedback(did=f"looked in {self.source} for a section starting with `-- {question.id}`",
                        expected=f"one query answering: {question.title}", got=got, hint=hint, reproduce=reproduce)

    def _did(self, translation: Translation, dataset: DatasetFile, question: Question) -> str:
        where = "the public dataset" if not dataset.hidden else f"a hidden dataset with {_case(question, dataset)}"
        did = f"ran your answer ({DIALECT_NAMES[self.dialect]}) on {where}"
        return "\n".join([did, *translation.notes])

    def _run_everywhere(self, question: Question, answer: Answer, translation: Translation,
                        reproduce: str) -> Outcome:
        qid, title, points = question.outcome_id, question.title, question.points
        public = QueryResult((), [])  # its column types are checked; a hidden dataset's values are never shown
        for dataset, con in zip(self.datasets, self.connections.for_this_thread(), strict=True):
            expected = self.key[question.id, dataset.name]
            if isinstance(expected, str):
                return Outcome.errored(qid, title, points, Feedback(
                    did=self._did(translation, dataset, question), got=expected,
                    hint="This is the grader's fault, not yours: please report it."))
            try:
                got = run_query(con, translation.duckdb_sql)
                public = got if not dataset.hidden else public
            except QueryFailed as exc:
                feedback = self._query_failed(exc, question, answer, translation, dataset, reproduce)
                return Outcome.failed(qid, title, points, feedback)
            mismatch = compare(expected, got, question.order_keys)
            if mismatch is not None:
                kind = difference(expected, got, mismatch, question.order_keys)
                return Outcome.failed(qid, title, points,
                                      self._wrong_result(mismatch, kind, question, translation, dataset, reproduce))
        typed = check_date_columns(public, question.date_columns, self.dialect)
        if typed.failure:
            return Outcome.failed(qid, title, points, Feedback(
                did="ran your answer on every dataset: the values are right", expected="the column as a DATE, as "
                "the question asks", got=typed.failure, hint=typed.hint, reproduce=reproduce))
        gap = missing_constructs(translation.tree, question.requires, self.dialect, self.schema)
        if gap is not None:
            return Outcome.failed(qid, title, points, Feedback(
                did="ran your answer on every dataset: the rows are right", expected=gap.expected, got=gap.got,
                hint=gap.hint, reproduce=reproduce))
        everywhere = "ran your answer on the public dataset and every hidden dataset: all match"
        notes = [*translation.notes, *typed.notes]
        return Outcome.passed(qid, title, points, Feedback(did="\n".join([everywhere, *notes])))

    def _query_failed(self, exc: QueryFailed, question: Question, answer: Answer, translation: Translation,
                      dataset: DatasetFile, reproduce: str) -> Feedback:
        if isinstance(exc, QueryTimeout):
            got, hint = (f"the query was {exc}",
                         "Look for a missing join condition (a cross join multiplies rows) or a recursive CTE "
                         "that never stops.")
        elif isinstance(exc, QueryTooLarge):
            got, hint = (f"the query {exc}", "Check your joins and filters: the answer is far smaller than that.")
        else:
            got, hint = self._refused(exc, answer)
        return Feedback(did=self._did(translation, dataset, question), got=got, hint=hint,
                        reproduce=self._reproduce(translation, dataset, reproduce))

    def _refused(self, exc: QueryFailed, answer: Answer) -> tuple[str, str]:
        where = f"line {answer.first_line} of {self.source}"
        if self.dialect == "duckdb":
            return (f"DuckDB refused your answer ({where}): {capped(str(exc))}",
                    "Read the database's message: it names the column, table or function it could not use.")
        name = DIALECT_NAMES[self.dialect]
        return (f"your answer ({where}), translated from {name} to DuckDB to run it, was refused: {capped(str(exc))}",
                "Read the message: it names the column, table or function that could not be used. If the query "
                f"runs as it is in {name}, the translation may be at fault: tell your instructor, and try a more "
                "standard spelling (e.g. CAST, EXTRACT, COALESCE) meanwhile.")

    def _reproduce(self, translation: Translation, dataset: DatasetFile, reproduce: str) -> str:
        if dataset.hidden:
            return reproduce
        return (f"{reproduce}\nor run it yourself on the public dataset, the DuckDB file {dataset.path}, "
                f"as the grader ran it:\n{capped(translation.duckdb_sql)}")

    def _wrong_result(self, mismatch: Mismatch, kind: Difference | None, question: Question,
                      translation: Translation, dataset: DatasetFile, reproduce: str) -> Feedback:
        shape = f"{mismatch.expected_rows} rows x {mismatch.expected_columns} columns"
        summary = mismatch.summary() + (f"; {kind.what}" if kind else "")
        if dataset.hidden:
            return Feedback(
                did=self._did(translation, dataset, question),
                expected=f"{shape} (the rows of a hidden dataset are not shown)",
                got=summary,
                hint=f"Your answer is right on the public data but not with {_case(question, dataset)}. "
                     + (kind.hint if kind else _hint(mismatch)),
                reproduce=reproduce)
        got = [summary]
        if mismatch.missing:
            got.append("rows we expected but did not get:\n" + _rows(mismatch.missing))
        if mismatch.unexpected:
            got.append("rows we did not expect:\n" + _rows(mismatch.unexpected))
        return Feedback(
            did=self._did(translation, dataset, question),
            expected=shape + (", in the order the question asks" if mismatch.kind == "order" else ""),
            got="\n".join(got),
            hint=kind.hint if kind else _hint(mismatch),
            reproduce=self._reproduce(translation, dataset, reproduce))


def _case(question: Question, dataset: DatasetFile) -> str:
    return case_phrase(question.id, dataset.name, dataset.probes)


def _rows(rows: Sequence[tuple]) -> str:
    return "\n".join(f"  {format_row(row)}" for row in rows)


def _hint(mismatch: Mismatch) -> str:
    if mismatch.kind == "columns":
        return "Return exactly the columns the question lists, in that order (names do not matter)."
    if mismatch.kind == "column_order":
        return "List the columns in the SELECT in the order the question gives them."
    if mismatch.kind == "order":
        return "The rows are right; check ORDER BY against the order the question asks for, tie-break included."
    if mismatch.got_rows > mismatch.expected_rows:
        return "You return extra rows: check for a missing filter, a join that duplicates rows, or a missing DISTINCT."
    if mismatch.got_rows < mismatch.expected_rows:
        return "You return too few rows: check for an inner join that should be an outer join, or a filter too strict."
    return "The row count is right but some values differ: check the calculations, filters and rounding."
