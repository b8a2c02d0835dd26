"""Grades a learner's own food-delivery schema (step 2, --schema): nine design outcomes from one DDL file."""

from __future__ import annotations

from checkers.sql.design.build import build_schema
from checkers.sql.design.columns import check_money_type, check_not_null
from checkers.sql.design.entities import check_entities, find_entities
from checkers.sql.design.execute import run_in_duckdb
from checkers.sql.design.keys import check_fk_indexed, check_foreign_keys, check_primary_keys
from checkers.sql.design.normal_form import check_copied_attributes, check_repeating_groups
from checkers.sql.design.parses import ParseResult, check_parses, unreadable
from checkers.sql.design.rules import DESIGN_RULES, RULES
from checkers.sql.design.statements import UnreadableFile, split_statements
from grader.outcome import Outcome

__all__ = ["DESIGN_RULES", "grade_design"]
DIALECTS = ("duckdb", "postgres", "mysql")


def grade_design(text: str, dialect: str, first_line: int = 1) -> list[Outcome]:
    """The nine design outcomes for one DDL file written in `dialect` (duckdb, postgres or mysql)."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown dialect {dialect!r}; expected one of {', '.join(DIALECTS)}")
    try:
        statements = split_statements(text, dialect, first_line)
    except UnreadableFile as error:
        return _with_skips(unreadable(error.line, str(error), dialect))
    schema = build_schema(statements, dialect, text, first_line)
    result = check_parses(statements, schema, run_in_duckdb(statements), dialect)
    if result.blocked:
        return _with_skips(result)
    entities = find_entities(schema)
    return [
        result.outcome,
        check_entities(schema, entities),
        check_primary_keys(schema),
        check_foreign_keys(schema, entities),
        check_money_type(schema),
        check_repeating_groups(schema),
        check_copied_attributes(schema, entities),
        check_fk_indexed(schema),
        check_not_null(schema, entities),
    ]


def _with_skips(result: ParseResult) -> list[Outcome]:
    return [result.outcome, *(rule.skipped(result.blocked) for rule in RULES[1:])]
