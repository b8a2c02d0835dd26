"""MySQL's HAVING without GROUP BY or aggregates filters rows, and may name the select list's aliases."""

from __future__ import annotations

from sqlglot import exp

__all__ = ["mysql_having_as_row_filter"]


def mysql_having_as_row_filter(work: exp.Expression) -> list[str]:
    """Move such a HAVING into WHERE, each alias replaced by what it names, as DuckDB would group all rows else."""
    notes: list[str] = []
    for select in list(work.find_all(exp.Select)):
        having = select.args.get("having")
        if having is None or select.args.get("group") or _aggregates(select):
            continue
        named = {p.alias.lower(): p.this for p in select.expressions if isinstance(p, exp.Alias)}
        condition = having.this.copy()
        for column in list(condition.find_all(exp.Column)):
            if not column.table and column.name.lower() in named and column.find_ancestor(exp.Select) is None:
                column.replace(exp.paren(named[column.name.lower()].copy(), copy=False))
        if condition.find(exp.Window):
            continue
        select.set("having", None)
        select.where(exp.paren(condition, copy=False), copy=False)
        notes.append("MySQL's HAVING without GROUP BY filters rows, so it was run as part of WHERE.")
    return notes


def _aggregates(select: exp.Select) -> bool:
    """An aggregate of this query itself, not of a subquery nor a window function."""
    parts = [*select.expressions, select.args["having"]]
    return any(aggregate.find_ancestor(exp.Select, exp.Window) is select
               for part in parts for aggregate in part.find_all(exp.AggFunc))
