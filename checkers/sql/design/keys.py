"""Keys: every table has a primary key, foreign keys link the entities, and every foreign key is indexed."""

from __future__ import annotations

from checkers.sql.design.entities import SHORT, SYNONYMS, Entities, singular
from checkers.sql.design.model import ForeignKey, Schema, Table
from checkers.sql.design.rules import FK_INDEXED, FOREIGN_KEYS, PRIMARY_KEYS, listing
from grader.outcome import Outcome

LINKS = (
    ("order", "user"),
    ("order", "restaurant"),
    ("item", "restaurant"),
    ("order_line", "order"),
    ("order_line", "item"),
    ("payment", "order"),
)


def check_primary_keys(schema: Schema) -> Outcome:
    """Every table has a primary key (on a column, as a table constraint, or added by ALTER TABLE)."""
    did = f"Looked for a PRIMARY KEY on each of the {len(schema.tables)} table(s)."
    missing = [t for t in schema.tables.values() if not t.primary_key]
    if not missing:
        return PRIMARY_KEYS.passed(did)
    first = missing[0]
    return PRIMARY_KEYS.failed(
        did=did,
        expected="Every table has a primary key, so each row can be found and referenced.",
        got="no primary key: " + ", ".join(f"{t.name} (line {t.line})" for t in missing),
        hint=f"Give each table a key, a surrogate id or a composite key: {_suggested_key(first)}",
        reproduce=f"line {first.line}: CREATE TABLE {first.name}",
    )


def _suggested_key(table: Table) -> str:
    own = f"{singular(table.name)}_id"
    fk_columns = [c for fk in table.foreign_keys for c in fk.columns]
    ids = list(dict.fromkeys(fk_columns + [c for c in table.columns if c.endswith("_id")]))
    columns = [c for c in ("id", own) if c in table.columns] or (ids[:2] if len(ids) >= 2 else [])
    if columns:
        return f"`ALTER TABLE {table.name} ADD PRIMARY KEY ({', '.join(columns[:2])});`"
    return f"add a key column to {table.name}, e.g. `{own} INTEGER PRIMARY KEY` (SERIAL, IDENTITY or " \
        "AUTO_INCREMENT numbers it for you)."


def _targets(schema: Schema, table: str) -> set[str]:
    source = schema.tables.get(table)
    return {fk.ref_table for fk in source.foreign_keys} if source else set()


def _linked(schema: Schema, entities: Entities, source: str, target: str) -> bool:
    """A direct foreign key, or one through a helper table that is not an entity (items -> menus -> restaurants)."""
    direct = _targets(schema, source)
    if target in direct:
        return True
    return any(target in _targets(schema, middle) for middle in direct if entities.role_of(middle) is None)


def _link_hint(schema: Schema, source: str, target: str, target_role: str) -> str:
    table, referenced = schema.tables[source], schema.tables[target]
    key = referenced.primary_key[0] if len(referenced.primary_key) == 1 else "id"
    candidates = [f"{singular(target)}_id", *(f"{s}_id" for s in SYNONYMS[target_role]), key]
    column = next((c for c in candidates if c in table.columns), None)
    if column is not None:
        return (f"{source}.{column} exists but is not declared a foreign key: "
                f"`ALTER TABLE {source} ADD FOREIGN KEY ({column}) REFERENCES {target} ({key});`")
    column = f"{singular(target)}_id"
    return f"`ALTER TABLE {source} ADD COLUMN {column} INTEGER NOT NULL REFERENCES {target} ({key});`"


def check_foreign_keys(schema: Schema, entities: Entities) -> Outcome:
    """Orders -> users and restaurants, items -> restaurants, order lines -> orders and items, payments -> orders."""
    checkable = [(a, b) for a, b in LINKS if entities.table(a) and entities.table(b)]
    unchecked = [f"{SHORT[a]} -> {SHORT[b]}" for a, b in LINKS if (a, b) not in checkable]
    if not checkable:
        return FOREIGN_KEYS.skipped("Not checked: the entity tables were not found (see entities).")
    did = "Followed the foreign keys (inline REFERENCES, FOREIGN KEY constraints and ALTER TABLE ... ADD) between: "
    did += ", ".join(f"{entities.table(a)} -> {entities.table(b)}" for a, b in checkable) + "."
    if unchecked:
        did += f"\nNot checked, for want of a table (see entities): {', '.join(unchecked)}."
    if schema.dialect == "mysql" and any(fk.inline for fk in schema.foreign_keys()):
        did += ("\nNote: MySQL before 9.0 ignores REFERENCES written after a column; "
                "prefer `FOREIGN KEY (col) REFERENCES t (id)` as a table constraint.")
    missing = [(a, b) for a, b in checkable if not _linked(schema, entities, entities.table(a), entities.table(b))]
    if not missing:
        return FOREIGN_KEYS.passed(did)
    a, b = missing[0]
    return FOREIGN_KEYS.failed(
        did=did,
        expected="A FOREIGN KEY from each child to its parent: orders -> users, orders -> restaurants, "
        "menu items -> restaurants, order lines -> orders, order lines -> menu items, payments -> orders.",
        got="no foreign key " + ", ".join(f"{entities.table(x)} -> {entities.table(y)}" for x, y in missing),
        hint=_link_hint(schema, entities.table(a), entities.table(b), b),
    )


def _indexed(table: Table, fk: ForeignKey) -> bool:
    """The foreign key's columns lead some index: the primary key, a UNIQUE constraint or a CREATE INDEX."""
    width = len(fk.columns)
    keys = [table.primary_key, *table.uniques, *table.indexes]
    return any(len(key) >= width and set(key[:width]) == set(fk.columns) for key in keys)


def check_fk_indexed(schema: Schema) -> Outcome:
    """Every foreign key is the leading part of an index, so joins and ON DELETE checks do not scan the table."""
    fks = [fk for fk in schema.foreign_keys() if fk.table in schema.tables]
    if not fks:
        return FK_INDEXED.skipped("Not checked: there are no foreign keys (see foreign-keys).")
    if schema.dialect == "mysql":
        return FK_INDEXED.passed(
            "Your design is MySQL: InnoDB creates an index for every foreign key that has none, "
            f"so all {len(fks)} foreign key(s) are indexed."
        )
    did = (f"Looked for an index leading with the column(s) of each of the {len(fks)} foreign key(s): the primary key, "
           "a UNIQUE constraint or a CREATE INDEX.")
    missing = [fk for fk in fks if not _indexed(schema.tables[fk.table], fk)]
    if not missing:
        return FK_INDEXED.passed(did)
    first = missing[0]
    columns = ", ".join(first.columns)
    return FK_INDEXED.failed(
        did=did,
        expected="An index on every foreign-key column (PostgreSQL does not create one for you).",
        got=listing(f"{fk.table} ({', '.join(fk.columns)}) -> {fk.ref_table}, line {fk.line}: no index"
                    for fk in missing),
        hint=f"`CREATE INDEX idx_{first.table}_{'_'.join(first.columns)} ON {first.table} ({columns});`"
        + (" (a composite primary key covers only its first column)."
           if len(schema.tables[first.table].primary_key) > 1 else ""),
    )
