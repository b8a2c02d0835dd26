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

from checkers.sql.group_by_keys import add_dependent_columns, direct_tables
from checkers.sql.published import PublishedSchema
from checkers.sql.safety import AnswerRejected, RefusedQuery, ensure_read_only, ensure_single_query
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
        tree = _parse(sql, dialect)
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


def _parse(sql: str, dialect: str) -> exp.Expression:
    try:
        statements = [s for s in sqlglot.parse(sql, read=dialect) if s is not None]
    except ParseError as exc:
        first = exc.errors[0] if exc.errors else {}
        raise SqlSyntaxError(_plain(first, str(exc)), first.get("line") or 1, first.get("col") or 1) from exc
    except SqlglotError as exc:
        raise SqlSyntaxError(str(exc), 1, 1) from exc
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
    typed = _typed_copy(work, dialect, schema)
    notes = _null_order(work, dialect, typed, schema, tokens)
    notes += add_dependent_columns(work, typed, schema, DIALECTS[dialect])
    if dialect == "postgres":
        notes += _integer_division(work, typed)
        notes += _postgres_functions(work)
    else:
        notes += _mysql_text_comparisons(work)
        notes += _mysql_functions(work, tokens, sql)
    return notes


def _strip_default_schema(work: exp.Expression, dialect: str) -> None:
    """`public.orders` (PostgreSQL) and `main.orders` (DuckDB) are the published tables themselves."""
    for table in work.find_all(exp.Table):
        if table.args.get("db") and table.args["db"].name.lower() == DEFAULT_SCHEMA.get(dialect):
            table.set("db", None)


def _null_order(work: exp.Expression, dialect: str, typed: dict[int, exp.Expression], schema: PublishedSchema,
                tokens: list[Token]) -> list[str]:
    """sqlglot already writes NULLS FIRST where the learner's database puts NULLs first; this explains it when a
    sort key may be NULL."""
    if any(t.text.upper() == "NULLS" for t in tokens):
        return []
    moved = [order for order in work.find_all(exp.Ordered) if order.args.get("nulls_first")]
    if not any(_may_be_null(typed.get(id(order)), schema) for order in moved):
        return []
    if dialect == "postgres":
        return ["PostgreSQL puts NULLs first when sorting DESC, so DESC was run as DESC NULLS FIRST."]
    return ["MySQL puts NULLs first when sorting ascending, so ascending sorts were run with NULLS FIRST."]


def _may_be_null(order: exp.Expression | None, schema: PublishedSchema) -> bool:
    """False only for a COUNT, or a NOT NULL column of a published table that no outer join can blank."""
    key = order.this if order is not None else None
    select = key.find_ancestor(exp.Select) if key is not None else None
    if select is None:
        return True
    if isinstance(key, exp.Column) and not key.table:
        named = {projection.alias_or_name.lower(): projection.unalias() for projection in select.expressions}
        key = named.get(key.name.lower(), key)
    if isinstance(key, exp.Count):
        return False
    if not isinstance(key, exp.Column) or any(join.side for join in select.args.get("joins") or ()):
        return True
    tables = {table.alias_or_name.lower(): table.name.lower() for table in direct_tables(select)}
    table = tables.get(key.table.lower())
    return table is None or key.name.lower() in schema.nullable.get(table, frozenset({key.name.lower()}))


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
    for call in list(work.find_all(exp.TimeToStr)):
        pattern = Dialect.get_or_raise("postgres").generator().format_time(call) or ""
        if any(digit in pattern for digit in "09"):
            _once(notes, "TO_CHAR with a number pattern is not supported here; use ROUND() or CAST(... AS TEXT).")
            continue
        call.replace(to_char(call.this, pattern[1:-1].replace("''", "'")))
    return notes


def _mysql_text_comparisons(work: exp.Expression) -> list[str]:
    notes: list[str] = []
    for like in list(work.find_all(exp.Like)):
        like.replace(exp.ILike(**like.args))
        _once(notes, "MySQL's LIKE ignores upper and lower case, so it was run as ILIKE.")
    for comparison in list(work.find_all(exp.EQ, exp.NEQ, exp.In)):
        others = comparison.expressions if isinstance(comparison, exp.In) else [comparison.expression]
        sides = [comparison.this, *others]
        if not any(isinstance(side, exp.Literal) and side.is_string for side in sides):
            continue
        for side in sides:
            if isinstance(side, exp.Literal) and side.is_string:
                side.replace(exp.Literal.string(side.this.lower()))
            elif not isinstance(side, exp.Null):
                side.replace(exp.Lower(this=side.copy()))
        _once(notes, "MySQL compares text without regard to upper and lower case, so comparisons with a quoted "
                     "text were run on LOWER() of both sides.")
    return notes


def _mysql_functions(work: exp.Expression, tokens: list[Token], sql: str) -> list[str]:
    notes: list[str] = []
    if any(token.token_type == TokenType.STRING and sql[token.start] == '"' for token in tokens):
        notes.append('In MySQL "..." is a text, not a column name, so it was run as a text; write `name` for a column.')
    if any(token.token_type == TokenType.DPIPE for token in tokens):
        notes.append("In MySQL `||` means OR, not joining text, so it was run as OR; use CONCAT() to join text.")
    for cast in list(work.find_all(exp.Cast)):
        if cast.to.is_type(exp.DataType.Type.DECIMAL) and not cast.to.expressions:
            cast.set("to", exp.DataType.build("DECIMAL(10, 0)"))
            _once(notes, "MySQL's DECIMAL without a size is DECIMAL(10, 0), whole numbers only, so it was run so.")
    for division in list(work.find_all(exp.IntDiv)):
        divisor = exp.Nullif(this=division.expression, expression=exp.Literal.number(0))
        division.replace(exp.cast(exp.func("TRUNC", exp.Div(this=division.this, expression=divisor)), "BIGINT"))
    for day in list(work.find_all(exp.DayOfWeek)):
        day.replace(exp.paren(exp.Add(this=day.copy(), expression=exp.Literal.number(1)), copy=False))
        _once(notes, "MySQL's DAYOFWEEK counts Sunday as 1; DuckDB's counts it as 0, so 1 was added.")
    for call in list(work.find_all(exp.Anonymous)):
        if call.name.upper() == "WEEKDAY":
            isodow = exp.Extract(this=exp.var("ISODOW"), expression=call.expressions[0])
            call.replace(exp.paren(exp.Sub(this=isodow, expression=exp.Literal.number(1)), copy=False))
    for diff in list(work.find_all(exp.TimestampDiff)):
        unit = exp.Literal.string(diff.text("unit") or "DAY")
        diff.replace(exp.Anonymous(this="DATE_SUB", expressions=[unit, diff.expression, diff.this]))
        _once(notes, "MySQL's TIMESTAMPDIFF counts whole units, so it was run as DuckDB's date_sub, which does too.")
    if any(isinstance(node, exp.Week) for node in work.walk()):
        notes.append("Note: MySQL's WEEK() numbers weeks from Sunday by default, DuckDB's from Monday (ISO weeks); "
                     "the week numbers can differ by one.")
    return notes


def _once(notes: list[str], note: str) -> None:
    if note not in notes:
        notes.append(note)
