"""Compares a learner's result with the reference: same columns, same rows as a multiset, and the asked-for order.

Numbers match within ABS_TOLERANCE or REL_TOLERANCE. Money has 2 decimals, so 1e-6 is far below any real
difference (0.01) yet absorbs float-versus-DECIMAL noise such as AVG computed as DOUBLE (errors near 1e-12). The
relative 1e-10 covers float sums of large totals (about n x 1e-16 relative) while a one-paisa difference still shows
on any amount below 10 crore (1e8).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from checkers.sql.sandbox import QueryResult
from grader.text import capped

ABS_TOLERANCE = 1e-6
REL_TOLERANCE = 1e-10
SHOWN_ROWS = 3
MAX_PAIR_CHECKS = 2_000_000
_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}:\d{2}(?:\.\d+)?)?")


@dataclass(frozen=True)
class Mismatch:
    """How a result differs from the expected one."""

    kind: str  # "columns" | "column_order" | "rows" | "order"
    expected_rows: int
    got_rows: int
    expected_columns: int
    got_columns: int
    missing: tuple[tuple, ...] = ()
    unexpected: tuple[tuple, ...] = ()
    first_out_of_order: int | None = None
    column_sources: tuple[int, ...] = ()  # for column_order: where each expected column is in got (0-based)

    def summary(self) -> str:
        """One plain sentence saying what differs."""
        if self.kind == "columns":
            return f"expected {self.expected_columns} columns, got {self.got_columns}"
        if self.kind == "column_order":
            moved = [f"column {want + 1} is your column {have + 1}"
                     for want, have in enumerate(self.column_sources) if want != have]
            return "right values, but the columns are in another order: " + ", ".join(moved)
        if self.kind == "order":
            row = (self.first_out_of_order or 0) + 1
            return (f"right rows, wrong order: row {row} (counting from 1) is not the row the question's "
                    "order puts there")
        if self.expected_rows != self.got_rows:
            return f"expected {self.expected_rows} rows, got {self.got_rows}"
        differ = max(len(self.missing), len(self.unexpected))
        return f"right number of rows ({self.got_rows}), but at least {differ} of them hold different values"


def compare(expected: QueryResult, got: QueryResult, order_keys: Sequence[int] = ()) -> Mismatch | None:
    """None when `got` answers the question as `expected` does; otherwise how it differs."""
    shape = (len(expected.rows), len(got.rows), len(expected.columns), len(got.columns))
    if len(expected.columns) != len(got.columns):
        return Mismatch("columns", *shape)
    want_keys = [tuple(map(_canonical, row)) for row in expected.rows]
    have_keys = [tuple(map(_canonical, row)) for row in got.rows]
    missing, unexpected = _unmatched(expected.rows, want_keys, got.rows, have_keys)
    if missing or unexpected:
        sources = _column_sources(want_keys, have_keys)
        if sources is not None:
            return Mismatch("column_order", *shape, column_sources=sources)
        return Mismatch("rows", *shape, tuple(missing[:SHOWN_ROWS]), tuple(unexpected[:SHOWN_ROWS]))
    positions = [k - 1 for k in order_keys]
    for index, (want, have) in enumerate(zip(want_keys, have_keys, strict=True)):
        if any(want[p] != have[p] and not _same(expected.rows[index][p], got.rows[index][p]) for p in positions):
            return Mismatch("order", *shape, first_out_of_order=index)
    return None


def format_row(row: Sequence[object], max_chars: int = 300) -> str:
    """A row as a learner reads it: dates in ISO form, decimals plain, NULL for missing values; long rows are cut."""
    return capped("(" + ", ".join(_format_value(value) for value in row) + ")", max_chars)


def _format_value(value: object) -> str:
    if value is None:
        return "NULL"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, float):
        return format(value, ".10g")
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    return str(value)


def _canonical(value: object) -> Hashable:
    """A hashable key equal for values the comparison treats as equal (numbers up to rounding at 1e-6)."""
    kind = type(value)
    if kind in _NUMERIC:
        number = float(value)
        return ("nan",) if number != number else ("n", round(number, 6) + 0.0)
    if value is None:
        return None
    if kind is date:
        return ("t", value.isoformat())
    if kind is str and not (len(value) >= 10 and value[4] == "-"):
        return ("s", value)
    number = _number(value)
    if number is not None:
        return ("nan",) if math.isnan(number) else ("n", round(number, 6) + 0.0)
    moment = _moment(value)
    if moment is not None:
        return ("t", moment)
    if isinstance(value, timedelta):
        return ("i", value.total_seconds())
    if isinstance(value, str):
        return ("s", value)
    return ("o", repr(value))


_NUMERIC = frozenset({bool, int, float, Decimal})


def _number(value: object) -> float | None:
    if type(value) in _NUMERIC or isinstance(value, int | float | Decimal):
        return float(value)
    return None


def _moment(value: object) -> str | None:
    """Dates, timestamps and ISO strings as one text form; a timestamp at midnight is its day."""
    if isinstance(value, datetime):
        text = value.isoformat(sep=" ")
    elif isinstance(value, date):
        text = value.isoformat()
    elif isinstance(value, str) and _ISO.fullmatch(value):
        text = value.replace("T", " ")
    else:
        return None
    return text.removesuffix(" 00:00:00").removesuffix(".000000")


def _same(a: object, b: object) -> bool:
    x, y = _number(a), _number(b)
    if x is not None and y is not None:
        if math.isnan(x) or math.isnan(y):
            return math.isnan(x) and math.isnan(y)
        return abs(x - y) <= max(ABS_TOLERANCE, REL_TOLERANCE * max(abs(x), abs(y)))
    return _canonical(a) == _canonical(b)


def _unmatched(expected: list[tuple], want_keys: list[tuple], got: list[tuple],
               have_keys: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Rows of each side that the other lacks: exact keys first, then a tolerant pass over what is left."""
    want, have = Counter(want_keys), Counter(have_keys)
    if want == have:
        return [], []
    return _tolerant(_take(expected, want_keys, want - have), _take(got, have_keys, have - want))


