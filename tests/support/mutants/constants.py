"""Constant mutants: numbers and dates one off the boundary, text matched as a substring, zero, NULL and empty text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlglot import exp

from checkers.sql.dataset.generator import REFERENCE_DATE
from tests.support.mutants.sites import Sites, column_type


def _counted_or_existence_only(literal: exp.Literal) -> bool:
    """A number whose value cannot matter: what COUNT counts, or what a SELECT inside EXISTS returns."""
    parent = literal.parent
    if isinstance(parent, exp.If) and isinstance(parent.parent, exp.Case):
        return parent.args.get("true") is literal and isinstance(parent.parent.parent, exp.Count | exp.Distinct)
    select = literal.parent_select
    return parent is select and isinstance(select.parent, exp.Exists)


def _number(tree: exp.Expression) -> Sites:
    for index, literal in enumerate(tree.find_all(exp.Literal)):
        if literal.is_string or isinstance(literal.parent, exp.Limit) or _counted_or_existence_only(literal):
            continue
        value = literal.this
        for changed in _off_by_one(value):
            yield exp.Literal, index, lambda n, v=changed: n.replace(exp.Literal.number(v))


def _off_by_one(text: str) -> list[str]:
    if "." in text:
        whole, fraction = text.split(".")
        step = 1 if fraction.strip("0") == "" else 10 ** -len(fraction)
        return [f"{float(text) - step:.{len(fraction)}f}", f"{float(text) + step:.{len(fraction)}f}"]
    return [str(int(text) - 1), str(int(text) + 1)]


def _date(tree: exp.Expression) -> Sites:
    for index, cast in enumerate(tree.find_all(exp.Cast)):
        if cast.to.is_type("date") and isinstance(cast.this, exp.Literal) and cast.this.is_string:
            day = date.fromisoformat(cast.this.name)
            for changed in (day - timedelta(days=1), day + timedelta(days=1)):
                yield exp.Cast, index, lambda c, d=changed: c.set("this", exp.Literal.string(d.isoformat()))


def _closed_range(tree: exp.Expression) -> Sites:
    """time >= DATE 'd' gains an upper bound at today's date, as BETWEEN 'd' AND '2026-06-30' would: today's later
    hours fall out."""
    for index, node in enumerate(tree.find_all(exp.GTE)):
        column = node.this
        if isinstance(column, exp.Column) and (found := column_type(column)) and found[1] == "TIMESTAMP":
            yield exp.GTE, index, lambda n: n.replace(exp.and_(n.copy(), exp.LTE(
                this=n.this.copy(), expression=exp.cast(exp.Literal.string(REFERENCE_DATE.isoformat()), "DATE"))))


def _contains(tree: exp.Expression) -> Sites:
    """col = 'text' on a text column becomes col LIKE '%text%': also true for values that contain the text."""
    for index, node in enumerate(tree.find_all(exp.EQ)):
        column, literal = node.this, node.expression
        if isinstance(column, exp.Column) and literal.is_string and (found := column_type(column)) \
                and found[1] == "VARCHAR" and column.name != "status":
            yield exp.EQ, index, lambda n: n.replace(exp.Like(
                this=n.this.copy(), expression=exp.Literal.string(f"%{n.expression.name}%")))


def _coalesce(tree: exp.Expression) -> Sites:
    """COALESCE(x, default) loses its default: NULL where the question wants 0 or a label."""
    for index in range(len(list(tree.find_all(exp.Coalesce)))):
        yield exp.Coalesce, index, lambda n: n.replace(n.this.copy())


def _empty_text(tree: exp.Expression) -> Sites:
    """col IS NULL on a text column also takes the empty text: COALESCE(col, '') = ''."""
    for index, node in enumerate(tree.find_all(exp.Is)):
        column = node.this
        if isinstance(column, exp.Column) and (found := column_type(column)) and found[1] == "VARCHAR":
            yield exp.Is, index, lambda n: n.replace(exp.EQ(
                this=exp.Coalesce(this=n.this.copy(), expressions=[exp.Literal.string("")]),
                expression=exp.Literal.string("")))


OPERATORS: dict[str, Callable[[exp.Expression], Sites]] = {
    "number": _number,
    "date": _date,
    "closed-range": _closed_range,
    "contains": _contains,
    "coalesce": _coalesce,
    "empty-text": _empty_text,
}
