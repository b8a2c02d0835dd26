"""Almost-right versions of a reference query, made by small sqlglot AST edits, each with a stable id.

Operators live in modules by the kind of mistake they model: structure.py (joins, comparisons, aggregates, DISTINCT,
GROUP BY, LIMIT, sort direction), keys.py (sort, group and partition keys coarsened, swapped or dropped),
filters.py (a filter added, dropped, narrowed to some aggregates or given another status), constants.py
(boundaries one off, text that contains a value, zero versus NULL versus empty text) and aggregates.py (what COUNT
counts, SUM and AVG over distinct values, sums of money in whole rupees).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import sqlglot

from checkers.sql.compare import compare
from checkers.sql.sandbox import QueryFailed, QueryResult, run_query
from tests.support.mutants import aggregates, constants, filters, keys, structure
from tests.support.mutants.sites import Sites, nth

OPERATORS: dict[str, Callable] = {
    **structure.OPERATORS,
    **keys.OPERATORS,
    **filters.OPERATORS,
    **constants.OPERATORS,
    **aggregates.OPERATORS,
}


@dataclass(frozen=True)
class Mutant:
    """One mutant of a question's reference query."""

    id: str
    sql: str

    @property
    def fingerprint(self) -> str:
        """A short hash of the mutant's SQL, so a list of equivalent mutants notices when an id changes meaning."""
        return hashlib.sha256(self.sql.encode()).hexdigest()[:12]


def mutants(question_id: str, sql: str) -> list[Mutant]:
    """Every mutant of `sql`, ids like "q07/join-type/2", numbered per operator in a fixed walk order."""
    tree = sqlglot.parse_one(sql, read="duckdb")
    found: list[Mutant] = []
    seen = {tree.sql(dialect="duckdb")}
    generate: Callable[..., Sites]
    for operator, generate in OPERATORS.items():
        number = 0
        for node_type, index, edit in generate(tree):
            copy = tree.copy()
            edit(nth(copy, node_type, index))
            text = copy.sql(dialect="duckdb")
            if text in seen:
                continue
            seen.add(text)
            number += 1
            found.append(Mutant(f"{question_id}/{operator}/{number}", text))
    return found


MUTANT_SECONDS = 2.0  # a mutant that runs this long (a join turned into a cross join) counts as rejected


def rejects(expected: QueryResult, sql: str, con: duckdb.DuckDBPyConnection, order_keys) -> bool:
    """True when a dataset tells `sql` from the reference: it fails, runs too long, or returns other rows."""
    try:
        got = run_query(con, sql, timeout=MUTANT_SECONDS)
    except QueryFailed:
        return True
    return compare(expected, got, order_keys) is not None
