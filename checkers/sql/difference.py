"""What kind of difference separates a learner's rows from the expected ones, said without showing any value.

The comparison (compare.py) decides pass or fail; this only names the kind of mistake for the hint: duplicated rows,
missing or extra rows, NULL where 0 was expected, a value off by rounding, a fraction lost to integer division, rows
swapped at a tie, a wrong tie-break. Hidden datasets' values never leave this module: each kind is a fixed sentence.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from checkers.sql.compare import ABS_TOLERANCE, REL_TOLERANCE, Mismatch
from checkers.sql.sandbox import QueryResult

__all__ = ["Difference", "difference"]

MAX_PAIRED = 200  # rows of each side paired cell by cell; beyond that only row counts are classified


@dataclass(frozen=True)
class Difference:
    """One kind of mistake: what differs (a sentence) and what to look at (the hint)."""

    kind: str
    what: str
    hint: str


DIFFERENCES = {d.kind: d for d in (
    Difference("duplicates", "some of your rows are exact copies of right rows: the same row comes back more than once",
               "A join fans out (one row per matching line or payment) or DISTINCT is missing: join to one row per "
               "key, or count with COUNT(DISTINCT ...)."),
    Difference("extra_rows", "you return every expected row and more: rows or groups that should be left out",
               "Check the filters (status, dates, NULLs) and whether an outer join or a missing HAVING/WHERE keeps "
               "rows the question leaves out."),
    Difference("missing_rows", "every row you return is right, but some expected rows or groups are missing",
               "An inner join drops rows with no match (use a LEFT JOIN and count a column of the joined table), "
               "a filter or a cut-off is too strict, or DISTINCT or too few GROUP BY keys merge rows that should "
               "stay apart."),
    Difference("null_for_zero", "one of your values was NULL where the expected value was 0",
               "A count or sum over nothing is NULL unless you make it 0: COUNT(column) or COALESCE(SUM(...), 0)."),
    Difference("one_for_zero", "one of your counts was 1 where the expected count was 0",
               "COUNT(*) counts the row a LEFT JOIN keeps when nothing matches: count a column of the joined table, "
               "e.g. COUNT(o.order_id)."),
    Difference("zero_for_null", "one of your values was 0 where the expected value was NULL",
               "An average (or value) over no rows is NULL, not 0: do not COALESCE it, and do not average zeros in."),
    Difference("null_value", "one of your values was NULL where a value was expected",
               "Look for an outer join that blanks the column, or a comparison with NULL (use IS NULL, COALESCE)."),
    Difference("value_for_null", "one of your values was a value where NULL was expected",
               "NULL means 'none' here: leave it NULL (e.g. an average of no rated rows) rather than filling it in."),
    Difference("unrounded", "one of your values has more decimals than asked: it is right once rounded",
               "Round as the question asks, e.g. ROUND(value, 1), on the final value."),
    Difference("rounding", "one of your values is off in its last decimal: a rounding difference",
               "Round once, at the end, the exact value: rounding an already rounded or floating-point value "
               "(or a value computed from rounded parts) can land one step away."),
    Difference("truncated", "one of your values lost its fraction: a whole number where a decimal was expected",
               "Integer divided by integer drops the fraction: multiply by 100.0 (or cast to NUMERIC) "
               "before dividing."),
    Difference("multiplied", "one of your values is a whole multiple of the expected value",
               "A join multiplies rows (each order once per line or per payment) before you count or sum: aggregate "
               "each table first, or count DISTINCT keys."),
    Difference("text_case", "one of your texts differs from the expected one only in upper or lower case",
               "Return the text as stored, or compare with the case the data uses."),
    Difference("moment", "one of your dates or times differs from the expected one",
               "Check the date boundaries (< against <=, a timestamp compared with a date includes only its "
               "midnight) and which date or month an order counts in."),
    Difference("number", "one of your numbers differs from the expected one",
               "Check which rows are counted or summed (status, dates, joins) and the calculation itself."),
    Difference("text", "one of your texts differs from the expected one", "Check which column or label you return."),
    Difference("tie", "a row you return ties with an expected one on the sort key but is not the row the question "
                      "keeps",
               "At a cut-off (LIMIT, a rank) rows that tie need the question's tie-break, e.g. ORDER BY revenue DESC, "
               "restaurant_id."),
    Difference("swapped", "some expected rows are missing and rows that should not be there take their place",
               "Check the filters and joins: which rows qualify, and from which table each column comes."),
    Difference("tie_break", "rows that tie on the first sort key are in another order",
               "Order rows that tie by the question's tie-break: a second ORDER BY key, in the direction asked."),
    Difference("null_order", "rows whose sort key is NULL are placed at the other end",
               "Where NULLs go depends on the database: say NULLS FIRST or NULLS LAST if the question needs one."),
    Difference("order", "the rows are right but sorted another way",
               "Check ORDER BY against the question: the key, ASC or DESC, then the tie-break."),
)}


def difference(expected: QueryResult, got: QueryResult, mismatch: Mismatch,
               order_keys: Sequence[int]) -> Difference | None:
    """The kind of mistake behind a "rows" or "order" mismatch; None for column problems, which say it already."""
    if mismatch.kind == "order":
        return _order(expected.rows, got.rows, mismatch.first_out_of_order or 0, order_keys)
    if mismatch.kind != "rows":
        return None
    want, have = Counter(map(_key, expected.rows)), Counter(map(_key, got.rows))
    missing, extra = list((want - have).elements()), list((have - want).elements())
    if extra and not missing:
        return DIFFERENCES["duplicates" if all(row in want for row in extra) else "extra_rows"]
    if missing and not extra:
        return DIFFERENCES["missing_rows"]
    return _cells(missing[:MAX_PAIRED], extra[:MAX_PAIRED], order_keys)


def _order(want: list[tuple], have: list[tuple], index: int, order_keys: Sequence[int]) -> Difference:
    for position in (k - 1 for k in order_keys):
        a, b = _value(want[index][position]), _value(have[index][position])
        if a == b:
            continue
        if a is None or b is None:
            return DIFFERENCES["null_order"]
        return DIFFERENCES["order" if position == order_keys[0] - 1 else "tie_break"]
    return DIFFERENCES["order"]


def _cells(missing: list[tuple], extra: list[tuple], order_keys: Sequence[int]) -> Difference:
    """Pair each missing row with the extra row that agrees on most columns, and name what the other cells show."""
    kinds: Counter[str] = Counter()
    unpaired = 0
    for row in missing:
        best = max(extra, key=lambda other: _agreeing(row, other), default=None)
        agree = _agreeing(row, best) if best is not None else 0
        if best is None or agree * 2 < len(row):
            unpaired += 1
            if best is not None and _tied(row, extra, order_keys):
                kinds["tie"] += 1
            continue
        for a, b in zip(row, best, strict=True):
            if not _equal(a, b):
                kinds[_cell(a, b)] += 1
    if not kinds:
        return DIFFERENCES["swapped"]
    specific = [kind for kind, _ in kinds.most_common() if kind not in ("number", "text", "moment")]
    return DIFFERENCES[specific[0] if specific else kinds.most_common(1)[0][0]]


def _agreeing(row: tuple, other: tuple) -> int:
    return sum(_equal(a, b) for a, b in zip(row, other, strict=True))


def _equal(a: object, b: object) -> bool:
    """Equal as the comparison sees them: numbers within its tolerance."""
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= max(ABS_TOLERANCE, REL_TOLERANCE * max(abs(a), abs(b)))
    return a == b


def _tied(row: tuple, extra: list[tuple], order_keys: Sequence[int]) -> bool:
    """An extra row shares the missing row's first sort key: the two tie, and the answer kept the other one."""
    if not order_keys:
        return False
    position = order_keys[0] - 1
    return row[position] is not None and any(other[position] == row[position] for other in extra)


