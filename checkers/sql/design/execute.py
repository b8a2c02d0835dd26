"""Runs the learner's tables, types and sequences in a scratch DuckDB, rewritten where DuckDB lacks a feature."""

from __future__ import annotations

import re

from sqlglot import exp
from sqlglot.errors import ErrorLevel

from checkers.sql.design.model import Problem, name_of
from checkers.sql.design.statements import Statement, quiet_sqlglot
from checkers.sql.sandbox import QueryFailed, open_scratch, run_query

T = exp.DataType.Type
INTEGER_FOR = {T.SERIAL: "INTEGER", T.BIGSERIAL: "BIGINT", T.SMALLSERIAL: "SMALLINT"}
REPLACED_TYPES = {
    T.MONEY: "DECIMAL(19, 2)",
    T.SMALLMONEY: "DECIMAL(10, 4)",
    T.YEAR: "SMALLINT",
    T.SET: "VARCHAR",
    T.BIT: "BOOLEAN",
}
AS_TEXT = {T.INET, T.XML, T.POINT, T.GEOGRAPHY, T.GEOMETRY, T.HSTORE, T.NAME, T.IPADDRESS, T.INT4RANGE, T.TSTZRANGE}
POSTGRES_ONLY = {"citext", "tsvector", "tsquery", "cidr", "macaddr", "macaddr8", "ltree", "line", "polygon", "box"}
POSTGRES_ONLY |= {"circle", "path", "lseg", "pg_lsn", "oid", "int8range", "numrange", "tsrange", "daterange", "varbit"}
SIZED = {T.DECIMAL, T.VARCHAR, T.CHAR, T.NCHAR, T.NVARCHAR, T.ENUM, T.ARRAY, T.LIST}
KEPT_COLUMN_CONSTRAINTS = (
    exp.NotNullColumnConstraint,
    exp.DefaultColumnConstraint,
    exp.CheckColumnConstraint,
    exp.PrimaryKeyColumnConstraint,
    exp.UniqueColumnConstraint,
)


def _duckdb_type(kind: exp.DataType) -> exp.DataType:
    if kind.this in INTEGER_FOR:
        return exp.DataType.build(INTEGER_FOR[kind.this])
    if kind.this in REPLACED_TYPES:
        return exp.DataType.build(REPLACED_TYPES[kind.this])
    if kind.this in AS_TEXT:
        return exp.DataType.build("VARCHAR")
    if kind.this == T.USERDEFINED and kind.sql("postgres").lower().split("(")[0].strip() in POSTGRES_ONLY:
        return exp.DataType.build("VARCHAR")
    if kind.this not in SIZED:
        kind = kind.copy()
        kind.set("expressions", [])
    return kind


def _column(node: exp.ColumnDef) -> exp.ColumnDef:
    kind = node.args.get("kind")
    if isinstance(kind, exp.DataType):
        node.set("kind", _duckdb_type(kind))
    kept = [c for c in node.constraints if isinstance(c.args.get("kind"), KEPT_COLUMN_CONSTRAINTS)]
    for constraint in kept:
        constraint.set("this", None)
    node.set("constraints", kept)
    return node


def _table_constraint(node: exp.Expression) -> exp.Expression | None:
    if isinstance(node, exp.Constraint):
        inner = [kept for kept in map(_table_constraint, node.expressions) if kept is not None]
        return inner[0] if len(inner) == 1 else None
    if isinstance(node, exp.PrimaryKey | exp.CheckColumnConstraint):
        return node
    if isinstance(node, exp.UniqueColumnConstraint) and isinstance(node.this, exp.Schema):
        return exp.UniqueColumnConstraint(this=exp.Schema(expressions=node.this.expressions))
    return None


def _bare(table: exp.Expression) -> exp.Expression:
    return exp.to_identifier(name_of(table), quoted=True)


def _create_table(create: exp.Create) -> str:
    create = create.copy()
    schema = create.this
    schema.set("this", _bare(schema.this))
    create.set("properties", None)
    kept: list[exp.Expression] = []
    for node in schema.expressions:
        if isinstance(node, exp.ColumnDef):
            kept.append(_column(node))
        elif (constraint := _table_constraint(node)) is not None:
            kept.append(constraint)
    schema.set("expressions", kept)
    return create.sql("duckdb", unsupported_level=ErrorLevel.IGNORE)


def _create_type(create: exp.Create) -> str | None:
    enum = create.expression
    if not isinstance(enum, exp.DataType) or enum.this != T.ENUM:
        return None
    values = ", ".join(value.sql("duckdb") for value in enum.expressions)
    return f'CREATE TYPE "{name_of(create.this)}" AS ENUM ({values})'


def _drop(drop: exp.Drop) -> list[str]:
    kind = (drop.args.get("kind") or "").upper()
    if kind not in {"TABLE", "TYPE", "SEQUENCE"}:
        return []
    return [f'DROP {kind} IF EXISTS "{name_of(table)}"' for table in drop.args.get("tables") or [drop.this]]


def duckdb_sql(statement: Statement) -> list[str]:
    """The DuckDB statements to run for one learner statement; none when it is only read into the model."""
    tree = statement.tree
    if statement.kind == "drop" and isinstance(tree, exp.Drop):
        return _drop(tree)
    if not isinstance(tree, exp.Create):
        return []
    if statement.kind == "table":
        return [_create_table(tree)]
    if statement.kind == "type":
        return [sql] if (sql := _create_type(tree)) else []
    if statement.kind == "sequence":
        return [f'CREATE SEQUENCE IF NOT EXISTS "{name_of(tree.this)}"']
    return []


def duckdb_message(message: str) -> str:
    """DuckDB's error without the echo of our rewritten statement, which the learner never wrote."""
    message = message.split("\nLINE ")[0]
    return re.sub(r"\s*\n\s*", " ", message).strip()


def run_in_duckdb(statements: list[Statement]) -> list[Problem]:
    """Each statement DuckDB refused, at the learner's line."""
    problems: list[Problem] = []
    con = open_scratch()
    try:
        with quiet_sqlglot():
            runnable = [(statement, duckdb_sql(statement)) for statement in statements]
        for statement, sqls in runnable:
            try:
                for sql in sqls:
                    run_query(con, sql)
            except QueryFailed as error:
                problems.append(Problem(statement.line, f"DuckDB: {duckdb_message(str(error))}"))
    finally:
        con.close()
    return problems
