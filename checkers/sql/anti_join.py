"""Finds the anti-joins of an answer (rows of one table with no match in another) and whether each does its work.

Every honest form counts: NOT EXISTS with a subquery that refers to the outer row, NOT IN (subquery) and
<> ALL (subquery) on a column of the outer row, LEFT / RIGHT / FULL JOIN ... WHERE <joined column> IS NULL,
EXCEPT, and DuckDB's ANTI JOIN. A form that cannot remove a matching row, such as
NOT EXISTS (SELECT 1 WHERE 1 = 0), does not count, and its Use says why.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlglot import exp

from checkers.sql.liveness import Liveness, LiveSelect
from checkers.sql.query_facts import (
    Use,
    always_empty,
    always_false,
    filter_conjunct,
    reads_table,
    refers_outside,
    tables_in,
    unwrap,
)

NAME = "anti_join"


def anti_join_uses(live: Liveness) -> list[Use]:
    """Every anti-join written in the answer, each with why it does not count (if it does not)."""
    uses: list[Use] = []
    for node in live.tree.walk():
        if isinstance(node, exp.Not | exp.NEQ):
            uses += _subquery_form(live, node)
        elif isinstance(node, exp.Except):
            uses.append(_except(live, node))
        elif isinstance(node, exp.Join):
            uses += _join_form(live, node)
    return uses


def _subquery_form(live: Liveness, node: exp.Not | exp.NEQ) -> list[Use]:
    """NOT EXISTS (...), x NOT IN (...), x <> ALL (...), NOT (x = ANY (...))."""
    inner = unwrap(node.this) if isinstance(node, exp.Not) else None
    if isinstance(node, exp.NEQ) and isinstance(node.expression, exp.All):
        form, query, left = "<> ALL (subquery)", node.expression.this, node.this
    elif isinstance(inner, exp.Exists):
        form, query, left = "NOT EXISTS", inner.this, None
    elif isinstance(inner, exp.In) and inner.args.get("query") is not None:
        form, query, left = "NOT IN (subquery)", inner.args["query"], inner.this
    elif isinstance(inner, exp.EQ) and isinstance(inner.expression, exp.Any):
        form, query, left = "NOT ... = ANY (subquery)", inner.expression.this, inner.this
    else:
        return []
    return [Use(NAME, form, _subquery_problem(live, node, form, unwrap(query), left))]


def _subquery_problem(live: Liveness, node: exp.Expression, form: str, query: exp.Expression,
                      left: exp.Expression | None) -> str:
    if not live.is_live(node):
        return f"your {form} does not count: {live.why_dead(node)}"
    if not filter_conjunct(node):
        return (f"your {form} is not one of the conditions that must all hold in a WHERE (it sits inside an OR, a "
                "CASE or a SELECT list), so it does not remove the rows that have a match")
    outer = live.selects[id(node.find_ancestor(exp.Select))]
    if left is None and not refers_outside(query, outer):
        return f"your {form} subquery does not refer to the outer query, so it does not anti-join anything"
    if left is not None and left.find(exp.Column) is None:
        return f"your {form} compares a constant, not a column of the outer query, so it does not anti-join anything"
    if not reads_table(query):
        return f"the subquery of your {form} reads no table, so there is nothing to find a match in"
    if always_empty(query):
        return (f"the subquery of your {form} can never return a row (its condition is always false or it has "
                "LIMIT 0), so it removes nothing")
    return ""


def _except(live: Liveness, node: exp.Except) -> Use:
    form = "EXCEPT"
    if not any(node is op for op in live.set_operations):
        return Use(NAME, form, f"your {form} does not count: {live.why_dead(node)}")
    if not (reads_table(node.this) and reads_table(node.expression)):
        return Use(NAME, form, f"one side of your {form} reads no table, so nothing is taken away")
    if always_empty(unwrap(node.expression)):
        return Use(NAME, form, f"the query after your {form} can never return a row, so it takes nothing away")
    return Use(NAME, form)


def _join_form(live: Liveness, join: exp.Join) -> Iterator[Use]:
    """DuckDB's ANTI JOIN, and an outer join whose WHERE keeps only rows where the joined side is NULL."""
    select = join.parent
    if not isinstance(select, exp.Select):
        return
    alias = join.this.alias_or_name.lower()
    if (join.args.get("kind") or "").upper() == "ANTI":
        yield Use(NAME, "ANTI JOIN", _join_problem(live, select, join, "ANTI JOIN", alias))
        return
    side = (join.args.get("side") or "").upper()
    if side not in ("LEFT", "RIGHT", "FULL"):
        return
    null_side = {alias} if side == "LEFT" else _left_of(select, join) | ({alias} if side == "FULL" else set())
    where = select.args.get("where")
    tests = [test for test in (where.find_all(exp.Is, exp.NullSafeEQ) if where else ())
             if isinstance(test.expression, exp.Null) and not test.args.get("negate")
             and not isinstance(test.parent, exp.Not)
             and isinstance(test.this, exp.Column) and test.this.table.lower() in null_side]
    if not tests:
        return
    form = f"{side} JOIN ... IS NULL"
    problem = _join_problem(live, select, join, form, alias)
    if not problem and not any(filter_conjunct(test) for test in tests):
        problem = (f"the IS NULL test of your {form} is not one of the conditions that must all hold in the WHERE, "
                   "so rows that have a match are kept too")
    yield Use(NAME, form, problem)


def _join_problem(live: Liveness, select: exp.Select, join: exp.Join, form: str, alias: str) -> str:
    owner = live.selects.get(id(select))
    if owner is None:
        return f"your {form} does not count: {live.why_dead(select)}"
    condition = join.args.get("on")
    others = tables_in(condition) - {alias}
    if alias not in tables_in(condition) or not any(_declared(owner, name) for name in others):
        return (f"the ON condition of your {form} does not compare {join.this.alias_or_name} with the rows it is "
                "joined to, so it does not anti-join anything")
    if always_false(condition):
        return f"the ON condition of your {form} is always false, so no row ever has a match"
    return ""


def _left_of(select: exp.Select, join: exp.Join) -> set[str]:
    """The aliases joined before `join`: the side a RIGHT JOIN can leave NULL."""
    names = {select.args["from_"].this.alias_or_name.lower()} if select.args.get("from_") else set()
    for earlier in select.args.get("joins") or ():
        if earlier is join:
            break
        names.add(earlier.this.alias_or_name.lower())
    return names


def _declared(owner: LiveSelect, alias: str) -> bool:
    return owner.source(alias) is not None
