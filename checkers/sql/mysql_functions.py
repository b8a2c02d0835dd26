"""MySQL functions and operators rewritten to the DuckDB calls that give the same values."""

from __future__ import annotations

from sqlglot import exp
from sqlglot.tokens import Token, TokenType

__all__ = ["mysql_functions"]

COMPOSITE_UNITS = (("YEAR", "MONTH"), ("DAY", "HOUR", "MINUTE", "SECOND"))


def mysql_functions(work: exp.Expression, typed: dict[int, exp.Expression], tokens: list[Token], sql: str) -> list[str]:
    """Rewrite MySQL functions whose DuckDB namesake differs or is missing; notes for the learner where it shows."""
    notes: list[str] = []
    if any(token.token_type == TokenType.STRING and sql[token.start] == '"' for token in tokens):
        notes.append('In MySQL "..." is a text, not a column name, so it was run as a text.')
    if any(token.token_type == TokenType.DPIPE for token in tokens):
        notes.append("In MySQL `||` means OR, not joining text, so it was run as OR.")
    for cast in list(work.find_all(exp.Cast)):
        if cast.to.is_type(exp.DataType.Type.DECIMAL) and not cast.to.expressions:
            cast.set("to", exp.DataType.build("DECIMAL(10, 0)"))
            _once(notes, "MySQL's DECIMAL without a size is DECIMAL(10, 0), whole numbers only, so it was run so.")
    for division in list(work.find_all(exp.IntDiv)):
        divisor = exp.Nullif(this=division.expression, expression=exp.Literal.number(0))
        division.replace(exp.cast(exp.func("TRUNC", exp.Div(this=division.this, expression=divisor)), "BIGINT"))
    for day in list(work.find_all(exp.DayOfWeek)):
        day.replace(exp.paren(exp.Add(this=day.copy(), expression=exp.Literal.number(1)), copy=False))
        _once(notes, "MySQL's DAYOFWEEK counts Sunday as 1, DuckDB's as 0, so 1 was added.")
    for diff in list(work.find_all(exp.TimestampDiff)):
        unit = exp.Literal.string(diff.text("unit") or "DAY")
        diff.replace(exp.Anonymous(this="DATE_SUB", expressions=[unit, diff.expression, diff.this]))
        _once(notes, "MySQL's TIMESTAMPDIFF counts whole units, so it was run as DuckDB's date_sub, which does too.")
    for extract in list(work.find_all(exp.Extract)):
        _composite_extract(extract)
    for aggregate in list(work.find_all(exp.Sum, exp.Avg)):
        if _boolean(aggregate.this, typed):
            aggregate.this.replace(exp.cast(aggregate.this.copy(), "INTEGER"))
    for call in reversed(list(work.find_all(exp.Anonymous))):
        _anonymous(call)
    if any(isinstance(node, exp.Week) for node in work.walk()):
        notes.append("MySQL's WEEK() counts weeks from Sunday and DuckDB's from Monday, so week numbers may differ.")
    return notes


def _boolean(node: exp.Expression, typed: dict[int, exp.Expression]) -> bool:
    """A condition, which MySQL sums and averages as 1 or 0 and DuckDB AVG refuses."""
    copy = typed.get(id(node))
    return isinstance(node, exp.Predicate | exp.Connector | exp.Not) or (
        copy is not None and copy.is_type(exp.DataType.Type.BOOLEAN))


def _anonymous(call: exp.Anonymous) -> None:
    """WEEKDAY, TIMEDIFF, TIME_TO_SEC and UNIX_TIMESTAMP, which sqlglot leaves as they are."""
    name, arguments = call.name.upper(), call.expressions
    if name == "WEEKDAY" and len(arguments) == 1:
        isodow = exp.Extract(this=exp.var("ISODOW"), expression=arguments[0])
        call.replace(exp.paren(exp.Sub(this=isodow, expression=exp.Literal.number(1)), copy=False))
    elif name == "TIMEDIFF" and len(arguments) == 2:
        later, earlier = (exp.cast(argument, "TIMESTAMP") for argument in arguments)
        call.replace(exp.paren(exp.Sub(this=later, expression=earlier), copy=False))
    elif name in ("TIME_TO_SEC", "UNIX_TIMESTAMP") and len(arguments) == 1:
        moment = arguments[0] if name == "TIME_TO_SEC" else exp.cast(arguments[0], "TIMESTAMP")
        call.replace(exp.func("EPOCH", moment))


def _composite_extract(extract: exp.Extract) -> None:
    """EXTRACT(YEAR_MONTH FROM x) is 202606: each unit from the first to the last, two digits each after the first."""
    parts = extract.name.upper().split("_")
    for units in COMPOSITE_UNITS:
        if len(parts) == 2 and parts[0] in units and parts[1] in units:
            span = units[units.index(parts[0]):units.index(parts[1]) + 1]
            total: exp.Expression = exp.Extract(this=exp.var(span[0]), expression=extract.expression.copy())
            for unit in span[1:]:
                part = exp.Extract(this=exp.var(unit), expression=extract.expression.copy())
                shifted = exp.Mul(this=exp.paren(total, copy=False), expression=exp.Literal.number(100))
                total = exp.Add(this=shifted, expression=part)
            extract.replace(exp.paren(total, copy=False))


def _once(notes: list[str], note: str) -> None:
    if note not in notes:
        notes.append(note)
