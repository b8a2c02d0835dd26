"""Adds columns that depend on a grouped primary key to GROUP BY, as DuckDB requires and PostgreSQL and MySQL do not."""

from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp

from checkers.sql.published import PublishedSchema

__all__ = ["add_dependent_columns", "direct_tables"]


def add_dependent_columns(work: exp.Expression, typed: dict[int, exp.Expression], schema: PublishedSchema,
                          dialect_name: str, through_joins: bool = False) -> list[str]:
    """Add columns that depend on the grouped columns to GROUP BY: the rows are the same, and DuckDB needs it.

    PostgreSQL sees only a table whose whole primary key is grouped; MySQL (`through_joins`) also follows equalities
    of inner joins and WHERE, and a LEFT JOIN onto a table's primary key, to the tables they determine."""
    added: list[str] = []
    ctes = {cte.alias_or_name.lower() for cte in work.find_all(exp.CTE)}
    for select in work.find_all(exp.Select):
        copy = typed.get(id(select))
        if not select.args.get("group") or copy is None or not copy.args.get("group"):
            continue
        sources = {t.alias_or_name.lower(): t.name.lower() for t in direct_tables(copy) if t.name.lower() not in ctes}
        grouped = {(column.table.lower(), column.name.lower()) for column in _grouped_columns(copy)}
        links = _equalities(copy) if through_joins else []
        determined = _determined(grouped, sources, links, schema)
        for alias, table in sources.items():
            for column in _used_columns(copy, alias):
                if (alias, column) in determined - grouped and column in schema.tables[table]:
                    grouped.add((alias, column))
                    select.args["group"].append("expressions", exp.column(column, table=alias))
                    added.append(f"{alias}.{column}")
    if not added:
        return []
    them = "they were" if len(added) > 1 else "it was"
    return [f"{dialect_name} lets you select {', '.join(added)} as each depends on a grouped key, "
            f"so {them} added to DuckDB's GROUP BY (the rows are the same)."]


Link = tuple[tuple[str, str], tuple[str, str]]


def _determined(grouped: set[tuple[str, str]], sources: dict[str, str], links: list[Link],
                schema: PublishedSchema) -> set[tuple[str, str]]:
    """Columns with one value per group: the grouped ones, what equals them, and every column of a table whose
    primary key is among them, repeated until nothing new is found."""
    determined = set(grouped)
    while True:
        found = {after for before, after in links if before in determined}
        for alias, table in sources.items():
            key = schema.primary_keys.get(table, ())
            if key and all((alias, column) in determined for column in key):
                found |= {(alias, column) for column in schema.tables[table]}
        if found <= determined:
            return determined
        determined |= found


def _equalities(select: exp.Select) -> list[Link]:
    """(a, b) pairs where one value of column a per group gives b one value too; none past a RIGHT or FULL join.

    Equalities in WHERE and inner joins hold on every row, both ways. A LEFT JOIN's blanked side is determined by
    the other side only when its ON names a single column of the other side, so a match depends on that alone."""
    joins = select.args.get("joins") or ()
    if any((join.side or "").upper() in ("RIGHT", "FULL") for join in joins):
        return []
    links: list[Link] = []
    for condition, blanked in [(select.args.get("where"), None), *[
            (join.args.get("on"), join.this.alias_or_name.lower() if join.side else None) for join in joins]]:
        if condition is None:
            continue
        pairs = [pair for part in _conjuncts(condition) if (pair := _column_pair(part))]
        if blanked is None:
            links += [link for left, right in pairs for link in ((left, right), (right, left))]
            continue
        others = {_name(column) for column in condition.find_all(exp.Column) if column.table.lower() != blanked}
        links += [(a, b) if b[0] == blanked else (b, a) for a, b in pairs
                  if len(others) == 1 and blanked in (a[0], b[0]) and a[0] != b[0]]
    return links


def _conjuncts(condition: exp.Expression) -> list[exp.Expression]:
    node = condition.this if isinstance(condition, exp.Where) else condition
    return list(node.flatten()) if isinstance(node, exp.And) else [node]


def _column_pair(part: exp.Expression) -> Link | None:
    if isinstance(part, exp.Paren):
        return _column_pair(part.this)
    if isinstance(part, exp.EQ) and isinstance(part.this, exp.Column) and isinstance(part.expression, exp.Column):
        return _name(part.this), _name(part.expression)
    return None


def _name(column: exp.Column) -> tuple[str, str]:
    return column.table.lower(), column.name.lower()


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

