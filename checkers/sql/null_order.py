"""Explains the NULL ordering of the learner's database, only when a sort key can really be NULL."""

from __future__ import annotations

from sqlglot import exp
from sqlglot.tokens import Token

from checkers.sql.group_by_keys import direct_tables
from checkers.sql.published import PublishedSchema

__all__ = ["may_be_null", "null_order_notes"]

NEVER_NULL = (exp.Count, exp.RowNumber, exp.Rank, exp.DenseRank, exp.Ntile, exp.CumeDist, exp.PercentRank,
              exp.Literal, exp.Var, exp.DataType, exp.Star, exp.Boolean)
NULL_IF_AN_INPUT_IS = (exp.Add, exp.Sub, exp.Mul, exp.Neg, exp.Paren, exp.Cast, exp.Abs, exp.Round, exp.Floor,
                       exp.Ceil, exp.Year, exp.Month, exp.Day, exp.Quarter, exp.Extract, exp.DateTrunc,
                       exp.TimestampTrunc, exp.TimeToStr, exp.Lower, exp.Upper, exp.Concat, exp.Sum, exp.Min, exp.Max,
                       exp.Avg, exp.EQ, exp.NEQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Pad, exp.Substring, exp.Trim,
                       exp.Left, exp.Right, exp.Replace, exp.Date, exp.TsOrDsToDate, exp.DateAdd, exp.DateSub,
                       exp.DayOfWeek, exp.Week, exp.DateDiff, exp.TimestampDiff, exp.Length)
MAX_DEPTH = 8


def null_order_notes(work: exp.Expression, dialect: str, typed: dict[int, exp.Expression], schema: PublishedSchema,
                     tokens: list[Token]) -> list[str]:
    """sqlglot already writes NULLS FIRST where the learner's database puts NULLs first; say so if it can matter."""
    if any(t.text.upper() == "NULLS" for t in tokens):
        return []
    moved = [typed.get(id(order)) for order in work.find_all(exp.Ordered) if order.args.get("nulls_first")]
    if not any(order is None or _key_may_be_null(order, schema) for order in moved):
        return []
    if dialect == "postgres":
        return ["PostgreSQL sorts NULLs first with DESC, so DESC was run as DESC NULLS FIRST."]
    return ["MySQL sorts NULLs first when ascending, so ascending sorts were run with NULLS FIRST."]


def _key_may_be_null(order: exp.Ordered, schema: PublishedSchema) -> bool:
    key, select = order.this, order.find_ancestor(exp.Select)
    if select is None:
        return True
    projections = select.expressions
    if order.parent is select.args.get("order") and isinstance(key, exp.Literal) and key.is_int:
        position = int(key.this) - 1
        return not 0 <= position < len(projections) or may_be_null(projections[position], select, schema)
    if isinstance(key, exp.Column) and not key.table:
        named = {projection.alias_or_name.lower(): projection for projection in projections}
        key = named.get(key.name.lower(), key)
    return may_be_null(key, select, schema)


def may_be_null(node: exp.Expression, select: exp.Select, schema: PublishedSchema, depth: int = 0) -> bool:
    """False only when `node`, in a qualified `select`, is NULL on no row: NOT NULL columns and what keeps them so."""
    if depth > MAX_DEPTH:
        return True
    if isinstance(node, NEVER_NULL):
        return False
    if isinstance(node, (exp.Alias, exp.Window, exp.Ordered)):
        return may_be_null(node.this, select, schema, depth)
    if isinstance(node, exp.Column):
        return _column_may_be_null(node, select, schema, depth)
    if isinstance(node, exp.Coalesce):
        return all(may_be_null(part, select, schema, depth) for part in (node.this, *node.expressions))
    if isinstance(node, NULL_IF_AN_INPUT_IS):
        return any(may_be_null(part, select, schema, depth) for part in node.iter_expressions())
    return True


def _column_may_be_null(column: exp.Column, select: exp.Select, schema: PublishedSchema, depth: int) -> bool:
    alias, name = column.table.lower(), column.name.lower()
    sources = _sources(select)
    if not alias and len(sources) == 1:
        alias = sources[0].alias_or_name.lower()
    blanked = _blanked_by_outer_joins(select)
    if blanked is None or alias in blanked:
        return True
    for table in direct_tables(select):
        published = table.name.lower() in schema.tables and _cte(select, table.name.lower()) is None
        if table.alias_or_name.lower() == alias and published:
            return name in schema.nullable.get(table.name.lower(), frozenset({name}))
    body = _derived_body(select, alias)
    if not isinstance(body, exp.Select):
        return True
    for projection in body.expressions:
        if projection.alias_or_name.lower() == name:
            return may_be_null(projection, body, schema, depth + 1)
    if not body.is_star:
        return True
    owners = [table.alias_or_name for table in direct_tables(body) if name in schema.tables.get(table.name.lower(), ())]
    return len(owners) != 1 or may_be_null(exp.column(name, table=owners[0]), body, schema, depth + 1)


def _blanked_by_outer_joins(select: exp.Select) -> set[str] | None:
    """Aliases an outer join can fill with NULLs; None when a RIGHT or FULL join can blank any of them."""
    blanked: set[str] = set()
    for join in select.args.get("joins") or ():
        side = (join.side or "").upper()
        if side in ("RIGHT", "FULL"):
            return None
        if side == "LEFT":
            blanked.add(join.this.alias_or_name.lower())
    return blanked


def _derived_body(select: exp.Select, alias: str) -> exp.Expression | None:
    """The query behind a FROM or JOIN source named `alias`: a subquery there, or a CTE of that name."""
    for node in _sources(select):
        if node.alias_or_name.lower() != alias:
            continue
        if isinstance(node, exp.Subquery):
            return node.this
        if isinstance(node, exp.Table):
            return _cte(select, node.name.lower())
    return None


def _sources(select: exp.Select) -> list[exp.Expression]:
    """What the FROM and each JOIN read: tables, subqueries or table functions."""
    sources = [select.args.get("from_") or select.args.get("from"), *(select.args.get("joins") or ())]
    return [source.this for source in sources if source is not None]


def _cte(select: exp.Select, name: str) -> exp.Expression | None:
    for cte in select.root().find_all(exp.CTE):
        if cte.alias_or_name.lower() == name:
            return cte.this
    return None
