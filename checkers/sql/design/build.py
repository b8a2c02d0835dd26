"""Builds the schema model from the parsed statements: CREATE TABLE, CREATE INDEX, ALTER TABLE and DROP TABLE."""

from __future__ import annotations

from sqlglot import exp

from checkers.sql.design.model import (
    SERIAL_TYPES,
    Column,
    ForeignKey,
    Problem,
    Schema,
    Table,
    definition_at,
    name_of,
    names_of,
)
from checkers.sql.design.statements import Statement

GENERATED = (exp.AutoIncrementColumnConstraint, exp.GeneratedAsIdentityColumnConstraint)


class _Builder:
    def __init__(self, dialect: str, text: str, offset: int) -> None:
        self.schema = Schema(dialect)
        self.text = text
        self.offset = offset

    def line_of(self, node: exp.Expression, fallback: int) -> int:
        for identifier in node.find_all(exp.Identifier):
            if "line" in identifier.meta:
                return identifier.meta["line"] + self.offset
        return fallback

    def problem(self, line: int, message: str) -> None:
        self.schema.problems.append(Problem(line, message))

    def table(self, name: str, line: int, action: str) -> Table | None:
        table = self.schema.tables.get(name)
        if table is None:
            self.problem(line, f"{action} names table {name}, which is not created before it")
        return table

    def known_columns(self, table: Table, columns: tuple[str, ...], line: int, action: str) -> bool:
        missing = [c for c in columns if c not in table.columns]
        for column in missing:
            self.problem(line, f"{action} names column {table.name}.{column}, which does not exist")
        return not missing

    def column(self, table: Table, node: exp.ColumnDef, line: int) -> None:
        kind = node.args.get("kind")
        name = name_of(node.this)
        at = self.line_of(node.this, line)
        if not isinstance(kind, exp.DataType):
            self.problem(at, f"column {table.name}.{name} has no type")
            kind = exp.DataType.build("UNKNOWN")
        start = node.this.meta.get("start")
        definition = definition_at(self.text, start) if isinstance(start, int) else ""
        column = Column(name, kind, at, generated=kind.this in SERIAL_TYPES, definition=definition)
        table.columns[name] = column
        for constraint in node.constraints:
            self.column_constraint(table, column, constraint.args.get("kind"), at)

    def column_constraint(self, table: Table, column: Column, kind: exp.Expression | None, line: int) -> None:
        if isinstance(kind, exp.NotNullColumnConstraint):
            column.not_null = not kind.args.get("allow_null")
        elif isinstance(kind, exp.PrimaryKeyColumnConstraint):
            table.primary_key = (column.name,)
        elif isinstance(kind, exp.UniqueColumnConstraint):
            table.uniques.append((column.name,))
        elif isinstance(kind, GENERATED):
            column.generated = True
        elif isinstance(kind, exp.Reference):
            self.reference(table, (column.name,), kind, line, inline=True)

    def reference(
        self, table: Table, columns: tuple[str, ...], reference: exp.Reference, line: int, inline: bool = False
    ) -> None:
        target = reference.this
        ref_columns = names_of(target.expressions) if isinstance(target, exp.Schema) else ()
        table.foreign_keys.append(ForeignKey(table.name, columns, name_of(target), ref_columns, line, inline))

    def table_constraint(self, table: Table, node: exp.Expression, line: int, action: str) -> None:
        if isinstance(node, exp.Constraint):
            for inner in node.expressions:
                self.table_constraint(table, inner, line, action)
        elif isinstance(node, exp.PrimaryKey):
            columns = names_of(node.expressions)
            if self.known_columns(table, columns, line, f"{action} PRIMARY KEY"):
                table.primary_key = columns
        elif isinstance(node, exp.UniqueColumnConstraint) and isinstance(node.this, exp.Schema):
            columns = names_of(node.this.expressions)
            if self.known_columns(table, columns, line, f"{action} UNIQUE"):
                table.uniques.append(columns)
        elif isinstance(node, exp.IndexColumnConstraint):
            columns = names_of(node.expressions)
            if self.known_columns(table, columns, line, f"{action} INDEX"):
                table.indexes.append(columns)
        elif isinstance(node, exp.ForeignKey):
            columns = names_of(node.expressions)
            reference = node.args.get("reference")
            if self.known_columns(table, columns, line, f"{action} FOREIGN KEY") and reference is not None:
                self.reference(table, columns, reference, line)

    def create_table(self, statement: Statement) -> None:
        create = statement.tree
        assert isinstance(create, exp.Create) and isinstance(create.this, exp.Schema)
        name = name_of(create.this.this)
        if create.args.get("exists") and name in self.schema.tables:
            return
        table = Table(name, statement.line)
        self.schema.tables[name] = table
        for node in create.this.expressions:
            line = self.line_of(node, statement.line)
            if isinstance(node, exp.ColumnDef):
                self.column(table, node, line)
            elif isinstance(node, exp.Identifier):
                self.problem(line, f"column {name}.{name_of(node)} has no type")
            else:
                self.table_constraint(table, node, line, f"CREATE TABLE {name}:")

    def create_index(self, statement: Statement) -> None:
        create = statement.tree
        assert isinstance(create, exp.Create)
        index = create.this
        params = index.args.get("params")
        columns = [o.this for o in (params.args.get("columns") or [])] if params else []
        name = name_of(index.args.get("table"))
        table = self.table(name, statement.line, "CREATE INDEX")
        if table is None:
            return
        plain = tuple(name_of(c) if isinstance(c, exp.Column) else "" for c in columns)
        leading = plain[: plain.index("")] if "" in plain else plain
        if self.known_columns(table, leading, statement.line, "CREATE INDEX"):
            table.indexes.append(leading)
            if create.args.get("unique") and leading == plain:
                table.uniques.append(plain)

    def alter(self, statement: Statement) -> None:
        alter = statement.tree
        assert isinstance(alter, exp.Alter)
        table = self.table(name_of(alter.this), statement.line, "ALTER TABLE")
        if table is None:
            return
        for action in alter.args.get("actions") or []:
            line = self.line_of(action, statement.line)
            if isinstance(action, exp.AddConstraint):
                for node in action.expressions:
                    self.table_constraint(table, node, line, f"ALTER TABLE {table.name}")
            elif isinstance(action, exp.ColumnDef):
                self.column(table, action, line)
            elif isinstance(action, exp.ModifyColumn) and isinstance(action.this, exp.ColumnDef):
                if self.known_columns(table, (name_of(action.this.this),), line, "ALTER TABLE"):
                    self.column(table, action.this, line)
            elif isinstance(action, exp.AlterColumn) and action.args.get("allow_null") is not None:
                column = name_of(action.this)
                if self.known_columns(table, (column,), line, "ALTER TABLE"):
                    table.columns[column].not_null = not action.args["allow_null"]
            else:
                self.schema.notes.append(f"line {line}: this ALTER TABLE action is not read by the grader")

    def drop(self, statement: Statement) -> None:
        drop = statement.tree
        assert isinstance(drop, exp.Drop)
        if (drop.args.get("kind") or "").upper() == "TABLE":
            for node in drop.args.get("tables") or [drop.this]:
                self.schema.tables.pop(name_of(node), None)

    def check_foreign_keys(self) -> None:
        for fk in self.schema.foreign_keys():
            target = self.schema.tables.get(fk.ref_table)
            if target is None:
                self.problem(fk.line, f"{fk.table} references table {fk.ref_table}, which is never created")
                continue
            if not self.known_columns(target, fk.ref_columns, fk.line, f"the foreign key {fk.describe()}"):
                continue
            if target.line > self.schema.tables[fk.table].line and fk.ref_table != fk.table:
                self.schema.notes.append(
                    f"line {fk.line}: {fk.table} references {fk.ref_table}, which is created later (line "
                    f"{target.line}); PostgreSQL and MySQL need it created first, or the key added by ALTER TABLE"
                )
            ref_columns = self.schema.resolved_ref_columns(fk)
            if not ref_columns:
                self.problem(fk.line, f"{fk.describe()}: {fk.ref_table} has no primary key to reference")
            elif len(ref_columns) != len(fk.columns):
                self.problem(fk.line, f"{fk.describe()}: {len(fk.columns)} column(s) cannot reference "
                             f"{len(ref_columns)} column(s)")
            elif not _is_unique(target, ref_columns, self.schema.dialect):
                self.problem(fk.line, f"{fk.describe()}: {fk.ref_table} ({', '.join(ref_columns)}) is neither "
                             "its primary key nor UNIQUE, so it cannot be referenced")


def _is_unique(table: Table, columns: tuple[str, ...], dialect: str) -> bool:
    keys = [table.primary_key, *table.uniques]
    if dialect == "mysql":
        keys += table.indexes
        return any(key[: len(columns)] == columns for key in keys)
    return any(set(key) == set(columns) for key in keys)


HANDLERS = {
    "table": _Builder.create_table,
    "index": _Builder.create_index,
    "alter": _Builder.alter,
    "drop": _Builder.drop,
}


def build_schema(statements: list[Statement], dialect: str, text: str, first_line: int = 1) -> Schema:
    """The schema the statements of `text` describe, with every problem that would stop them running."""
    builder = _Builder(dialect, text, first_line - 1)
    for statement in statements:
        handler = HANDLERS.get(statement.kind)
        if handler is not None and statement.tree is not None:
            handler(builder, statement)
    builder.check_foreign_keys()
    return builder.schema
