"""The result comparator, driven by a table of (expected, got, order keys, verdict) cases."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from checkers.sql.compare import Mismatch, compare, format_row
from checkers.sql.sandbox import QueryResult


def result(*rows: tuple, columns: int | None = None) -> QueryResult:
    width = columns if columns is not None else len(rows[0])
    return QueryResult(tuple(f"c{i}" for i in range(width)), list(rows))


# (case name, expected, got, order_keys, verdict: None for a match, else the Mismatch kind)
CASES = [
    ("identical rows", result((1, "a")), result((1, "a")), (), None),
    ("column names are ignored", result((1,)), QueryResult(("other",), [(1,)]), (), None),
    ("decimal equals float", result((Decimal("12.50"),)), result((12.5,)), (), None),
    ("int equals decimal", result((3,)), result((Decimal("3.00"),)), (), None),
    ("float noise within 1e-6", result((Decimal("41.8"),)), result((41.80000000001,)), (), None),
    ("noise across a rounding boundary", result((0.0000005,)), result((0.0000014,)), (), None),
    ("a cent off is wrong", result((Decimal("12.50"),)), result((Decimal("12.51"),)), (), "rows"),
    ("unrounded money is wrong", result((Decimal("3.81"),)), result((3.8125,)), (), "rows"),
    ("float sum of a large total", result((Decimal("16023355.00"),)), result((16023355.00002,)), (), None),
    ("a paisa off a large total is wrong", result((Decimal("16023355.00"),)), result((16023355.01,)), (), "rows"),
    ("bool counts as 0/1", result((1, 0)), result((True, False)), (), None),
    ("NULL equals NULL", result((None, 2)), result((None, 2)), (), None),
    ("NULL is not zero", result((None,)), result((0,)), (), "rows"),
    ("zero is not NULL", result((0,)), result((None,)), (), "rows"),
    ("NULL is not the string 'NULL'", result((None,)), result(("NULL",)), (), "rows"),
    ("rows are a multiset: order ignored", result((1,), (2,)), result((2,), (1,)), (), None),
    ("duplicates must match in number", result((1,), (1,), (2,)), result((1,), (2,), (2,)), (), "rows"),
    ("a missing duplicate", result((1,), (1,)), result((1,),), (), "rows"),
    ("an extra row", result((1,),), result((1,), (2,)), (), "rows"),
    ("no rows against no rows", result(columns=2), result(columns=2), (), None),
    ("too many columns", result((1, 2)), result((1, 2, 3)), (), "columns"),
    ("too few columns even with no rows", result(columns=3), result(columns=2), (), "columns"),
    ("date equals timestamp at midnight", result((date(2026, 1, 1),)), result((datetime(2026, 1, 1),)), (), None),
    ("date equals ISO string", result((date(2026, 1, 1), 5)), result(("2026-01-01", 5)), (), None),
    ("timestamp equals ISO string", result((datetime(2026, 1, 31, 23, 59, 59),)),
     result(("2026-01-31 23:59:59",)), (), None),
    ("date is not a later timestamp", result((date(2026, 1, 1),)), result((datetime(2026, 1, 1, 0, 0, 1),)), (),
     "rows"),
    ("month string 'YYYY-MM' is not a date", result((date(2026, 1, 1),)), result(("2026-01",)), (), "rows"),
    ("strings are exact", result(("Pune",)), result(("pune",)), (), "rows"),
    ("ordered: same order", result((1, "a"), (2, "b")), result((1, "a"), (2, "b")), (1,), None),
    ("ordered: wrong order", result((1, "a"), (2, "b")), result((2, "b"), (1, "a")), (1,), "order"),
    ("ordered: ties may come in any order", result((5, "a"), (5, "b"), (3, "c")),
     result((5, "b"), (5, "a"), (3, "c")), (1,), None),
    ("ordered: tie broken by a second key", result((5, 1), (5, 2)), result((5, 2), (5, 1)), (1, 2), "order"),
    ("ordered: keys compared with tolerance", result((Decimal("2.5"), "x"), (1, "y")),
     result((2.5000000001, "x"), (1.0, "y")), (1,), None),
    ("unordered question ignores order", result((1,), (2,)), result((2,), (1,)), (), None),
    ("wrong rows win over wrong order", result((1,), (2,)), result((3,), (1,)), (1,), "rows"),
]


@pytest.mark.parametrize(("expected", "got", "order_keys", "verdict"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_compare_cases(expected, got, order_keys, verdict):
    mismatch = compare(expected, got, order_keys)
    assert (mismatch.kind if mismatch else None) == verdict


def test_mismatch_names_missing_and_unexpected_rows():
    mismatch = compare(result((1, "a"), (2, "b"), (3, "c")), result((1, "a"), (4, "d")))
    assert mismatch == Mismatch("rows", 3, 2, 2, 2, missing=((2, "b"), (3, "c")), unexpected=((4, "d"),))
    assert mismatch.summary() == "expected 3 rows, got 2"


@pytest.mark.parametrize(("expected", "got", "keys", "summary"), [
    (result((1, 2, 3)), result((1, 2, 3, 4)), (), "expected 3 columns, got 4"),
    (result((1,),) , result((2,),), (), "right number of rows (1), but at least 1 of them hold different values"),
    (result((1,), (2,), (3,), (4,)), result((1,), (2,), (4,), (3,)), (1,),
     "right rows, wrong order: row 3 (counting from 1) is not the row the question's order puts there"),
])
def test_summary_is_one_plain_sentence(expected, got, keys, summary):
    assert compare(expected, got, keys).summary() == summary


def test_at_most_three_rows_are_shown():
    mismatch = compare(result(*[(n,) for n in range(10)]), result(*[(n,) for n in range(10, 20)]))
    assert len(mismatch.missing) == 3 and len(mismatch.unexpected) == 3
    assert mismatch.missing == ((0,), (1,), (2,))


def test_format_row_is_readable():
    row = (7, "Asha's Cafe", date(2026, 1, 31), datetime(2026, 1, 31, 23, 59, 59), Decimal("12.50"), None, 2.5)
    assert format_row(row) == "(7, 'Asha''s Cafe', 2026-01-31, 2026-01-31 23:59:59, 12.50, NULL, 2.5)"


def test_twenty_thousand_rows_compare_right():
    """Large results take the fast path (hash keys) and still find a changed row or a wrong order; the time this
    takes is measured by bench/compare_speed.py, not asserted here."""
    rows = [(n, f"user {n}", Decimal(n) / 4, date(2026, 1, 1 + n % 28)) for n in range(20_000)]
    shuffled = list(reversed(rows))
    wrong = [*rows[:-1], (0, "user 0", Decimal("1.5"), date(2026, 1, 1))]
    assert compare(result(*rows), result(*shuffled)) is None
    assert compare(result(*rows), result(*wrong)).kind == "rows"
    assert compare(result(*rows), result(*shuffled), (1,)).kind == "order"


def test_a_huge_row_is_shown_cut_and_says_so():
    shown = format_row((1, "x" * 5000))
    assert len(shown) < 400 and shown.endswith("(4,707 more characters not shown)")


def test_swapped_columns_are_named_as_such():
    expected = QueryResult(("city", "n", "total"), [("Pune", 3, 10.5), ("Delhi", 1, 2.0)])
    got = QueryResult(("city", "total", "n"), [("Delhi", 2.0, 1), ("Pune", 10.5, 3)])
    mismatch = compare(expected, got)
    assert mismatch.kind == "column_order" and mismatch.column_sources == (0, 2, 1)
    assert mismatch.summary() == ("right values, but the columns are in another order: "
                                  "column 2 is your column 3, column 3 is your column 2")


def test_wrong_values_are_not_mistaken_for_swapped_columns():
    expected = QueryResult(("a", "b"), [(1, 2), (3, 4)])
    got = QueryResult(("b", "a"), [(2, 3), (4, 1)])
    assert compare(expected, got).kind == "rows"