def _column_sources(want_keys: list[tuple], have_keys: list[tuple]) -> tuple[int, ...] | None:
    """When `have` holds exactly the expected rows with its columns in another order, where each column went."""
    if len(want_keys) != len(have_keys) or not want_keys or len(want_keys[0]) < 2:
        return None
    width = len(want_keys[0])
    column = [Counter(row[i] for row in have_keys) for i in range(width)]
    candidates = [[i for i in range(width) if column[i] == Counter(row[j] for row in want_keys)] for j in range(width)]
    target = Counter(want_keys)

    def assign(j: int, used: tuple[int, ...]) -> tuple[int, ...] | None:
        if j == width:
            moved = used != tuple(range(width))
            return used if moved and Counter(tuple(row[i] for i in used) for row in have_keys) == target else None
        for i in candidates[j]:
            if i not in used and (found := assign(j + 1, (*used, i))) is not None:
                return found
        return None

    return assign(0, ()) if all(candidates) else None


def _take(rows: list[tuple], keys: list[tuple], left: Counter) -> list[tuple]:
    picked = []
    for row, key in zip(rows, keys, strict=True):
        if left[key] > 0:
            left[key] -= 1
            picked.append(row)
    return picked


def _tolerant(missing: list[tuple], unexpected: list[tuple]) -> tuple[list[tuple], list[tuple]]:
    """Pair leftover rows that differ only by numbers within tolerance (values rounded across a 1e-6 boundary)."""
    by_shape: dict[Hashable, list[int]] = defaultdict(list)
    for index, row in enumerate(unexpected):
        by_shape[_shape(row)].append(index)
    used: set[int] = set()
    still_missing = []
    checks = 0
    for row in missing:
        match = None
        for index in by_shape.get(_shape(row), ()):
            checks += 1
            if checks > MAX_PAIR_CHECKS:
                break
            if index not in used and all(_same(a, b) for a, b in zip(row, unexpected[index], strict=True)):
                match = index
                break
        if match is None:
            still_missing.append(row)
        else:
            used.add(match)
    return still_missing, [row for index, row in enumerate(unexpected) if index not in used]


def _shape(row: tuple) -> Hashable:
    """The non-numeric part of a row: rows that could match within tolerance share it."""
    return tuple("#" if _number(value) is not None else _canonical(value) for value in row)
