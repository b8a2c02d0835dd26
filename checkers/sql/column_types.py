"""Checks the type of a column whose question names it ("the month as a DATE"), once its values are known right.

The values are compared first (compare.py): a timestamp at midnight or the text '2026-01-01' has the value of the
day. Whether its type is then acceptable depends on the dialect. In PostgreSQL and DuckDB a DATE is one cast away
(CAST(... AS DATE), ::date) and DATE_TRUNC or TO_CHAR give a timestamp or text, so the answer fails. MySQL has no
DATE_TRUNC: DATE_FORMAT(..., '%Y-%m-01') is how its users write a month, and MySQL reads that text as a date
wherever a date is expected, so the answer passes with a note.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from checkers.sql.sandbox import QueryResult

LENIENT_DIALECTS = {"mysql"}


@dataclass(frozen=True)
class TypeCheck:
    """What the typed columns hold: `failure` (what was found) when that fails, `notes` for what passes anyway."""

    failure: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def hint(self) -> str:
        return ("Cast the column to a DATE: CAST(DATE_TRUNC('month', placed_at) AS DATE), or "
                "DATE_TRUNC('month', placed_at)::date in PostgreSQL and DuckDB. TO_CHAR and STRFTIME give text, "
                "DATE_TRUNC gives a timestamp.")


def check_date_columns(result: QueryResult, columns: Sequence[int], dialect: str) -> TypeCheck:
    """Whether the 1-based `columns` of `result`, which the question asks for as DATEs, hold DATEs."""
    timestamp = "DATETIME" if dialect == "mysql" else "TIMESTAMP"
    found = [finding for position in columns if (finding := _finding(result, position, timestamp))]
    if not found:
        return TypeCheck()
    if dialect in LENIENT_DIALECTS:
        notes = [f"{text}; accepted, since MySQL compares it equal to that DATE wherever a date is expected, but "
                 "CAST(... AS DATE) would make it a DATE as the question asks." for text in found]
        return TypeCheck(notes=tuple(notes))
    return TypeCheck(failure="; ".join(found))


def _finding(result: QueryResult, position: int, timestamp: str) -> str:
    """What column `position` holds when it is not a DATE, in the learner's words; "" when it is one."""
    if position > len(result.columns):
        return ""
    value = next((row[position - 1] for row in result.rows if row[position - 1] is not None), None)
    name = f"column {position} ({result.columns[position - 1]})"
    if isinstance(value, datetime):
        return f"{name} is a {timestamp} ({value.isoformat(sep=' ')}), not a DATE"
    if isinstance(value, date) or value is None:
        return ""
    if isinstance(value, str):
        return f"{name} is text ('{value}'), not a DATE"
    return f"{name} is {type(value).__name__}, not a DATE"
