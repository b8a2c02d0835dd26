"""What every mutation operator shares: a site is (node type, index in walk order, edit of that node)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlglot import exp

from checkers.sql.published import published_schema

Edit = Callable[[exp.Expression], None]
Sites = Iterator[tuple[type[exp.Expression], int, Edit]]
STATUSES = {"orders": ("placed", "delivered", "cancelled"), "payments": ("success", "failed", "refunded")}


def nth(tree: exp.Expression, node_type: type[exp.Expression], index: int) -> exp.Expression:
    """The index-th node of this type in the tree's walk order."""
    return list(tree.find_all(node_type))[index]


def aliases(select: exp.Select | None) -> dict[str, str]:
    """Table alias (or bare name) → published table name, for the tables in one SELECT's FROM and JOINs."""
    if select is None:
        return {}
    found = {}
    for table in select.find_all(exp.Table):
        if table.parent_select is select:
            found[table.alias_or_name] = table.name
    if len(found) == 1:
        found[""] = next(iter(found.values()))
    return found


def column_type(column: exp.Column) -> tuple[str, str] | None:
    """(published table, DuckDB type) of a column read straight from a published table, else None."""
    table = aliases(column.parent_select).get(column.table)
    columns = published_schema().tables.get(table or "", {})
    return (table, columns[column.name]) if column.name in columns else None


def conjuncts(condition: exp.Expression | None) -> list[exp.Expression]:
    """The parts of an AND chain (one part for any other condition, none for no condition)."""
    if condition is None:
        return []
    return list(condition.flatten()) if isinstance(condition, exp.And) else [condition]


def is_join_condition(condition: exp.Expression) -> bool:
    """An equality of two columns of different tables: what ties a join together rather than filters it."""
    return (isinstance(condition, exp.EQ) and isinstance(condition.this, exp.Column)
            and isinstance(condition.expression, exp.Column) and condition.this.table != condition.expression.table)


def own_aggregates(select: exp.Select) -> list[exp.AggFunc]:
    """The aggregates computed by this SELECT itself (not by a subquery, not as window functions)."""
    found = []
    for node in select.find_all(exp.AggFunc):
        if node.parent_select is not select:
            continue
        parent = node.parent
        while parent is not None and parent is not select and not isinstance(parent, exp.Window):
            parent = parent.parent
        if not isinstance(parent, exp.Window):
            found.append(node)
    return found