def _cell(want: object, have: object) -> str:
    if have is None:
        return "null_for_zero" if want == 0 else "null_value"
    if want == 0 and have == 1:
        return "one_for_zero"
    if want is None:
        return "zero_for_null" if have == 0 else "value_for_null"
    if isinstance(want, float) and isinstance(have, float):
        return _number(want, have)
    if isinstance(want, str) and isinstance(have, str):
        return "text_case" if want.lower() == have.lower() else "text"
    if isinstance(want, tuple) and isinstance(have, tuple):
        return "moment"
    return "text"


def _number(want: float, have: float) -> str:
    places = _places(want)
    if places < 6 and round(have, places) == round(want, places):
        return "unrounded"
    if places and abs(have - want) <= 10 ** -places * 1.000001:
        return "rounding"
    if have == int(have) and want != int(want) and int(have) in (math.trunc(want), math.floor(want)):
        return "truncated"
    ratio = have / want if want else 0.0
    if ratio >= 2 and abs(ratio - round(ratio)) < 1e-9:
        return "multiplied"
    return "number"


def _places(number: float) -> int:
    """How many decimals `number` shows, up to 6 (the comparison's precision)."""
    for places in range(7):
        if abs(number - round(number, places)) < 1e-9:
            return places
    return 6


def _key(row: Sequence[object]) -> tuple:
    return tuple(_value(value) for value in row)


def _value(value: object) -> object:
    """Numbers as floats to 6 decimals, moments as ("moment", ISO text) with a timestamp at midnight as its day."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        number = float(value)
        return number if math.isnan(number) else round(number, 6) + 0.0
    if isinstance(value, datetime):
        return "moment", value.isoformat(sep=" ").removesuffix(" 00:00:00")
    if isinstance(value, date):
        return "moment", value.isoformat()
    return value
