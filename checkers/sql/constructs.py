"""Names the SQL constructs an answer uses (join, cte, window, …), so a question can require one."""

from __future__ import annotations

from sqlglot import exp

from checkers.sql.safety import function_name

DATE_BUCKETS = (exp.DateTrunc, exp.TimestampTrunc, exp.DatetimeTrunc, exp.TimeToStr, exp.Extract, exp.Year,
                exp.Month, exp.Quarter, exp.Week)
DATE_BUCKET_NAMES = {"date_trunc", "datetrunc", "date_part", "datepart", "strftime", "date_format", "to_char",
                     "time_bucket", "year", "month", "quarter", "week", "yearweek", "extract"}


def constructs(tree: exp.Expression) -> frozenset[str]:
    """The constructs `tree` uses, from: join, outer_join, subquery, cte, group_by, having, window, anti_join,
    date_bucket, case, distinct, union."""
    found: set[str] = set()
    for node in tree.walk():
        found.update(_named(node))
    return frozenset(found)


def _named(node: exp.Expression) -> set[str]:
    if isinstance(node, exp.Join):
        outer = node.side in ("LEFT", "RIGHT", "FULL") or node.kind == "OUTER"
        return {"join", "outer_join"} | ({"anti_join"} if _left_join_is_null(node) else set()) if outer else {"join"}
    if isinstance(node, exp.Subquery | exp.Exists) or isinstance(node, exp.In) and node.args.get("query"):
        return {"subquery"} | ({"anti_join"} if isinstance(node.parent, exp.Not) else set())
    if isinstance(node, exp.Except):
        return {"anti_join"}
    if isinstance(node, DATE_BUCKETS) or isinstance(node, exp.Func) and function_name(node) in DATE_BUCKET_NAMES:
        return {"date_bucket"}
    simple = {exp.CTE: "cte", exp.Group: "group_by", exp.Having: "having", exp.Window: "window", exp.Case: "case",
              exp.Distinct: "distinct", exp.Union: "union"}
    return {name for kind, name in simple.items() if isinstance(node, kind)}


def _left_join_is_null(join: exp.Join) -> bool:
    """LEFT JOIN t … WHERE t.column IS NULL: the rows of the left side that have no match in t."""
    select = join.parent
    where = select.args.get("where") if isinstance(select, exp.Select) else None
    if where is None or join.side != "LEFT":
        return False
    alias = join.this.alias_or_name.lower()
    for test in where.find_all(exp.Is):
        column = test.this
        negated = test.args.get("negate") or isinstance(test.parent, exp.Not)
        if isinstance(test.expression, exp.Null) and isinstance(column, exp.Column) and not negated \
                and column.table.lower() == alias:
            return True
    return False
