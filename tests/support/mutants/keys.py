"""Key and column mutants: a sort, group or partition key coarsened, swapped or dropped; a returned column swapped."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import sqlglot
from sqlglot import exp

from checkers.sql.published import published_schema
from tests.support.mutants.sites import Sites, column_type

TIME_TYPES = ("TIMESTAMP", "DATE")


def _keys(tree: exp.Expression) -> Iterator[exp.Expression]:
    """Every sort key (ORDER BY, window ORDER BY), group key and window PARTITION BY key, in walk order."""
    for node in tree.walk():
        if isinstance(node, exp.Ordered):
            yield node.this
        elif isinstance(node, exp.Group):
            yield from node.expressions
        elif isinstance(node, exp.Window):
            yield from node.args.get("partition_by") or []


def _coarser(key: exp.Expression) -> list[str]:
    """Coarser versions of a time key, as DuckDB SQL: a timestamp's day, a day's month, a month's year."""
    text = key.sql(dialect="duckdb")
    if isinstance(key, exp.Column) and (found := column_type(key)) and found[1] in TIME_TYPES:
        return [f"CAST({text} AS DATE)", f"DATE_TRUNC('MONTH', {text})"] if found[1] == "TIMESTAMP" \
            else [f"DATE_TRUNC('MONTH', {text})"]
    if isinstance(key, exp.Cast) and key.to.is_type("date"):
        inner = key.this
        if isinstance(inner, exp.TimestampTrunc | exp.DateTrunc):
            return [f"CAST(DATE_TRUNC('YEAR', {inner.this.sql(dialect='duckdb')}) AS DATE)"]
        return [f"CAST(DATE_TRUNC('MONTH', {inner.sql(dialect='duckdb')}) AS DATE)"]
    if isinstance(key, exp.TimestampTrunc | exp.DateTrunc):
        return [f"DATE_TRUNC('YEAR', {key.this.sql(dialect='duckdb')})"]
    return []


def _replace_everywhere(select_root: exp.Expression, old: exp.Expression, new: exp.Expression) -> None:
    """Replace `old` by `new` wherever the same expression appears in the SELECT that owns it (keys and columns)."""
    owner = old.parent_select or select_root
    for node in list(owner.find_all(type(old))):
        if node == old and node.parent_select is owner:
            node.replace(new.copy())


def _coarsened_key(tree: exp.Expression) -> Sites:
    for index, key in enumerate(_keys(tree)):
        for coarse in _coarser(key):
            new = sqlglot.parse_one(coarse, read="duckdb")
            yield exp.Expression, 0, _at_key(index, lambda k, root, n=new: _replace_everywhere(root, k, n))


def _at_key(index: int, change: Callable[[exp.Expression, exp.Expression], None]) -> Callable[[exp.Expression], None]:
    """An edit of the whole tree that changes its index-th key (the walk order of _keys)."""
    return lambda root: change(list(_keys(root))[index], root)


def _correlated(table: str, column: str) -> list[str]:
    """The columns of the same table that usually move together with this one: its id and its dates and times."""
    columns = published_schema().tables[table]
    key = published_schema().primary_keys.get(table, ())
    related = [c for c, kind in columns.items() if kind in TIME_TYPES or (len(key) == 1 and c == key[0])]
    return [c for c in related if c != column] if column in related else []


def _correlated_key(tree: exp.Expression) -> Sites:
    for index, key in enumerate(_keys(tree)):
        if isinstance(key, exp.Column) and (found := column_type(key)):
            for other in _correlated(found[0], key.name):
                yield exp.Expression, 0, _at_key(index, lambda k, _, o=other: k.set("this", exp.to_identifier(o)))


def _dropped_sort_key(tree: exp.Expression) -> Sites:
    for index, order in enumerate(tree.find_all(exp.Order)):
        if len(order.expressions) > 1:
            for position in range(len(order.expressions)):
                yield exp.Order, index, lambda o, p=position: o.expressions[p].pop()


def _dropped_partition(tree: exp.Expression) -> Sites:
    """A window loses one PARTITION BY key: a rank or running total over the whole table instead of each group."""
    for index, window in enumerate(tree.find_all(exp.Window)):
        for position in range(len(window.args.get("partition_by") or [])):
            yield exp.Window, index, lambda w, p=position: w.set(
                "partition_by", [k.copy() for i, k in enumerate(w.args["partition_by"]) if i != p] or None)


def _selected_column(tree: exp.Expression) -> Sites:
    """A returned column swapped for another column of the same table and type: the wrong name, date or amount."""
    for index, column in enumerate(tree.find_all(exp.Column)):
        select = column.parent_select
        if select is None or column.find_ancestor(exp.Select) is not select or not _returned(column, select):
            continue
        if found := column_type(column):
            table, kind = found
            counted = isinstance(column.parent, exp.Count)  # COUNT(col) only sees whether a column is NULL
            for other, other_kind in published_schema().tables[table].items():
                if other != column.name and other_kind == kind and not (
                        counted and other not in published_schema().nullable[table]):
                    yield exp.Column, index, lambda c, o=other: c.set("this", exp.to_identifier(o))


def _returned(column: exp.Column, select: exp.Select) -> bool:
    """Whether the column is (part of) one of the SELECT's output expressions."""
    node: exp.Expression | None = column
    while node is not None and node.parent is not select:
        node = node.parent
    return node is not None and node.arg_key == "expressions"


OPERATORS: dict[str, Callable[[exp.Expression], Sites]] = {
    "coarsened-key": _coarsened_key,
    "correlated-key": _correlated_key,
    "dropped-sort-key": _dropped_sort_key,
    "dropped-partition": _dropped_partition,
    "selected-column": _selected_column,
}
