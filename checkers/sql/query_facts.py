"""Small facts about a piece of a query that decide whether a construct in it does any work."""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp
from sqlglot.errors import SqlglotError
from sqlglot.optimizer.simplify import simplify

from checkers.sql.liveness import LiveSelect


@dataclass(frozen=True)
class Use:
    """One place an answer writes a construct: the form, and why it does not count (empty when it counts)."""

    construct: str
    form: str
    problem: str = ""

    @property
    def counts(self) -> bool:
        return not self.problem


def reads_table(query: exp.Expression) -> bool:
    """True when the query reads rows from some table (SELECT 1 WHERE 1 = 0 reads none)."""
    return query.find(exp.Table) is not None


def always_empty(query: exp.Expression) -> bool:
    """True when the query can never return a row: a WHERE or HAVING that is always false, or LIMIT 0."""
    if isinstance(query, exp.SetOperation):
        return always_empty(query.this) and always_empty(query.expression)
    if not isinstance(query, exp.Select):
        return False
    limit = query.args.get("limit")
    if limit is not None and isinstance(limit.expression, exp.Literal) and limit.expression.this == "0":
        return True
    if any(always_false(clause.this) for name in ("where", "having") if (clause := query.args.get(name)) is not None):
        return True
    inner = [query.args["from_"].this] if query.args.get("from_") else []
    inner += [join.this for join in query.args.get("joins") or () if not join.side]
    return any(isinstance(source, exp.Subquery) and always_empty(source.this) for source in inner)


def always_false(condition: exp.Expression | None) -> bool:
    """True when a condition is false (or NULL) whatever the row: 1 = 0, FALSE, x = 1 AND 1 = 0."""
    if condition is None:
        return False
    try:
        folded = simplify(condition.copy())
    except SqlglotError:
        return False
    return isinstance(folded, exp.Null) or isinstance(folded, exp.Boolean) and not folded.this


def declared_aliases(query: exp.Expression) -> set[str]:
    """The table aliases a query declares anywhere inside it (its tables, derived tables and WITH queries)."""
    names = {node.alias_or_name.lower() for node in query.find_all(exp.Table, exp.Subquery, exp.Lateral)}
    return names | {cte.alias_or_name.lower() for cte in query.find_all(exp.CTE)}


def refers_outside(query: exp.Expression, outer: LiveSelect) -> bool:
    """True when the query reads a column of a table declared by an enclosing query (it is correlated)."""
    inside = declared_aliases(query)
    return any(column.table.lower() not in inside and outer.source(column.table.lower()) is not None
               for column in query.find_all(exp.Column) if column.table)


def filter_conjunct(node: exp.Expression) -> bool:
    """True when `node` is one of the conditions that must all hold in a WHERE, HAVING or QUALIFY."""
    parent = node.parent
    while isinstance(parent, exp.And | exp.Paren):
        parent = parent.parent
    return isinstance(parent, exp.Where | exp.Having | exp.Qualify)


def tables_in(condition: exp.Expression | None) -> set[str]:
    """The table aliases a condition reads columns of."""
    if condition is None:
        return set()
    return {column.table.lower() for column in condition.find_all(exp.Column) if column.table}


def unwrap(node: exp.Expression) -> exp.Expression:
    while isinstance(node, exp.Paren | exp.Subquery) and isinstance(node.this, exp.Expression):
        node = node.this
    return node
