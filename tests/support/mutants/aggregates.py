"""Aggregate mutants: COUNT(*) vs COUNT(column) vs COUNT(DISTINCT), SUM and AVG over distinct values, whole rupees."""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from checkers.sql.published import published_schema
from tests.support.mutants.sites import Sites, aliases

MONEY = ("unit_price", "amount", "price", "delivery_fee")


def _outer_joined(select: exp.Select | None) -> set[str]:
    """Aliases of the tables a LEFT JOIN may fill with NULLs in this SELECT."""
    joins = select.args.get("joins") or [] if select is not None else []
    return {join.this.alias_or_name for join in joins if join.side == "LEFT"}


def _may_be_null(value: exp.Expression, select: exp.Select | None) -> bool:
    """Whether COUNT(value) can differ from COUNT(*): anything but a required column of a table no outer join pads."""
    if not isinstance(value, exp.Column):
        return True
    table = aliases(select).get(value.table)
    if table not in published_schema().tables:
        return True
    return value.name in published_schema().nullable[table] or value.table in _outer_joined(select)


def _countable(select: exp.Select | None) -> list[tuple[str, bool]]:
    """(alias.column, distinct?) a learner might count instead of rows: keys of outer-joined tables and of joined
    tables (distinct), and every optional column."""
    schema = published_schema()
    padded = _outer_joined(select)
    joined = bool(select is not None and select.args.get("joins"))
    found = []
    for alias, table in aliases(select).items():
        if not alias or table not in schema.tables:
            continue
        for key in schema.primary_keys.get(table, ())[:1]:
            found += [(f"{alias}.{key}", False)] * (alias in padded) + [(f"{alias}.{key}", True)] * joined
        found += [(f"{alias}.{column}", distinct) for column in sorted(schema.nullable[table])
                  for distinct in (False, True)]
    return found


def _count_form(tree: exp.Expression) -> Sites:
    for index, count in enumerate(tree.find_all(exp.Count)):
        if isinstance(count.this, exp.Star):
            for column, distinct in _countable(count.parent_select):
                yield exp.Count, index, lambda c, col=column, d=distinct: c.set("this", _counted(col, d))
        elif _may_be_null(count.this.expressions[0] if isinstance(count.this, exp.Distinct) else count.this,
                          count.parent_select):
            yield exp.Count, index, lambda c: c.set("this", exp.Star())


def _counted(column: str, distinct: bool) -> exp.Expression:
    alias, name = column.split(".")
    node = exp.column(name, table=alias)
    return exp.Distinct(expressions=[node]) if distinct else node


def _distinct_values(tree: exp.Expression) -> Sites:
    for kind in (exp.Sum, exp.Avg):
        for index, node in enumerate(tree.find_all(kind)):
            if isinstance(node.this, exp.Distinct):
                yield kind, index, lambda n: n.set("this", n.this.expressions[0].copy())
            else:
                yield kind, index, lambda n: n.set("this", exp.Distinct(expressions=[n.this.copy()]))


def _whole_amount(tree: exp.Expression) -> Sites:
    """A sum of money rounded to whole rupees (or kept in an integer), as if prices had no paise."""
    for index, node in enumerate(tree.find_all(exp.Sum)):
        if any(column.name in MONEY for column in node.find_all(exp.Column)):
            yield exp.Sum, index, lambda n: n.replace(exp.Round(this=n.copy()))


OPERATORS: dict[str, Callable[[exp.Expression], Sites]] = {
    "count-form": _count_form,
    "distinct-values": _distinct_values,
    "whole-amount": _whole_amount,
}
