"""The DDL parses and runs: syntax, refused statements, broken references, and what DuckDB said when it ran it."""

from __future__ import annotations

from dataclasses import dataclass

from checkers.sql.design.model import Problem, Schema
from checkers.sql.design.rules import PARSES, listing
from checkers.sql.design.statements import NAMES as DIALECTS
from checkers.sql.design.statements import Statement
from grader.outcome import Outcome

STRUCTURAL = ("CREATE", "ALTER", "DROP")
NOTES = {
    "data": "ignored: only the design is graded, not data or queries",
    "session": "not run: a schema needs no session settings or transactions",
    "other-ddl": "not graded: views, functions, triggers and schemas are not part of this check",
    "ctas": "ignored: CREATE TABLE ... AS SELECT copies a query; write the table's columns out instead",
}


@dataclass(frozen=True)
class ParseResult:
    """The parses-and-runs outcome, and why the other checks cannot run ("" when they can)."""

    outcome: Outcome
    blocked: str


def _syntax_message(statement: Statement) -> str:
    return f"line {statement.error_line}: syntax error in `{statement.summary}`: {statement.error}"


def _within(problem: Problem, statement: Statement) -> bool:
    return statement.line <= problem.line <= statement.line + statement.text.count("\n")


def _duckdb_only(duckdb: list[Problem], schema: Schema, statements: list[Statement]) -> list[Problem]:
    """DuckDB errors for statements the model has not already explained (one message per mistake)."""
    kept = []
    for problem in duckdb:
        statement = next((s for s in statements if s.line == problem.line), None)
        if statement is None or not any(_within(p, statement) for p in schema.problems):
            kept.append(problem)
    return kept


def _notes(statements: list[Statement], schema: Schema) -> list[str]:
    notes = [f"line {s.line}: `{s.summary}` {NOTES[s.kind]}" for s in statements if s.kind in NOTES]
    return notes + schema.notes


def _hint(syntax: list[Statement], refused: list[Statement], problems: list[Problem], dialect: str) -> str:
    name = DIALECTS.get(dialect, dialect)
    if syntax:
        return (f"Fix the statement at line {syntax[0].error_line} so that it is valid {name} (a missing comma or "
                f"parenthesis, or a misspelt keyword, is the usual cause); then run the file in {name} to check.")
    if refused:
        return ("Remove the refused statements: a schema file holds only CREATE TABLE, CREATE TYPE, CREATE INDEX, "
                "ALTER TABLE, DROP and COMMENT statements.")
    if problems and "DuckDB:" in problems[0].message:
        return (f"DuckDB ran your statement after translating it from {name}; its message names the part it did not "
                "accept. Check the type or expression it names, e.g. `price DECIMAL(10, 2) NOT NULL`.")
    return ("Create each table before anything that names it, and reference only columns that exist and are a "
            "PRIMARY KEY or UNIQUE, e.g. `user_id INTEGER NOT NULL REFERENCES users (user_id)`.")


def check_parses(statements: list[Statement], schema: Schema, duckdb: list[Problem], dialect: str) -> ParseResult:
    """Every statement parses in the learner's dialect, nothing unsafe is asked for, and the tables run in DuckDB."""
    name = DIALECTS.get(dialect, dialect)
    syntax = [s for s in statements if s.kind == "syntax"]
    refused = [s for s in statements if s.kind == "refused"]
    problems = sorted(schema.problems + _duckdb_only(duckdb, schema, statements), key=lambda p: p.line)
    notes = _notes(statements, schema)
    did = (f"Parsed the file's {len(statements)} statement(s) as {name} with sqlglot, checked every foreign key, "
           f"index and ALTER TABLE against the tables, and ran the CREATE statements in an empty DuckDB.")
    if notes:
        did += "\nNotes:\n" + listing(notes)
    errors = [_syntax_message(s) for s in syntax]
    errors += [f"line {s.line}: `{s.summary}` refused and not run: {s.error}" for s in refused]
    errors += [f"line {p.line}: {p.message}" for p in problems]
    blocking = [s for s in syntax if s.text.lstrip().upper().startswith(STRUCTURAL)]
    if blocking:
        blocked = (f"Not checked: the statement at line {blocking[0].error_line} could not be read, so the design "
                   "is incomplete. Fix the syntax error first (see parses-and-runs).")
    elif not schema.tables:
        blocked = "Not checked: the file creates no tables (see parses-and-runs)."
    else:
        blocked = ""
    if not errors and not schema.tables:
        errors.append("no CREATE TABLE statement" + (" (the file holds only comments)" if not statements else ""))
    if not errors:
        return ParseResult(PARSES.passed(did, got=f"{len(schema.tables)} table(s): {', '.join(schema.tables)}"), "")
    expected = f"Every statement is valid {name} and the file creates the tables of your design."
    hint = _hint(syntax, refused, problems, dialect)
    if not schema.tables and not syntax and not refused and not problems:
        hint = "Write one CREATE TABLE statement per entity, e.g. " + \
            "`CREATE TABLE users (user_id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);`"
    first = next((s for s in syntax + refused), None)
    reproduce = f"line {first.line}: {first.summary}" if first else ""
    return ParseResult(PARSES.failed(did, expected, listing(errors), hint, reproduce), blocked)


def unreadable(line: int, message: str, dialect: str) -> ParseResult:
    """The outcome when the file cannot even be cut into statements."""
    name = DIALECTS.get(dialect, dialect)
    outcome = PARSES.failed(
        did=f"Tried to read the file as {name} SQL with sqlglot.",
        expected="A file of SQL statements separated by semicolons.",
        got=f"line {line}: {message}",
        hint="Close the quote ' or \" or the /* comment that starts on that line.",
        reproduce=f"line {line}",
    )
    return ParseResult(outcome, f"Not checked: the file could not be read past line {line} (see parses-and-runs).")
