"""The learner's schema as plain data: tables, columns, keys, foreign keys and indexes, built from parsed DDL."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlglot import exp

SERIAL_TYPES = {exp.DataType.Type.SERIAL, exp.DataType.Type.BIGSERIAL, exp.DataType.Type.SMALLSERIAL}


@dataclass
class Column:
    name: str
    type: exp.DataType
    line: int
    not_null: bool = False
    generated: bool = False
    definition: str = ""

    def type_sql(self, dialect: str) -> str:
        return self.type.sql(dialect)

    def shown(self, dialect: str) -> str:
        """The column as the learner wrote it (`price FLOAT NOT NULL`), or as sqlglot reads it."""
        return self.definition or f"{self.name} {self.type_sql(dialect)}"


@dataclass(frozen=True)
class ForeignKey:
    table: str
    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]
    line: int
    inline: bool = False

    def describe(self) -> str:
        target = f"{self.ref_table} ({', '.join(self.ref_columns)})" if self.ref_columns else self.ref_table
        return f"{self.table} ({', '.join(self.columns)}) -> {target}"


@dataclass
class Table:
    name: str
    line: int
    columns: dict[str, Column] = field(default_factory=dict)
    primary_key: tuple[str, ...] = ()
    uniques: list[tuple[str, ...]] = field(default_factory=list)
    indexes: list[tuple[str, ...]] = field(default_factory=list)
    foreign_keys: list[ForeignKey] = field(default_factory=list)

    def is_required(self, column: str) -> bool:
        """NOT NULL, part of the primary key, or filled in by the database (SERIAL, IDENTITY, AUTO_INCREMENT)."""
        col = self.columns.get(column)
        return col is not None and (col.not_null or col.generated or column in self.primary_key)

    def key_columns(self) -> set[str]:
        return set(self.primary_key) | {c for fk in self.foreign_keys for c in fk.columns}


@dataclass(frozen=True)
class Problem:
    """Something that would stop the DDL from running in the learner's database: a line and a message."""

    line: int
    message: str


@dataclass
class Schema:
    dialect: str
    tables: dict[str, Table] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def foreign_keys(self) -> list[ForeignKey]:
        return [fk for table in self.tables.values() for fk in table.foreign_keys]

    def resolved_ref_columns(self, fk: ForeignKey) -> tuple[str, ...]:
        """The referenced columns, the referenced table's primary key when the FK names none."""
        target = self.tables.get(fk.ref_table)
        if fk.ref_columns or target is None:
            return fk.ref_columns
        return target.primary_key


def name_of(node: exp.Expression | None) -> str:
    """An identifier, column or table reference as a lower-case bare name (schema qualifiers dropped)."""
    if node is None:
        return ""
    if isinstance(node, exp.Schema):
        return name_of(node.this)
    if isinstance(node, exp.Ordered):
        return name_of(node.this)
    return node.name.lower()


def names_of(nodes: list[exp.Expression]) -> tuple[str, ...]:
    return tuple(name_of(node) for node in nodes)


def definition_at(text: str, start: int, limit: int = 80) -> str:
    """The learner's text of one column definition from `start` up to its comma, comment or closing parenthesis."""
    depth, quote, end = 0, "", start
    while end < len(text):
        char = text[end]
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"`":
            quote = char
        elif depth == 0 and (char in ",;)#" or text.startswith(("--", "/*"), end)):
            break
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        end += 1
    words = " ".join(text[start:end].split())
    return words if len(words) <= limit else words[: limit - 3] + "..."
