"""Column-level checks: money is stored exactly, and required columns are NOT NULL."""

from __future__ import annotations

from sqlglot import exp

from checkers.sql.design.entities import Entities, singular
from checkers.sql.design.model import Column, Schema, Table
from checkers.sql.design.rules import MONEY_TYPE, NOT_NULL, listing
from grader.outcome import Outcome

T = exp.DataType.Type
FLOATS = {T.FLOAT, T.DOUBLE}
TEXTS = {T.VARCHAR, T.CHAR, T.TEXT, T.NVARCHAR, T.NCHAR, T.MEDIUMTEXT, T.LONGTEXT, T.TINYTEXT}
MONEY_WORDS = {
    "price", "prices", "amount", "amt", "total", "subtotal", "fee", "fees", "cost", "costs", "tip", "discount",
    "tax", "charge", "charges", "balance", "refund", "payout", "fare", "mrp", "surcharge", "commission",
    "revenue", "earnings", "paise", "cents", "rupees", "inr",
}
NOT_MONEY_WORDS = {
    "percent", "pct", "percentage", "rate", "ratio", "count", "qty", "quantity", "items", "id", "code", "type",
    "status", "method", "currency", "number", "num", "no", "weight", "distance", "km", "minutes", "mins",
    "rating", "time", "date", "reason", "note", "notes",
}
NAME_COLUMNS = {"name", "full_name", "first_name", "username", "user_name", "display_name", "title"}
REQUIRED = {
    "user": {"email", "email_address"},
    "item": {"price", "unit_price", "base_price", "menu_price", "item_price", "price_paise", "price_cents",
             "price_inr", "amount"},
    "order": {"status", "order_status", "placed_at", "ordered_at", "order_date", "order_time", "order_datetime",
              "order_placed_at", "placed_on", "order_timestamp"},
    "order_line": {"quantity", "qty", "unit_price", "price", "price_at_order", "item_price", "price_paise",
                   "unit_price_paise", "price_each", "unit_price_cents"},
    "payment": {"amount", "amount_paise", "amount_cents", "amount_inr", "paid_amount", "total_amount", "status",
                "payment_status"},
}
NAMED_ROLES = {"user", "restaurant", "item"}


def is_money(name: str) -> bool:
    """A column that holds money by its name (price, total_amount, delivery_fee), not a rate or a count."""
    words = set(name.lower().split("_"))
    return bool(words & MONEY_WORDS) and not words & NOT_MONEY_WORDS


def check_money_type(schema: Schema) -> Outcome:
    """Money columns are DECIMAL/NUMERIC or whole paise in an integer, never FLOAT, REAL or DOUBLE, nor text."""
    money = [(t, c) for t in schema.tables.values() for c in t.columns.values() if is_money(c.name)]
    did = "Looked at the type of every money column (price, amount, total, fee, cost, ...): "
    did += ", ".join(f"{t.name}.{c.name}" for t, c in money) if money else "none found"
    did += "."
    wrong = [(t, c) for t, c in money if c.type.this in FLOATS | TEXTS]
    if not wrong:
        return MONEY_TYPE.passed(did)
    table, column = wrong[0]
    floats = [(t, c) for t, c in wrong if c.type.this in FLOATS]
    why = ("FLOAT, REAL and DOUBLE are binary fractions: 0.1 + 0.2 is not exactly 0.3, so totals drift by paise. "
           if floats else "Text cannot be summed or compared as a number. ")
    return MONEY_TYPE.failed(
        did=did,
        expected="Money in an exact type: DECIMAL(10, 2) / NUMERIC(10, 2) rupees, or whole paise in an INTEGER/BIGINT.",
        got=listing(f"{t.name}: `{c.shown(schema.dialect)}` (line {c.line})" for t, c in wrong),
        hint=why + f"Declare it exact, e.g. `{column.name} DECIMAL(10, 2) NOT NULL` in {table.name}.",
        reproduce=f"line {column.line}: {column.shown(schema.dialect)}",
    )


def _required_columns(table: Table, role: str | None) -> dict[str, str]:
    """Each column of the table that must be NOT NULL, with the reason."""
    required = {c: "foreign key" for fk in table.foreign_keys for c in fk.columns}
    if role in NAMED_ROLES:
        own = {f"{singular(table.name)}_name", f"{role}_name"}
        for name in table.columns:
            if name in NAME_COLUMNS | own:
                required.setdefault(name, "name")
    for name in REQUIRED.get(role or "", set()) & set(table.columns):
        required.setdefault(name, _reason(name))
    placed = REQUIRED["order"] - {"status", "order_status"}
    if role == "order" and "created_at" in table.columns and not placed & set(table.columns):
        required.setdefault("created_at", "when the order was placed")
    return required


def _reason(name: str) -> str:
    for word, reason in (("status", "status"), ("email", "email"), ("qty", "quantity"), ("quantity", "quantity")):
        if word in name:
            return reason
    return "money" if is_money(name) else "when the order was placed"


def _not_null_example(column: Column, dialect: str) -> str:
    written = column.definition
    if written and "NULL" not in written.upper() and not written.endswith("..."):
        return f"{written} NOT NULL"
    return f"{column.name} {column.type_sql(dialect)} NOT NULL"


def check_not_null(schema: Schema, entities: Entities) -> Outcome:
    """Foreign keys, names, emails, prices, amounts, quantities, statuses and placement times are NOT NULL."""
    checked: list[tuple[Table, Column, str]] = []
    for table in schema.tables.values():
        for name, reason in _required_columns(table, entities.role_of(table.name)).items():
            checked.append((table, table.columns[name], reason))
    did = f"Checked NOT NULL on {len(checked)} required column(s): every foreign key, and the names, emails, " \
          "prices, amounts, quantities, statuses and order times of the entity tables (a primary key is NOT NULL)."
    nullable = sorted(((t, c, r) for t, c, r in checked if not t.is_required(c.name)), key=lambda n: n[1].line)
    if not nullable:
        return NOT_NULL.passed(did)
    table, column, reason = nullable[0]
    why = "a foreign key that may be empty lets a row belong to nobody" if reason == "foreign key" else \
        "a row without it makes no sense"
    return NOT_NULL.failed(
        did=did,
        expected="Every required column is declared NOT NULL, so a row cannot be missing it.",
        got="nullable: " + listing((f"{t.name}.{c.name} ({r}, line {c.line})" for t, c, r in nullable), 12)
        .replace("\n", ", "),
        hint=f"Add NOT NULL to the column definition, e.g. `{_not_null_example(column, schema.dialect)}` in "
        f"{table.name}: {why}.",
        reproduce=f"line {column.line}: {table.name}.{column.name}",
    )
