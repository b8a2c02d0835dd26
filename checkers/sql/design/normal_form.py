"""Normalisation: no repeating groups or lists in a column, and no attribute copied from a referenced table."""

from __future__ import annotations

import re
from collections import defaultdict

from sqlglot import exp

from checkers.sql.design.columns import TEXTS, is_money
from checkers.sql.design.entities import SYNONYMS, Entities, singular
from checkers.sql.design.model import Column, ForeignKey, Schema, Table
from checkers.sql.design.rules import COPIED_ATTRIBUTES, REPEATING_GROUPS, listing
from grader.outcome import Outcome

T = exp.DataType.Type
NUMBERED = re.compile(r"^(?P<stem>[a-z][a-z_]*?)_?(?P<n>\d+)$")
ENTITY_LISTS = {"item", "dish", "menu_item", "product", "order", "payment", "user", "restaurant", "order_item"}
CONTACT_LISTS = {"phone", "phone_number", "email", "address", "mobile"}
LIST_SUFFIXES = ("_ids", "_list")
GENERIC = {
    "id", "created_at", "updated_at", "deleted_at", "created_on", "updated_on", "modified_at", "created_by",
    "updated_by", "status", "state", "is_active", "active", "is_deleted", "notes", "note", "description",
    "comment", "comments", "quantity", "qty", "currency", "type", "kind", "version", "sort_order", "position",
    "remarks",
}
OWN_NAMES = {"name", "title"}
CONTACT = {"email", "email_address"}


def _numbered_groups(table: Table) -> list[str]:
    groups: dict[str, list[str]] = defaultdict(list)
    for name in table.columns:
        if (match := NUMBERED.match(name)) and not match["stem"].endswith("line"):
            groups[match["stem"].rstrip("_")].append(name)
    found = []
    for stem, names in groups.items():
        if len(names) >= 2 or stem in table.columns:
            members = ([stem] if stem in table.columns else []) + names
            found.append(f"{table.name}: {', '.join(members)} (line {table.columns[names[0]].line})")
    return found


def _is_list_column(column: Column) -> bool:
    """An array, or a text or JSON column, whose name says it holds several ids, items or phone numbers."""
    name = column.name
    base = "_".join([*name.split("_")[:-1], singular(name.split("_")[-1])])
    plural = name != base
    lists_ids = name.endswith(LIST_SUFFIXES) or name == "ids"
    if column.type.this in (T.ARRAY, T.LIST):
        return lists_ids or base in ENTITY_LISTS | CONTACT_LISTS
    if column.type.this not in TEXTS | {T.JSON, T.JSONB}:
        return False
    return lists_ids or (plural and base in ENTITY_LISTS | CONTACT_LISTS)


def check_repeating_groups(schema: Schema) -> Outcome:
    """No numbered columns (item1, item2; phone1, phone2) and no list of values in one column (item_ids, TEXT[])."""
    did = "Looked in every table for numbered columns (item1, item2, phone1, phone2 ...) and for columns that hold " \
          "a list (an array or text of ids, items, phones ...)."
    numbered = [group for table in schema.tables.values() for group in _numbered_groups(table)]
    lists = [
        f"{t.name}.{c.name} {c.type_sql(schema.dialect)} (line {c.line})"
        for t in schema.tables.values()
        for c in t.columns.values()
        if _is_list_column(c)
    ]
    if not numbered and not lists:
        return REPEATING_GROUPS.passed(did)
    got = [f"numbered columns in {group}" for group in numbered] + [f"a list in one column: {item}" for item in lists]
    hint = ("Move the repeated values to their own table, one row each: e.g. the dishes of an order go in "
            "`CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders (order_id), item_id INTEGER NOT "
            "NULL REFERENCES menu_items (item_id), quantity INTEGER NOT NULL, PRIMARY KEY (order_id, item_id));` "
            "and extra phone numbers in a user_phones table.")
    return REPEATING_GROUPS.failed(
        did=did,
        expected="One value per column and no numbered copies of a column (first normal form).",
        got=listing(got),
        hint=hint,
    )


def _prefixes(entities: Entities, target: Table, fk: ForeignKey | None) -> set[str]:
    prefixes = {target.name, singular(target.name)}
    role = entities.role_of(target.name)
    if role:
        prefixes |= set(SYNONYMS[role])
    if fk is not None and len(fk.columns) == 1 and fk.columns[0].endswith("_id"):
        prefixes.add(fk.columns[0][:-3])
    return prefixes


def _copies(entities: Entities, table: Table, target: Table, fk: ForeignKey | None) -> list[str]:
    """Columns of `table` that repeat an attribute of `target`: `<entity>_<column>` always, the same name via a FK."""
    prefixes = _prefixes(entities, target, fk)
    theirs = [c for c in target.columns if c not in target.key_columns() and c not in GENERIC and not is_money(c)]
    distinctive = {c for c in theirs if c.endswith("_name") or (c,) in target.uniques} - OWN_NAMES
    if entities.role_of(target.name) == "user":
        distinctive |= CONTACT & set(theirs)
    has_name = any(c == "name" or c.endswith("_name") for c in theirs)
    found = []
    for name in table.columns:
        if name in table.key_columns() or name in GENERIC or is_money(name):
            continue
        same = fk is not None and name in distinctive
        prefixed = any(f"{p}_{c}" == name for p in prefixes for c in theirs)
        named = has_name and any(name == f"{p}_name" for p in prefixes)
        if same or prefixed or named:
            found.append(name)
    return found


def check_copied_attributes(schema: Schema, entities: Entities) -> Outcome:
    """No column repeats an attribute of a table it references (a restaurant's name or a user's email in orders)."""
    did = "Looked in each table for columns named after another table's attributes (<entity>_<column>, such as " \
          "restaurant_name) and, along each foreign key, for the referenced table's unique or contact columns " \
          "(a price paid, like unit_price, is a snapshot and allowed)."
    copies: dict[tuple[str, str], tuple[Column, str]] = {}
    for table in schema.tables.values():
        for target in schema.tables.values():
            if target is table:
                continue
            fk = next((fk for fk in table.foreign_keys if fk.ref_table == target.name), None)
            for name in _copies(entities, table, target, fk):
                copies.setdefault((table.name, name), (table.columns[name], target.name))
    if not copies:
        return COPIED_ATTRIBUTES.passed(did)
    ordered = sorted(copies.items(), key=lambda item: item[1][0].line)
    got = [f"{t}.{c} copies an attribute of {source} (line {col.line})" for (t, c), (col, source) in ordered]
    (table_name, column_name), (_, source) = ordered[0]
    return COPIED_ATTRIBUTES.failed(
        did=did,
        expected="Each fact stored once, in the table it describes; other tables reach it through the foreign key.",
        got=listing(got),
        hint=f"Drop {table_name}.{column_name} and read it through the join instead: "
        f"`ALTER TABLE {table_name} DROP COLUMN {column_name};` (a copy goes stale when {source} changes).",
        reproduce=f"line {copies[(table_name, column_name)][0].line}: {table_name}.{column_name}",
    )
