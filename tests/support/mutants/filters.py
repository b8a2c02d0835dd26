"""Filter mutants: a status filter added, a status swapped, a filter dropped or kept for only some aggregates."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import sqlglot
from sqlglot import exp

from checkers.sql.published import published_schema
from tests.support.mutants.sites import STATUSES, Sites, aliases, conjuncts, is_join_condition, own_aggregates

Holder = tuple[str, int]  # ("where", 0) or ("join", n): where a filter sits in its SELECT


def _holders(select: exp.Select) -> Iterator[tuple[Holder, exp.Expression]]:
    if select.args.get("where") is not None:
        yield ("where", 0), select.args["where"].this
    for number, join in enumerate(select.args.get("joins") or []):
        if join.args.get("on") is not None:
            yield ("join", number), join.args["on"]


def _holder_node(select: exp.Select, holder: Holder) -> exp.Expression:
    return select.args["where"] if holder[0] == "where" else select.args["joins"][holder[1]]


def _set_condition(select: exp.Select, holder: Holder, parts: list[exp.Expression]) -> None:
    node = _holder_node(select, holder)
    key = "this" if holder[0] == "where" else "on"
    if parts:
        node.set(key, exp.and_(*parts))
    elif holder[0] == "where":
        select.set("where", None)
    else:
        node.set(key, exp.true())


def _filters(select: exp.Select) -> Iterator[tuple[Holder, int]]:
    """Each conjunct that filters rows (not one that ties a join together), by holder and position."""
    for holder, condition in _holders(select):
        for position, part in enumerate(conjuncts(condition)):
            if not is_join_condition(part):
                yield holder, position


def _wrapped(aggregate: exp.AggFunc, condition: exp.Expression) -> exp.AggFunc:
    """The aggregate seeing only the rows where `condition` holds: its argument inside CASE WHEN ... END."""
    argument = aggregate.this
    distinct = isinstance(argument, exp.Distinct)
    inner = argument.expressions[0] if distinct else argument
    value = exp.Literal.number(1) if isinstance(inner, exp.Star) else inner.copy()
    case = exp.Case().when(condition.copy(), value)
    new = aggregate.copy()
    new.set("this", exp.Distinct(expressions=[case]) if distinct else case)
    return new


def _narrowed(select: exp.Select, holder: Holder, position: int, spared: int | None) -> None:
    """Move one filter out of its WHERE or ON into every aggregate of the SELECT except the `spared` one."""
    parts = conjuncts(_holder_node(select, holder).args["this" if holder[0] == "where" else "on"])
    condition = parts[position].copy()
    _set_condition(select, holder, [p.copy() for i, p in enumerate(parts) if i != position])
    for number, aggregate in enumerate(own_aggregates(select)):
        if number != spared:
            aggregate.replace(_wrapped(aggregate, condition))


def _filter_scope(tree: exp.Expression) -> Sites:
    for index, select in enumerate(tree.find_all(exp.Select)):
        count = len(own_aggregates(select))
        for holder, position in _filters(select):
            for spared in [None, *range(count)] if count > 1 else [None]:
                yield exp.Select, index, lambda s, h=holder, p=position, k=spared: _narrowed(s, h, p, k)


def _status_conditions(alias: str, table: str) -> list[str]:
    values = STATUSES[table]
    column = f"{alias}.status" if alias else "status"
    preferred = values[1] if table == "orders" else values[0]
    return [f"{column} = '{preferred}'", *(f"{column} <> '{v}'" for v in values if v != preferred)]


def _mentions_status(select: exp.Select, alias: str) -> bool:
    return any(column.name == "status" and column.table == alias
               for _, condition in _holders(select) for column in condition.find_all(exp.Column))


def _extra_status_filter(tree: exp.Expression) -> Sites:
    for index, select in enumerate(tree.find_all(exp.Select)):
        joins = select.args.get("joins") or []
        for alias, table in aliases(select).items():
            if table not in STATUSES or (alias == "" and len(aliases(select)) > 1) or _mentions_status(select, alias):
                continue
            left = [n for n, j in enumerate(joins) if j.alias_or_name == alias and j.side == "LEFT"]
            for text in _status_conditions(alias, table):
                condition = sqlglot.parse_one(text, read="duckdb")
                yield exp.Select, index, lambda s, c=condition: s.where(c.copy(), copy=False)
                for number in left:
                    yield exp.Select, index, lambda s, c=condition, n=number: s.args["joins"][n].set(
                        "on", exp.and_(s.args["joins"][n].args["on"].copy(), c.copy()))


def _status_value(tree: exp.Expression) -> Sites:
    for kind in (exp.EQ, exp.NEQ):
        for index, node in enumerate(tree.find_all(kind)):
            column, literal = node.this, node.expression
            if not (isinstance(column, exp.Column) and column.name == "status" and literal.is_string):
                continue
            values = next((v for v in STATUSES.values() if literal.name in v), ())
            for other in (v for v in values if v != literal.name):
                for new_kind in (exp.EQ, exp.NEQ):
                    yield kind, index, lambda n, o=other, k=new_kind: n.replace(
                        k(this=n.this.copy(), expression=exp.Literal.string(o)))


def _aggregate_condition(tree: exp.Expression) -> Sites:
    """COUNT(CASE WHEN cond THEN x END) and SUM(CASE WHEN ...) lose their condition: the aggregate sees every row."""
    for index, case in enumerate(tree.find_all(exp.Case)):
        if isinstance(case.parent, exp.AggFunc | exp.Distinct) and len(case.args.get("ifs") or []) == 1:
            yield exp.Case, index, lambda c: c.replace(c.args["ifs"][0].args["true"].copy())


def _ordered_self_join(tree: exp.Expression) -> Sites:
    """A table joined to itself only to rows before (or after) each row: "failed, then paid" instead of "failed too"."""
    for index, select in enumerate(tree.find_all(exp.Select)):
        scope = aliases(select)
        for number, join in enumerate(select.args.get("joins") or []):
            alias = join.this.alias_or_name
            table = scope.get(alias)
            twins = [other for other, name in scope.items() if other and other != alias and name == table]
            times = [c for c, kind in published_schema().tables.get(table or "", {}).items() if kind == "TIMESTAMP"]
            for twin, column, kind in ((t, c, k) for t in twins for c in times for k in (exp.LT, exp.GT)):
                condition = kind(this=exp.column(column, table=alias), expression=exp.column(column, table=twin))
                yield exp.Select, index, lambda s, n=number, c=condition: s.args["joins"][n].set(
                    "on", exp.and_(s.args["joins"][n].args["on"].copy(), c.copy()))


OPERATORS: dict[str, Callable[[exp.Expression], Sites]] = {
    "filter-scope": _filter_scope,
    "extra-status-filter": _extra_status_filter,
    "status-value": _status_value,
    "aggregate-condition": _aggregate_condition,
    "ordered-self-join": _ordered_self_join,
}
