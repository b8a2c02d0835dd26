"""Turns one learner answer, written for DuckDB, PostgreSQL or MySQL, into DuckDB SQL that means the same thing."""

from __future__ import annotations

from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, SqlglotError
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.tokens import Token, TokenType

from checkers.sql.exact_rounding import exact_rounding
from checkers.sql.group_by_keys import add_dependent_columns
from checkers.sql.mysql_functions import mysql_functions
from checkers.sql.mysql_having import mysql_having_as_row_filter
from checkers.sql.mysql_text import mysql_text_arguments, mysql_text_comparisons
from checkers.sql.null_order import null_order_notes
from checkers.sql.published import PublishedSchema
from checkers.sql.safety import AnswerRejected, RefusedQuery, ensure_read_only, ensure_single_query
from checkers.sql.strict_syntax import strict_syntax_problem
from checkers.sql.to_char import to_char
from checkers.sql.tokens import UnclosedText, quiet_sqlglot, tokenize

__all__ = ["AnswerRejected", "RefusedQuery", "SqlSyntaxError", "Translation", "translate"]

DIALECTS = {"duckdb": "DuckDB", "postgres": "PostgreSQL", "mysql": "MySQL"}
CLOCK_WORDS = {"CURRENT_DATE", "CURRENT_TIMESTAMP", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME"}
CLOCK_FUNCTIONS = {"NOW", "CURDATE", "CURTIME", "SYSDATE", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP", "TODAY",
                   "CLOCK_TIMESTAMP", "STATEMENT_TIMESTAMP", "TRANSACTION_TIMESTAMP", "GET_CURRENT_TIMESTAMP",
                   "CURRENT_LOCALTIMESTAMP", "TIMEOFDAY"} | CLOCK_WORDS
DEFAULT_SCHEMA = {"duckdb": "main", "postgres": "public"}
NUMERIC_IN_POSTGRES = (exp.Extract, exp.Round, exp.Ceil, exp.Floor)


class SqlSyntaxError(AnswerRejected):
    """The answer does not parse in the learner's dialect; line and column are 1-based within the answer."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column


@dataclass(frozen=True)
class Translation:
    """The DuckDB SQL to run, the tree as the learner wrote it, what was adapted, and any clock calls."""

    duckdb_sql: str
    tree: exp.Expression
    notes: tuple[str, ...]
    clock_calls: tuple[str, ...]


WARM_UP_SQL = ("SELECT u.city, COUNT(*) AS n FROM users AS u JOIN orders AS o ON o.user_id = u.user_id "
               "WHERE u.name LIKE 'A%' GROUP BY u.city HAVING COUNT(*) > 1 ORDER BY n DESC LIMIT 3")


def warm_up(dialect: str, schema: PublishedSchema) -> None:
    """Translate once on this thread before answers are translated on several: sqlglot builds some tables lazily
    on a dialect's first use, and that is not safe to race (two threads reading MySQL at once can fail on backticks)."""
    translate(WARM_UP_SQL.replace("u.city", "`u`.`city`") if dialect == "mysql" else WARM_UP_SQL, dialect, schema)


def translate(sql: str, dialect: str, schema: PublishedSchema) -> Translation:
    """Parse `sql` as `dialect`, refuse anything but one read-only query, and adapt it to behave as there."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
    with quiet_sqlglot():
        tokens = _tokens(sql, dialect)
        ensure_single_query(tokens)
        tree = _parse(sql, dialect, tokens)
        ensure_read_only(tree, schema, dialect)
        work = tree.copy()
        notes = _adapt(work, dialect, schema, tokens, sql)
        duckdb_sql = work.sql("duckdb")
    return Translation(duckdb_sql, tree, tuple(notes), _clock_calls(tokens))


def _tokens(sql: str, dialect: str) -> list[Token]:
    try:
        return tokenize(dialect, sql)
    except UnclosedText as exc:
        raise SqlSyntaxError(str(exc), exc.line, 1) from None


def _parse(sql: str, dialect: str, tokens: list[Token]) -> exp.Expression:
    """The one statement; else the first syntax error, counting what the learner's database rejects and sqlglot not."""
    strict = strict_syntax_problem(tokens, sql, dialect)
    error = SqlSyntaxError(strict.message, strict.line, strict.column) if strict else None
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except ParseError as exc:
        first = exc.errors[0] if exc.errors else {}
        parsed = SqlSyntaxError(_plain(first, str(exc)), first.get("line") or 1, first.get("col") or 1)
        if error is None or (parsed.line, parsed.column) < (error.line, error.column):
            raise parsed from exc
        raise error from None
    except SqlglotError as exc:
        raise SqlSyntaxError(str(exc), 1, 1) from exc
    if error is not None:
        raise error
    return statements[0]


def _plain(error: dict, fallback: str) -> str:
    """sqlglot's parse error in a learner's words: what is wrong, next to which word."""
    description, word = error.get("description") or fallback, error.get("highlight") or ""
    if description.startswith(("Required keyword", "Expected")):
        return f"something is missing after {word!r}"
    if description.startswith("Invalid expression"):
        return f"unexpected {word!r}"
    if description.startswith("Expecting "):
        return f"expected {description.removeprefix('Expecting ')} near {word!r}"
    return f"{description} near {word!r}" if word else description


def _clock_calls(tokens: list[Token]) -> tuple[str, ...]:
    calls: list[str] = []
    for index, token in enumerate(tokens):
        if token.token_type in (TokenType.STRING, TokenType.IDENTIFIER) or token.text.upper() not in CLOCK_FUNCTIONS:
            continue
        called = index + 1 < len(tokens) and tokens[index + 1].token_type == TokenType.L_PAREN
        if called or token.text.upper() in CLOCK_WORDS:
            calls.append(token.text.upper() + ("()" if called else ""))
    return tuple(dict.fromkeys(calls))


def _adapt(work: exp.Expression, dialect: str, schema: PublishedSchema, tokens: list[Token], sql: str) -> list[str]:
    _strip_default_schema(work, dialect)
    if dialect == "duckdb":
        return []
    notes = mysql_having_as_row_filter(work) if dialect == "mysql" else []
    typed = _typed_copy(work, dialect, schema)
    notes += null_order_notes(work, dialect, typed, schema, tokens)
    notes += add_dependent_columns(work, typed, schema, DIALECTS[dialect], through_joins=dialect == "mysql")
    if dialect == "postgres":
        notes += _integer_division(work, typed)
        notes += _postgres_functions(work)
    else:
        mysql_text_arguments(work, typed)
        notes += mysql_text_comparisons(work, typed)
        notes += mysql_functions(work, typed, tokens, sql)
    exact_rounding(work)
    return notes


def _strip_default_schema(work: exp.Expression, dialect: str) -> None:
    """`public.orders` (PostgreSQL) and `main.orders` (DuckDB) are the published tables themselves."""
    for table in work.find_all(exp.Table):
        if table.args.get("db") and table.args["db"].name.lower() == DEFAULT_SCHEMA.get(dialect):
            table.set("db", None)


def _typed_copy(work: exp.Expression, dialect: str, schema: PublishedSchema) -> dict[int, exp.Expression]:
    """A qualified, type-annotated copy of `work`, as a map from each original node's id() to its copy."""
    originals = {}
    for number, node in enumerate(work.walk()):
        node.meta["node"] = number
        originals[number] = id(node)
    copy = work.copy()
    try:
        qualify(copy, schema=schema.mapping(), dialect=dialect, expand_stars=False, quote_identifiers=False,
                identify=False, validate_qualify_columns=False)
        annotate_types(copy, schema=schema.mapping(), dialect=dialect)
    except SqlglotError:
        return {}
    finally:
        for node in work.walk():
            node.meta.pop("node", None)
    return {originals[node.meta["node"]]: node for node in copy.walk() if "node" in node.meta}


def _integer_division(work: exp.Expression, typed: dict[int, exp.Expression]) -> list[str]:
    """Give each `/` the operand types sqlglot inferred, so it writes integer ÷ integer as truncating division."""
    applied = False
    for division in work.find_all(exp.Div):
        copy = typed.get(id(division))
        if copy is None or not all(_postgres_integer(side) for side in (copy.left, copy.right)):
            continue
        division.left.type, division.right.type = copy.left.type, copy.right.type
        applied = True
    if not applied:
        return []
    return ["PostgreSQL divides an integer by an integer without a fraction (7 / 2 = 3), so it was run that way; "
            "multiply by 1.0 first if you want decimals."]


def _postgres_integer(operand: exp.Expression) -> bool:
    """Typed integer by sqlglot and by PostgreSQL too, where EXTRACT, ROUND, CEIL and FLOOR give numeric or double."""
    if not operand.is_type(*exp.DataType.INTEGER_TYPES):
        return False
    return isinstance(operand.unnest(), exp.Cast) or not operand.find(*NUMERIC_IN_POSTGRES)


def _postgres_functions(work: exp.Expression) -> list[str]:
    notes: list[str] = []
    for cast in list(work.find_all(exp.Cast)):
        target = cast.to
        if target.is_type(exp.DataType.Type.DECIMAL) and not target.expressions:
            cast.set("to", exp.DataType.build("DECIMAL(38, 10)"))
            _once(notes, "PostgreSQL's NUMERIC keeps every digit while DuckDB's plain DECIMAL keeps 3 decimals, "
                         "so NUMERIC was run as DECIMAL(38, 10).")
    for call in list(work.find_all(exp.Anonymous)):
        if call.name.upper() == "EVERY" and len(call.expressions) == 1:
            call.replace(exp.func("BOOL_AND", call.expressions[0]))
    for call in list(work.find_all(exp.TimeToStr)):
        pattern = Dialect.get_or_raise("postgres").generator().format_time(call) or ""
        if any(digit in pattern for digit in "09"):
            _once(notes, "TO_CHAR with a number pattern is not supported here; use ROUND() or CAST(... AS TEXT).")
            continue
        call.replace(to_char(call.this, pattern[1:-1].replace("''", "'")))
    return notes


def _once(notes: list[str], note: str) -> None:
    if note not in notes:
        notes.append(note)
