"""Step 2's checker: twenty SQL answers graded on every dataset, and optionally the learner's own schema design."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from importlib.resources import files
from pathlib import Path

import click

from checkers.sql.answer_key import answer_key
from checkers.sql.dataset.cache import dataset_files
from checkers.sql.dialects import warm_up
from checkers.sql.judge import DIALECT_NAMES, Judge
from checkers.sql.published import published_schema
from checkers.sql.questions import Question, load_questions
from checkers.sql.sandbox import DatasetConnections
from checkers.sql.sections import Answer, header_dialect, split_answers
from grader.checker import Checker, Event, Notice, PlannedOutcome
from grader.inputs import read_text_file
from grader.outcome import CannotGrade, Feedback, Outcome
from grader.parallelism import threads

DEFAULT_DIALECT = "postgres"
WORKERS = 2


def _selected(only: tuple[str, ...]) -> list[Question]:
    questions = load_questions()
    if not only:
        return list(questions)
    wanted: set[int] = set()
    for item in (part.strip() for value in only for part in value.split(",") if part.strip()):
        match = re.fullmatch(r"(?:q|question)?\s*0*(\d+)", item, re.IGNORECASE)
        if not match or not 1 <= int(match.group(1)) <= len(questions):
            raise CannotGrade(f"--only {item}: there is no such question; use q01 to q{len(questions):02d}")
        wanted.add(int(match.group(1)))
    return [q for q in questions if q.number in wanted]


def grade(path: Path | None, dialect: str | None, only: tuple[str, ...], schema: Path | None) -> Iterator[Event]:
    """Read everything first (so an unreadable file is one line and exit 2), then yield outcomes in question order."""
    if path is None and schema is None:
        raise CannotGrade("give your answer file (grade step-2 queries.sql), or --schema my-schema.sql, or both")
    selected = _selected(only)
    answers = None
    if path is not None:
        text = read_text_file(path, "an SQL file with your answers")
        answers = split_answers(text, range(1, len(load_questions()) + 1))
        if not answers.answers:
            raise CannotGrade(f"{path} has no question markers such as `-- q01`; put one above each answer "
                              "(`grade init step-2` writes a starter file)")
    design_text = read_text_file(schema, "your schema (CREATE TABLE statements)") if schema else None
    answers_dialect = _dialect(dialect, path, answers.dialect if answers else None)
    design_dialect = _dialect(dialect, schema, header_dialect(design_text) if design_text else None, answers_dialect)
    if answers is not None:
        yield from (Notice(warning) for warning in answers.warnings)
        yield from _grade_answers(str(path), answers_dialect, selected, answers.answers)
    if design_text is not None:
        from checkers.sql.design import grade_design  # imported only when a design is graded: it is not free

        yield from grade_design(design_text, design_dialect)


def _dialect(given: str | None, path: Path | None, in_file: str | None, fallback: str = DEFAULT_DIALECT) -> str:
    """--dialect wins, then the file's own `-- dialect:` line, then the fallback."""
    if in_file and in_file not in DIALECT_NAMES:
        raise CannotGrade(f"{path}: unknown dialect {in_file!r} in its `-- dialect:` line; use duckdb, postgres, mysql")
    return given or in_file or fallback


def _grade_answers(source: str, dialect: str, selected: list[Question], answers: dict) -> Iterator[Event]:
    """Questions are judged on two threads (DuckDB runs without the GIL); outcomes still come in question order."""
    datasets = dataset_files()
    key = answer_key(load_questions(), datasets)
    connections = DatasetConnections([d.path for d in datasets])
    judge = Judge(source, dialect, published_schema(), datasets, connections, key)
    warm_up(dialect, published_schema())
    try:
        with ThreadPoolExecutor(max_workers=threads(WORKERS)) as pool:
            yield from pool.map(lambda q: _judge_one(judge, q, answers.get(q.number)), selected)
    finally:
        connections.close()


def _judge_one(judge: Judge, question: Question, answer: Answer | None) -> Outcome:
    """One question's outcome whatever happens: too deep a query is the learner's to fix, another crash the grader's."""
    reproduce = f"grade step-2 {judge.source} --only {question.id}"
    try:
        return judge.judge(question, answer)
    except RecursionError:
        return Outcome.failed(question.outcome_id, question.title, question.points, Feedback(
            did=f"read your answer at line {answer.first_line if answer else 1}",
            got="it nests parentheses or subqueries more deeply than the grader reads (a few dozen levels)",
            hint="No question needs more than a few levels: name the inner steps with WITH queries instead.",
            reproduce=reproduce))
    except Exception as exc:  # noqa: BLE001 - a crash on one question must not lose the others' outcomes
        return Outcome.errored(question.outcome_id, question.title, question.points, Feedback(
            did="judged your answer", got=f"the grader failed on this question ({type(exc).__name__})",
            hint="This is the grader's fault, not yours: please report it with your file.", reproduce=reproduce))


def planned() -> list[PlannedOutcome]:
    from checkers.sql.design import DESIGN_RULES

    items = [PlannedOutcome(q.outcome_id, q.title, q.points, q.text) for q in load_questions()]
    items += [PlannedOutcome(f"step-2/design/{slug}", f"{title} (with --schema)", points)
              for slug, title, points in DESIGN_RULES]
    return items


def planned_for(only: tuple[str, ...], schema: Path | None, path: Path | None, **_: object) -> list[PlannedOutcome]:
    """The questions --only selects when answers are graded, and the design rules when --schema is given."""
    chosen = {q.outcome_id for q in _selected(only)} if path is not None else set()
    return [p for p in planned() if p.id in chosen or (schema is not None and "/design/" in p.id)]


def starter_files() -> dict[str, str]:
    """queries.sql with a marked section per question, and the published schema for reference."""
    lines = [
        "-- Step 2: twenty queries on the food-delivery database. The tables are in schema.sql beside this file.",
        f"-- dialect: {DEFAULT_DIALECT}",
        "-- (change the line above to mysql or duckdb if that is what you write)",
        "-- Write each answer under its marker, then run: grade step-2 queries.sql",
        "-- \"Today\" in the data is DATE '2026-06-30'.",
        "",
    ]
    for question in load_questions():
        lines.append(f"-- {question.id}. {question.title} ({question.points:g} points)")
        lines += [f"-- {line}".rstrip() for line in question.text.strip().splitlines()]
        lines += ["", ""]
    schema_sql = (files("exercises") / "step-02" / "schema.sql").read_text(encoding="utf-8")
    return {"queries.sql": "\n".join(lines), "schema.sql": schema_sql}


def describe(path: Path | None, schema: Path | None, **_: object) -> str:
    return " + ".join(str(p) for p in (path, schema) if p is not None)


CHECKER = Checker(
    step=2,
    params=(
        click.Argument(["path"], required=False, type=click.Path(path_type=Path)),
        click.Option(["--dialect"], type=click.Choice(sorted(DIALECT_NAMES)), default=None,
                     help=f"The SQL dialect you wrote (default: a `-- dialect:` line in the file, else "
                          f"{DEFAULT_DIALECT})."),
        click.Option(["--only"], multiple=True, metavar="q07",
                     help="Grade only these questions (repeat, or separate with commas)."),
        click.Option(["--schema"], type=click.Path(path_type=Path),
                     help="Also grade your own schema design (CREATE TABLE statements) in this file."),
    ),
    grade=grade,
    planned=planned,
    starter_files=starter_files,
    describe_submission=describe,
    planned_for=planned_for,
)
