"""Names the SQL constructs an answer uses (join, cte, window, …) where they do work, so a question can require one.

A construct counts only where it can change the result (liveness.py): a window function in a column nothing
reads, or a WITH query never read, does not. The required ones are checked more closely: an anti-join must
remove the rows that have a match (anti_join.py), a subquery must read a table and compute something, and a
WITH query counts as a subquery, since it is a named one.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from checkers.sql.anti_join import anti_join_uses
from checkers.sql.liveness import Liveness, liveness
from checkers.sql.published import PublishedSchema
from checkers.sql.query_facts import Use, always_empty, reads_table, refers_outside
from checkers.sql.questions import CONSTRUCT_NAMES
from checkers.sql.safety import function_name

DATE_BUCKETS = (exp.DateTrunc, exp.TimestampTrunc, exp.DatetimeTrunc, exp.TimeToStr, exp.Extract, exp.Year,
                exp.Month, exp.Quarter, exp.Week)
DATE_BUCKET_NAMES = {"date_trunc", "datetrunc", "date_part", "datepart", "strftime", "date_format", "to_char",
                     "time_bucket", "year", "month", "quarter", "week", "yearweek", "extract"}
ACCEPTED_FOR = {"subquery": ("subquery", "cte")}  # a WITH query is a named subquery
HINTS = {
    "anti_join": "An anti-join keeps the rows that have no match: its subquery or joined table must be compared "
                 "with the row being kept (NOT EXISTS (SELECT 1 FROM t WHERE t.id = outer.id), or LEFT JOIN t ON "
                 "t.id = outer.id ... WHERE t.id IS NULL).",
    "window": "Compute a value the answer returns or filters on with a window function: f(...) OVER (PARTITION "
              "BY ... ORDER BY ...).",
    "subquery": "Compute part of the answer in a subquery (in FROM, WHERE or SELECT) or a WITH query, and use what "
                "it computes in the query around it.",
}


@dataclass(frozen=True)
class ConstructGap:
    """What a question requires that the answer lacks, in the words of the feedback."""

    expected: str
    got: str
    hint: str


def uses(tree: exp.Expression, dialect: str = "postgres", schema: PublishedSchema | None = None) -> list[Use]:
    """Every use of a construct in `tree`, each saying why it does not count where it does not."""
    live = liveness(tree, dialect, schema)
    found = anti_join_uses(live) + _window_uses(live) + _subquery_uses(live)
    found += [Use(name, name) for name in _plain_constructs(live)]
    return found


def constructs(tree: exp.Expression, dialect: str = "postgres",
               schema: PublishedSchema | None = None) -> frozenset[str]:
    """The constructs `tree` uses where they do work, from: join, outer_join, subquery, cte, group_by, having,
    window, anti_join, date_bucket, case, distinct, union."""
    return frozenset(use.construct for use in uses(tree, dialect, schema) if use.counts)


def missing_constructs(tree: exp.Expression, requires: tuple[str, ...], dialect: str,
                       schema: PublishedSchema | None) -> ConstructGap | None:
    """None when the answer uses every required construct where it does work; else what is missing and why."""
    found = uses(tree, dialect, schema)
    missing = [name for name in requires
               if not any(u.construct in ACCEPTED_FOR.get(name, (name,)) and u.counts for u in found)]
    if not missing:
        return None
    needed = " and ".join(CONSTRUCT_NAMES[name] for name in missing)
    got = []
    for name in missing:
        problems = list(dict.fromkeys(u.problem for u in found if u.construct in ACCEPTED_FOR.get(name, (name,))))
        got += problems or [f"{CONSTRUCT_NAMES[name]} was not found in your query"]
    hint = " ".join(HINTS.get(name, f"Rewrite it with {CONSTRUCT_NAMES[name]}.") for name in missing)
    return ConstructGap(expected=f"an answer that uses {needed}, as the question asks",
                        got="\n".join(got), hint=hint + " This question practises that construct.")


def _window_uses(live: Liveness) -> list[Use]:
    found = []
    for window in live.tree.find_all(exp.Window):
        if window.arg_key == "windows":  # WINDOW w AS (...) names a window; the function using it is the use
            continue
        function = window.this if isinstance(window.this, exp.Func) else window.this.find(exp.Func)
        name = function.name if isinstance(function, exp.Anonymous) else function.sql_name() if function else "f"
        form = f"{name.upper()}() OVER (...)"
        problem = "" if live.is_live(window) else f"your window function {form} does not count: {live.why_dead(window)}"
        found.append(Use("window", form, problem))
    return found


def _subquery_uses(live: Liveness) -> list[Use]:
    """Subqueries in FROM, WHERE or SELECT, and WITH queries (named subqueries: construct "cte")."""
    found = []
    root = live.tree
    for query in root.find_all(exp.Select, exp.SetOperation):
        parent = query.parent
        while isinstance(parent, exp.Subquery | exp.Paren):
            parent = parent.parent
        if query is root or isinstance(parent, exp.SetOperation):
            continue
        if isinstance(parent, exp.CTE):
            kind, form, is_live = "cte", f"WITH query {parent.alias_or_name}", id(parent) in live.ctes_read
        elif isinstance(parent, exp.From | exp.Join | exp.Lateral):
            kind, form, is_live = "subquery", "subquery in FROM", _query_live(live, query)
        else:
            kind, form = "subquery", "subquery"
            is_live = _query_live(live, query) and live.is_live(_outermost_wrapper(query))
        found.append(Use(kind, form, _subquery_problem(live, query, form, is_live)))
    return found


def _subquery_problem(live: Liveness, query: exp.Expression, form: str, is_live: bool) -> str:
    if not is_live:
        return f"your {form} does not count: {live.why_dead(query)}"
    if not reads_table(query):
        return f"your {form} reads no table, so it computes nothing from the data"
    if always_empty(query):
        return f"your {form} can never return a row (its condition is always false or it has LIMIT 0)"
    if isinstance(query.parent, exp.Exists):
        outer = live.selects.get(id(query.parent.find_ancestor(exp.Select)))
        if outer is None or not refers_outside(query, outer):
            return f"your EXISTS {form} does not refer to the outer query, so it is true or false for every row alike"
    if form != "subquery" and not _computes(query, live):
        return f"your {form} only lists rows of a table as they are, so it does no work of its own"
    return ""


def _query_live(live: Liveness, query: exp.Expression) -> bool:
    if isinstance(query, exp.SetOperation):
        return any(query is op for op in live.set_operations)
    return id(query) in live.selects


def _outermost_wrapper(query: exp.Expression) -> exp.Expression:
    node = query
    while isinstance(node.parent, exp.Subquery | exp.Paren | exp.Exists | exp.All | exp.Any):
        node = node.parent
    return node


def _computes(query: exp.Expression, live: Liveness) -> bool:
    """More than SELECT columns FROM one table: a filter, join, grouping, DISTINCT, LIMIT or a computed column
    that the query around it reads."""
    if not isinstance(query, exp.Select):
        return True
    clauses = ("where", "group", "having", "qualify", "joins", "distinct", "limit", "with_")
    used = live.selects[id(query)].root_ids
    return any(query.args.get(name) for name in clauses) or any(
        not isinstance(p.unalias(), exp.Column | exp.Star) and id(p) in used for p in query.expressions)


def _plain_constructs(live: Liveness) -> set[str]:
    """join, outer_join, cte, group_by, having, date_bucket, case, distinct and union where they are live."""
    found: set[str] = set()
    for select in live.selects.values():
        joins = select.select.args.get("joins") or ()
        if joins:
            found.add("join")
        if any(j.side in ("LEFT", "RIGHT", "FULL") or j.kind == "OUTER" for j in joins):
            found.add("outer_join")
        for name in ("group", "having", "distinct"):
            if select.select.args.get(name):
                found.add({"group": "group_by"}.get(name, name))
        for node in select.nodes():
            if isinstance(node, exp.Case):
                found.add("case")
            elif isinstance(node, exp.Distinct):
                found.add("distinct")
            elif isinstance(node, DATE_BUCKETS) or isinstance(node, exp.Func) and \
                    function_name(node) in DATE_BUCKET_NAMES:
                found.add("date_bucket")
    if any(isinstance(op, exp.Union) for op in live.set_operations):
        found.add("union")
    return found
