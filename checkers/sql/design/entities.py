"""Finds the table playing each entity of the app: users, restaurants, menu items, orders, order lines, payments."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkers.sql.design.model import Schema
from checkers.sql.design.rules import ENTITIES, listing
from grader.outcome import Outcome

SYNONYMS: dict[str, tuple[str, ...]] = {
    "user": ("user", "customer", "app_user", "client", "member", "account"),
    "restaurant": ("restaurant", "vendor", "merchant", "outlet", "eatery", "store"),
    "item": ("menu_item", "item", "dish", "food_item", "product", "food", "menu"),
    "order": ("order", "customer_order", "food_order", "user_order", "purchase"),
    "order_line": (
        "order_item", "order_line", "order_detail", "order_dish", "order_product", "line_item",
        "order_menu_item", "order_food", "order_line_item", "order_content",
    ),
    "payment": ("payment", "transaction", "payment_transaction", "order_payment"),
}
LABELS = {
    "user": "users (or customers)",
    "restaurant": "restaurants",
    "item": "menu items (items, menu_items or dishes)",
    "order": "orders",
    "order_line": "order lines (order_items, order_lines or order_details)",
    "payment": "payments (or transactions)",
}
SHORT = {"user": "users", "restaurant": "restaurants", "item": "menu items", "order": "orders",
         "order_line": "order lines", "payment": "payments"}
EXAMPLES = {
    "user": "CREATE TABLE users (user_id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, "
    "email VARCHAR(255) NOT NULL UNIQUE);",
    "restaurant": "CREATE TABLE restaurants (restaurant_id INTEGER PRIMARY KEY, name VARCHAR(120) NOT NULL);",
    "item": "CREATE TABLE menu_items (item_id INTEGER PRIMARY KEY, restaurant_id INTEGER NOT NULL "
    "REFERENCES restaurants (restaurant_id), name VARCHAR(120) NOT NULL, price DECIMAL(10, 2) NOT NULL);",
    "order": "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users "
    "(user_id), restaurant_id INTEGER NOT NULL REFERENCES restaurants (restaurant_id), ...);",
    "order_line": "CREATE TABLE order_items (order_id INTEGER NOT NULL REFERENCES orders (order_id), item_id "
    "INTEGER NOT NULL REFERENCES menu_items (item_id), quantity INTEGER NOT NULL, PRIMARY KEY (order_id, item_id));",
    "payment": "CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES "
    "orders (order_id), amount DECIMAL(10, 2) NOT NULL, ...);",
}


def singular(word: str) -> str:
    """A plural English noun made singular, well enough for table names (dishes -> dish, categories -> category)."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "sses", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us")):
        return word[:-1]
    return word


def canonical(name: str) -> str:
    """A table name reduced to compare with synonyms: lower case, prefix tbl_ dropped, last word singular."""
    words = [w for w in re.split(r"[_\s]+", name.lower()) if w]
    if words and words[0] in {"tbl", "tb", "t"} and len(words) > 1:
        words = words[1:]
    if words:
        words[-1] = singular(words[-1])
    return "".join(words)


@dataclass(frozen=True)
class Entities:
    """Which table plays which entity; a role missing from `tables` has no table."""

    tables: dict[str, str]

    def table(self, role: str) -> str | None:
        return self.tables.get(role)

    def role_of(self, table: str) -> str | None:
        return next((role for role, name in self.tables.items() if name == table), None)

    def missing(self) -> list[str]:
        return [role for role in SYNONYMS if role not in self.tables]


def find_entities(schema: Schema) -> Entities:
    """Match tables to entities by name (synonyms, singular or plural), then order lines by their two foreign keys."""
    by_name = {canonical(name): name for name in schema.tables}
    found: dict[str, str] = {}
    for role, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            table = by_name.get(synonym.replace("_", ""))
            if table is not None and table not in found.values():
                found[role] = table
                break
    if "order_line" not in found and "order" in found and "item" in found:
        for table in schema.tables.values():
            targets = {fk.ref_table for fk in table.foreign_keys}
            if {found["order"], found["item"]} <= targets and table.name not in found.values():
                found["order_line"] = table.name
                break
    return Entities(found)


def check_entities(schema: Schema, entities: Entities) -> Outcome:
    """There is a table for users, restaurants, menu items, orders, order lines and payments."""
    did = "Looked for a table for each entity: " + "; ".join(LABELS.values()) + "."
    found = ", ".join(f"{SHORT[role]} -> {table}" for role, table in entities.tables.items())
    missing = entities.missing()
    if not missing:
        return ENTITIES.passed(did, got=found)
    return ENTITIES.failed(
        did=did,
        expected="One table per entity, named after it (plural or singular; common synonyms are accepted).",
        got=listing([f"no table for {LABELS[role]}" for role in missing]
                    + [f"tables found: {', '.join(schema.tables) or 'none'}"]),
        hint=f"Add the missing table, e.g. `{EXAMPLES[missing[0]]}`",
    )
