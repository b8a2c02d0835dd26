"""Structural mutants: joins, comparisons, aggregates, DISTINCT, GROUP BY, conjuncts, order, LIMIT, ranks, negation."""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from checkers.sql.published import published_schema
from tests.support.mutants.sites import Sites, aliases, conjuncts

AGGREGATES: tuple[type[exp.AggFunc], ...] = (exp.Sum, exp.Avg, exp.Min, exp.Max, exp.Count)
COMPARISON_SWAPS: dict[type[exp.Expression], type[exp.Expression]] = {
    exp.LT: exp.LTE, exp.LTE: exp.LT, exp.GT: exp.GTE, exp.GTE: exp.GT, exp.EQ: exp.NEQ, exp.NEQ: exp.EQ}


def _join_type(tree: exp.Expression) -> Sites:
    for index, join in enumerate(tree.find_all(exp.Join)):
        side = (join.args.get("side") or "").upper()
        if side in ("", "INNER") and join.args.get("kind", "") != "CROSS":
            yield exp.Join, index, lambda j: (j.set("side", "LEFT"), j.set("kind", None))
        elif side == "LEFT":
            yield exp.Join, index, lambda j: (j.set("side", None), j.set("kind", None))


def _comparison(tree: exp.Expression) -> Sites:
    for old, new in COMPARISON_SWAPS.items():
        for index, _ in enumerate(tree.find_all(old)):
            yield old, index, lambda n, new=new: n.replace(new(this=n.this.copy(), expression=n.expression.copy()))


def _aggregate(tree: exp.Expression) -> Sites:
    for old in AGGREGATES:
        for index, node in enumerate(tree.find_all(old)):
            if isinstance(node.this, exp.Star):
                continue
            for new in AGGREGATES:
                if new is not old:
                    yield old, index, lambda n, new=new: n.replace(new(this=n.this.copy()))


def _distinct(tree: exp.Expression) -> Sites:
    for index, select in enumerate(tree.find_all(exp.Select)):
        if select.args.get("distinct"):
            yield exp.Select, index, lambda s: s.set("distinct", None)
        elif not _rows_already_distinct(select):
            yield exp.Select, index, lambda s: s.set("distinct", exp.Distinct())
    for index, count in enumerate(tree.find_all(exp.Count)):
        if isinstance(count.this, exp.Distinct):
            yield exp.Count, index, lambda c: c.set("this", c.this.expressions[0].copy())
        elif not isinstance(count.this, exp.Star):
            yield exp.Count, index, lambda c: c.set("this", exp.Distinct(expressions=[c.this.copy()]))


def _rows_already_distinct(select: exp.Select) -> bool:
    """DISTINCT cannot change this SELECT: it returns every GROUP BY key, or it only feeds EXISTS, IN or AVG(...)."""
    if isinstance(select.parent, exp.Exists) or isinstance(select.parent, exp.Subquery) and isinstance(
            select.parent.parent, exp.In | exp.GT | exp.LT | exp.GTE | exp.LTE | exp.EQ | exp.NEQ):
        return True
    group = select.args.get("group")
    if group is None:
        return _returns_its_only_tables_key(select)
    returned = {e.unalias().sql() for e in select.expressions}
    return all(key.sql() in returned for key in group.expressions)


def _returns_its_only_tables_key(select: exp.Select) -> bool:
    """A join-free SELECT from one published table that returns that table's whole primary key."""
    source = select.args.get("from_") or select.args.get("from")
    if select.args.get("joins") or source is None or not isinstance(source.this, exp.Table):
        return False
    key = published_schema().primary_keys.get(source.this.name, ())
    returned = {e.unalias().name for e in select.expressions if isinstance(e.unalias(), exp.Column)}
    return bool(key) and set(key) <= returned


def _group_by(tree: exp.Expression) -> Sites:
    tables = published_schema().tables
    for index, group in enumerate(tree.find_all(exp.Group)):
        scope = aliases(group.parent_select)
        for position, key in enumerate(group.expressions):
            if len(group.expressions) > 1:
                yield exp.Group, index, lambda g, p=position: g.expressions[p].pop()
            if isinstance(key, exp.Column) and scope.get(key.table) in tables:
                for other in tables[scope[key.table]]:
                    if other != key.name:
                        yield exp.Group, index, lambda g, p=position, o=other: g.expressions[p].set(
                            "this", exp.to_identifier(o))


def _dropped_predicate(tree: exp.Expression) -> Sites:
    for holder_type, key in ((exp.Where, "this"), (exp.Having, "this"), (exp.Join, "on")):
        for index, holder in enumerate(tree.find_all(holder_type)):
            condition = holder.args.get(key)
            parts = conjuncts(condition) if condition is not None else []
            if len(parts) < 2:
                continue
            for dropped in range(len(parts)):
                yield holder_type, index, lambda h, k=key, d=dropped: h.set(
                    k, exp.and_(*[p.copy() for i, p in enumerate(conjuncts(h.args[k])) if i != d]))


def _order_direction(tree: exp.Expression) -> Sites:
    for index, _ in enumerate(tree.find_all(exp.Ordered)):
        yield exp.Ordered, index, lambda o: o.set("desc", not o.args.get("desc"))


def _limit(tree: exp.Expression) -> Sites:
    for index, limit in enumerate(tree.find_all(exp.Limit)):
        value = int(limit.expression.name)
        for changed in (value - 1, value + 1):
            yield exp.Limit, index, lambda node, v=changed: node.set("expression", exp.Literal.number(v))


RANKINGS: tuple[type[exp.Expression], ...] = (exp.Rank, exp.DenseRank, exp.RowNumber)


def _ranking(tree: exp.Expression) -> Sites:
    """RANK() vs DENSE_RANK() vs ROW_NUMBER(): how ties share, skip or split ranks."""
    for old in RANKINGS:
        for index, _ in enumerate(tree.find_all(old)):
            for new in RANKINGS:
                if new is not old:
                    yield old, index, lambda n, new=new: n.replace(new())


def _negation(tree: exp.Expression) -> Sites:
    """IS NULL, EXISTS and IN turned into their opposites (and back)."""
    for kind in (exp.Is, exp.Exists, exp.In):
        for index, node in enumerate(tree.find_all(kind)):
            if isinstance(node.parent, exp.Not):
                yield kind, index, lambda n: n.parent.replace(n.copy())
            else:
                yield kind, index, lambda n: n.replace(exp.Not(this=n.copy()))


OPERATORS: dict[str, Callable[[exp.Expression], Sites]] = {
    "join-type": _join_type,
    "comparison": _comparison,
    "aggregate": _aggregate,
    "distinct": _distinct,
    "group-by": _group_by,
    "dropped-predicate": _dropped_predicate,
    "order-direction": _order_direction,
    "limit": _limit,
    "ranking": _ranking,
    "negation": _negation,
}
