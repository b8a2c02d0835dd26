"""Turns one learner answer, written for DuckDB, PostgreSQL or MySQL, into DuckDB SQL that means the same thing."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, SqlglotError, TokenError
from sqlglot.optimizer.annotate_types import annotate_types
from sqlglot.optimizer.qualify import qualify
from sqlglot.tokens import Token, TokenType

from checkers.sql.published import PublishedSchema
from checkers.sql.safety import AnswerRejected, RefusedQuery, ensure_read_only, ensure_single_query

__all__ = ["AnswerRejected", "RefusedQuery", "SqlSyntaxError", "Translation", "translate"]

DIALECTS = {"duckdb": "DuckDB", "postgres": "PostgreSQL", "mysql": "MySQL"}
CLOCK_WORDS = {"CURRENT_DATE", "CURRENT_TIMESTAMP", "CURRENT_TIME", "LOCALTIMESTAMP", "LOCALTIME"}
CLOCK_FUNCTIONS = {"NOW", "CURDATE", "CURTIME", "SYSDATE", "UTC_DATE", "UTC_TIME", "UTC_TIMESTAMP", "TODAY",
                   "CLOCK_TIMESTAMP", "STATEMENT_TIMESTAMP", "TRANSACTION_TIMESTAMP", "GET_CURRENT_TIMESTAMP",
                   "CURRENT_LOCALTIMESTAMP", "TIMEOFDAY"} | CLOCK_WORDS
DEFAULT_SCHEMA = {"duckdb": "main", "postgres": "public"}
NUMERIC_IN_POSTGRES = (exp.Extract, exp.Round, exp.Ceil, exp.Floor)
TO_CHAR_NAMES = {"MONTH": "%B", "MON": "%b", "DAY": "%A", "DY": "%a"}
TO_CHAR_NUMBERS = {"HH24": "%H", "HH12": "%I", "IYYY": "%G", "YYYY": "%Y", "DDD": "%j", "HH": "%I", "MI": "%M",
                   "SS": "%S", "AM": "%p", "PM": "%p", "YY": "%y", "MM": "%m", "DD": "%d", "IW": "%V"}


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


def translate(sql: str, dialect: str, schema: PublishedSchema) -> Translation:
    """Parse `sql` as `dialect`, refuse anything but one read-only query, and adapt it to behave as there."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; use one of {', '.join(DIALECTS)}")
    with _quiet_sqlglot():
        tokens = _tokens(sql, dialect)
        ensure_single_query(tokens)
        tree = _parse(sql, dialect)
        ensure_read_only(tree, schema, dialect)
        work = tree.copy()
        notes = _adapt(work, dialect, schema, tokens, sql)
        duckdb_sql = work.sql("duckdb")
    return Translation(duckdb_sql, tree, tuple(notes), _clock_calls(tokens))


@contextmanager
def _quiet_sqlglot() -> Iterator[None]:
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _tokens(sql: str, dialect: str) -> list[Token]:
    try:
        return Dialect.get_or_raise(dialect).tokenize(sql)
    except TokenError as exc:
        raise SqlSyntaxError(f"the SQL could not be read, often because of an unclosed quote or comment ({exc})",
                             1, 1) from exc


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
    notes += _functional_dependency(work, typed, schema, dialect)
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
    tables = {table.alias_or_name.lower(): table.name.lower() for table in _direct_tables(select)}
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


def _functional_dependency(work: exp.Expression, typed: dict[int, exp.Expression], schema: PublishedSchema,
                           dialect: str) -> list[str]:
    """Add columns that depend on a grouped primary key to GROUP BY: the rows are the same, and DuckDB needs it."""
    added: list[str] = []
    ctes = {cte.alias_or_name.lower() for cte in work.find_all(exp.CTE)}
    for select in work.find_all(exp.Select):
        copy = typed.get(id(select))
        if not select.args.get("group") or copy is None or not copy.args.get("group"):
            continue
        sources = {t.alias_or_name.lower(): t.name.lower() for t in _direct_tables(copy) if t.name.lower() not in ctes}
        grouped = {(column.table.lower(), column.name.lower()) for column in _grouped_columns(copy)}
        for alias, table in sources.items():
            key = schema.primary_keys.get(table, ())
            if not key or not all((alias, column) in grouped for column in key):
                continue
            for column in _used_columns(copy, alias):
                if (alias, column) not in grouped and column in schema.tables[table]:
                    grouped.add((alias, column))
                    select.args["group"].append("expressions", exp.column(column, table=alias))
                    added.append(f"{alias}.{column}")
    if not added:
        return []
    them = "they were" if len(added) > 1 else "it was"
    return [f"{DIALECTS[dialect]} lets you select {', '.join(added)} while grouping by that table's primary key; "
            f"DuckDB does not, so {them} added to GROUP BY (the rows are the same)."]


