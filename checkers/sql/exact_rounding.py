"""PostgreSQL and MySQL round exact decimals where DuckDB rounds the DOUBLE its division and AVG give.

In PostgreSQL, 100.0 * 1677 / 2000 is the NUMERIC 83.85, and ROUND(..., 1) gives 83.9; DuckDB computes a DOUBLE just
below 83.85 and gives 83.8. The same holds for AVG of a DECIMAL, EXTRACT(EPOCH ...) / 60, and MySQL's DECIMAL
arithmetic; FLOOR and CEIL of a quotient that is a whole number (0.3 / 0.1) can be one off for the same reason.
Casting the argument to DECIMAL(38, 10) first rounds the exact value, as the learner's database does. An argument the
learner cast to a floating-point type stays a DOUBLE: there both databases round the binary value.
"""

from __future__ import annotations

from sqlglot import exp

__all__ = ["exact_rounding"]

EXACT = "DECIMAL(38, 10)"
FLOATING = (exp.DataType.Type.FLOAT, exp.DataType.Type.DOUBLE)


def exact_rounding(work: exp.Expression) -> None:
    """Round, floor and ceil the exact decimal value of each argument, not its nearest DOUBLE."""
    for call in list(work.find_all(exp.Round, exp.Floor, exp.Ceil)):
        argument = call.this
        if isinstance(argument, exp.Cast) and argument.to.is_type(*FLOATING):
            continue
        cast = exp.Cast(to=exp.DataType.build(EXACT))
        argument.replace(cast)
        cast.set("this", argument)
