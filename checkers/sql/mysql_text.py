"""MySQL's ways with text: comparisons ignore case, and string functions take numbers as their text."""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from sqlglot import exp

from checkers.sql.group_by_keys import direct_tables

__all__ = ["lower_case_columns", "mysql_text_arguments", "mysql_text_comparisons"]

TEXT_FIRST_ARGUMENT = (exp.Pad, exp.Left, exp.Right, exp.Substring, exp.Upper, exp.Lower, exp.Trim, exp.Reverse,
                       exp.Repeat)
TEXT_ALL_ARGUMENTS = (exp.Concat, exp.ConcatWs, exp.Replace)
NUMBER_OR_BOOLEAN = (*exp.DataType.NUMERIC_TYPES, exp.DataType.Type.BOOLEAN)


@cache
def lower_case_columns() -> frozenset[tuple[str, str]]:
    """(table, column) pairs that hold only lower-case text: the published schema's comment on the column lists its
    values in quotes, all lower case (orders.status, payments.method, payments.status)."""
    found: set[tuple[str, str]] = set()
    table = ""
    for line in (files("exercises") / "step-02" / "schema.sql").read_text(encoding="utf-8").splitlines():
        if created := re.match(r"\s*CREATE TABLE (\w+)", line, re.IGNORECASE):
            table = created.group(1).lower()
            continue
        column = re.match(r"\s*(\w+)\s+\w+[^-]*--(.*)", line)
        values = re.findall(r"'([^']*)'", column.group(2)) if column else []
        if values and all(value == value.lower() for value in values):
            found.add((table, column.group(1).lower()))
    return frozenset(found)


def mysql_text_comparisons(work: exp.Expression, typed: dict[int, exp.Expression]) -> list[str]:
    """Run LIKE as ILIKE and `=`/`<>`/IN against a quoted text on LOWER() of both sides, where case can matter."""
    notes: list[str] = []
    for like in list(work.find_all(exp.Like)):
        if _case_matters(like.expression, [like.this], typed):
            like.replace(exp.ILike(**like.args))
            _once(notes, "MySQL's LIKE ignores upper and lower case, so it was run as ILIKE.")
    for comparison in list(work.find_all(exp.EQ, exp.NEQ, exp.In)):
        others = comparison.expressions if isinstance(comparison, exp.In) else [comparison.expression]
        sides = [comparison.this, *others]
        texts = [side for side in sides if isinstance(side, exp.Literal) and side.is_string]
        rest = [side for side in sides if not any(side is text for text in texts)]
        if not any(_case_matters(text, rest, typed) for text in texts):
            continue
        for side in sides:
            if any(side is text for text in texts):
                side.replace(exp.Literal.string(side.this.lower()))
            elif not isinstance(side, exp.Null):
                side.replace(exp.Lower(this=side.copy()))
        _once(notes, "MySQL compares text ignoring upper and lower case, so both sides were run through LOWER().")
    return notes


def _case_matters(text: exp.Expression, others: list[exp.Expression], typed: dict[int, exp.Expression]) -> bool:
    """Case matters unless the text has no letters, or it is lower case and compared only with lower-case columns."""
    if not isinstance(text, exp.Literal) or not text.is_string:
        return True
    value = text.this
    if value.lower() == value.upper():
        return False
    return value != value.lower() or not all(_lower_case_column(typed.get(id(other))) for other in others)


def _lower_case_column(column: exp.Expression | None) -> bool:
    select = column.find_ancestor(exp.Select) if isinstance(column, exp.Column) else None
    if select is None:
        return False
    tables = {table.alias_or_name.lower(): table.name.lower() for table in direct_tables(select)}
    return (tables.get(column.table.lower()), column.name.lower()) in lower_case_columns()


def mysql_text_arguments(work: exp.Expression, typed: dict[int, exp.Expression]) -> None:
    """MySQL reads a number given to a string function as its text (LPAD(6, 2, '0') is '06'); DuckDB needs a cast."""
    for call in reversed(list(work.find_all(*TEXT_FIRST_ARGUMENT, *TEXT_ALL_ARGUMENTS))):
        arguments = call.expressions if isinstance(call, TEXT_ALL_ARGUMENTS) and call.expressions else [call.this]
        if isinstance(call, exp.Replace):
            arguments = [call.this, call.expression, call.args.get("replacement")]
        for argument in filter(None, arguments):
            copy = typed.get(id(argument))
            if copy is None or not copy.is_type(*NUMBER_OR_BOOLEAN):
                continue
            value = argument.copy()
            if copy.is_type(exp.DataType.Type.BOOLEAN):
                value = exp.cast(value, "INTEGER")
            argument.replace(exp.cast(value, "VARCHAR"))


def _once(notes: list[str], note: str) -> None:
    if note not in notes:
        notes.append(note)