def _grouped_columns(select: exp.Select) -> Iterator[exp.Column]:
    """Grouped columns; a USING column, which sqlglot writes as COALESCE(a.key, b.key), groups by each side's key."""
    for key in select.args["group"].expressions:
        if isinstance(key, exp.Coalesce):
            yield from (part for part in (key.this, *key.expressions) if isinstance(part, exp.Column))
        elif isinstance(key, exp.Column):
            yield key


def _direct_tables(select: exp.Select) -> Iterator[exp.Table]:
    sources = [select.args.get("from_") or select.args.get("from")]
    sources += [join.this for join in select.args.get("joins") or ()]
    for source in sources:
        node = source.this if isinstance(source, exp.From) else source
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier):
            yield node


def _used_columns(select: exp.Select, alias: str) -> list[str]:
    parts = [*select.expressions, select.args.get("having"), select.args.get("order"), select.args.get("qualify")]
    found: dict[str, None] = {}
    for part in filter(None, parts):
        for column in part.find_all(exp.Column):
            if column.table.lower() == alias and column.find_ancestor(exp.Select) is select:
                found[column.name.lower()] = None
    return list(found)


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
        call.replace(_to_char(call.this, pattern[1:-1].replace("''", "'")))
    return notes


def _to_char(value: exp.Expression, pattern: str) -> exp.Expression:
    """PostgreSQL's TO_CHAR(value, pattern) as DuckDB strftime pieces, names padded to 9 letters unless FM."""
    pieces: list[exp.Expression | str] = []
    position, fill = 0, False
    while position < len(pattern):
        rest = pattern[position:]
        name = next((n for n in TO_CHAR_NAMES if rest.upper().startswith(n)), None)
        number = next((n for n in TO_CHAR_NUMBERS if rest.upper().startswith(n)), None)
        if rest.upper().startswith("FM"):
            fill, position = True, position + 2
            continue
        if rest.startswith('"'):
            end = pattern.find('"', position + 1)
            end = len(pattern) if end < 0 else end
            pieces.append(pattern[position + 1:end].replace("%", "%%"))
            position = end + 1
        elif name:
            pieces.append(_to_char_name(value, rest[:len(name)], padded=not fill and name in ("MONTH", "DAY")))
            position += len(name)
        elif number:
            pieces.append(TO_CHAR_NUMBERS[number].replace("%", "%-") if fill else TO_CHAR_NUMBERS[number])
            position += len(number)
        elif rest[0] in "QqDd":
            part = exp.Quarter(this=value.copy()) if rest[0] in "Qq" else exp.DayOfWeek(this=value.copy()) + 1
            pieces.append(exp.cast(part, "VARCHAR"))
            position += 1
        else:
            pieces.append(rest[0].replace("%", "%%"))
            position += 1
        fill = False
    return _join_pieces(value, pieces)


def _to_char_name(value: exp.Expression, written: str, padded: bool) -> exp.Expression | str:
    """A month or day name as TO_CHAR writes it: its case follows the pattern's, long names padded to 9."""
    code = TO_CHAR_NAMES[written.upper()]
    if not padded and not written.isupper() and not written.islower():
        return code
    piece: exp.Expression = exp.TimeToStr(this=value.copy(), format=exp.Literal.string(code))
    piece = exp.Upper(this=piece) if written.isupper() else exp.Lower(this=piece) if written.islower() else piece
    return exp.func("RPAD", piece, 9, exp.Literal.string(" ")) if padded else piece


def _join_pieces(value: exp.Expression, pieces: list[exp.Expression | str]) -> exp.Expression:
    merged: list[exp.Expression] = []
    for piece in pieces:
        if isinstance(piece, str) and merged and merged[-1].meta.get("strftime"):
            merged[-1].set("format", exp.Literal.string(merged[-1].text("format") + piece))
        elif isinstance(piece, str):
            merged.append(exp.TimeToStr(this=value.copy(), format=exp.Literal.string(piece)))
            merged[-1].meta["strftime"] = True
        else:
            merged.append(piece)
    result = merged[0] if merged else exp.Literal.string("")
    for piece in merged[1:]:
        result = exp.DPipe(this=result, expression=piece)
    return result


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
