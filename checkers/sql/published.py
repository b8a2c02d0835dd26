"""The published step-2 schema (tables, column types, primary keys), read once from exercises/step-02/schema.sql."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

import sqlglot
from sqlglot import exp


@dataclass(frozen=True)
class PublishedSchema:
    """Each published table's columns (name → DuckDB type, in order), its primary key and its nullable columns."""

    tables: dict[str, dict[str, str]]
    primary_keys: dict[str, tuple[str, ...]]
    nullable: dict[str, frozenset[str]] = field(default_factory=dict)

    def mapping(self) -> dict[str, dict[str, str]]:
        """The schema as sqlglot.optimizer (qualify, annotate_types) expects it: a fresh copy each call."""
        return {table: dict(columns) for table, columns in self.tables.items()}


def parse_schema(ddl: str) -> PublishedSchema:
    """Read CREATE TABLE statements (DuckDB syntax) into a PublishedSchema."""
    tables: dict[str, dict[str, str]] = {}
    keys: dict[str, tuple[str, ...]] = {}
    nullable: dict[str, frozenset[str]] = {}
    for statement in sqlglot.parse(ddl, read="duckdb"):
        if not isinstance(statement, exp.Create) or statement.kind != "TABLE":
            continue
        table = statement.this.this.name.lower()
        columns: dict[str, str] = {}
        key: tuple[str, ...] = ()
        required: set[str] = set()
        for item in statement.this.expressions:
            if isinstance(item, exp.ColumnDef):
                columns[item.name.lower()] = _duckdb_type(item.args["kind"])
                if item.find(exp.PrimaryKeyColumnConstraint):
                    key = (item.name.lower(),)
                if item.find(exp.NotNullColumnConstraint):
                    required.add(item.name.lower())
            elif isinstance(item, exp.PrimaryKey):
                key = tuple(part.name.lower() for part in item.expressions)
        tables[table] = columns
        keys[table] = key
        nullable[table] = frozenset(column for column in columns if column not in key and column not in required)
    return PublishedSchema(tables, keys, nullable)


def _duckdb_type(kind: exp.DataType) -> str:
    """DuckDB's own name for a column type, e.g. INTEGER rather than sqlglot's INT."""
    text = kind.sql("duckdb").replace(", ", ",")
    return _CANONICAL.get(text, text)


_CANONICAL = {"INT": "INTEGER", "TEXT": "VARCHAR"}


@cache
def published_schema() -> PublishedSchema:
    """The schema learners query in step 2."""
    return parse_schema((files("exercises") / "step-02" / "schema.sql").read_text(encoding="utf-8"))
