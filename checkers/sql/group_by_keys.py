"""Adds columns that depend on a grouped primary key to GROUP BY, as DuckDB requires and PostgreSQL and MySQL do not."""

from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp

from checkers.sql.published import PublishedSchema

__all__ = ["add_dependent_columns", "direct_tables"]


def add_dependent_columns(work: exp.Expression, typed: dict[int, exp.Expression], schema: PublishedSchema,
                          dialect_name: str) -> list[str]:
    """Add columns that depend on a grouped primary key to GROUP BY: the rows are the same, and DuckDB needs it."""
    added: list[str] = []
    ctes = {cte.alias_or_name.lower() for cte in work.find_all(exp.CTE)}
    for select in work.find_all(exp.Select):
        copy = typed.get(id(select))
        if not select.args.get("group") or copy is None or not copy.args.get("group"):
            continue
        sources = {t.alias_or_name.lower(): t.name.lower() for t in direct_tables(copy) if t.name.lower() not in ctes}
        grouped = {(column.table.lower(), column.name.lower()) for column in _grouped_columns(copy)}
        for alias, table in sources.items():
            key = schema.primary_keys.get(table, ())
            if not key or not all((alias, column) in grouped for column in key):
                continue
            for column in _used_columns(copy, alias):
                if (alias, column) not in grouped and column in schema.tables[table]:
                    grouped.add((alias, column))
                    select.args["group"].append("expressions", exp.column(column, table=alias))
                    added.append(f"{alias}.{column}")
    if not added:
        return []
    them = "they were" if len(added) > 1 else "it was"
    return [f"{dialect_name} lets you select {', '.join(added)} while grouping by that table's primary key; "
            f"DuckDB does not, so {them} added to GROUP BY (the rows are the same)."]


def _grouped_columns(select: exp.Select) -> Iterator[exp.Column]:
    """Grouped columns; a USING column, which sqlglot writes as COALESCE(a.key, b.key), groups by each side's key."""
    for key in select.args["group"].expressions:
        if isinstance(key, exp.Coalesce):
            yield from (part for part in (key.this, *key.expressions) if isinstance(part, exp.Column))
        elif isinstance(key, exp.Column):
            yield key


def direct_tables(select: exp.Select) -> Iterator[exp.Table]:
    """The tables named directly in a SELECT's FROM and JOINs, not subqueries or table functions."""
    sources = [select.args.get("from_") or select.args.get("from")]
    sources += [join.this for join in select.args.get("joins") or ()]
    for source in sources:
        node = source.this if isinstance(source, exp.From) else source
        if isinstance(node, exp.Table) and isinstance(node.this, exp.Identifier):
            yield node


def _used_columns(select: exp.Select, alias: str) -> list[str]:
    parts = [*select.expressions, select.args.get("having"), select.args.get("order"), select.args.get("qualify")]
    found: dict[str, None] = {}
    for part in filter(None, parts):
        for column in part.find_all(exp.Column):
            if column.table.lower() == alias and column.find_ancestor(exp.Select) is select:
                found[column.name.lower()] = None
    return list(found)

