"""A hidden world under construction: rows added through helpers that hand out ids and keep every key."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

import duckdb

from checkers.sql.dataset.generator import schema_sql

Line = tuple[int, int] | tuple[int, int, str]


@dataclass
class World:
    """Rows under construction, with ids handed out in order and every key respected by construction."""

    tables: dict[str, list[tuple]] = field(default_factory=lambda: {
        t: [] for t in ("users", "restaurants", "items", "orders", "order_items", "payments")})
    prices: dict[int, Decimal] = field(default_factory=dict)

    def user(self, name: str, city: str = "Bengaluru", phone: str | None = "+91 9800000000",
             signup: date = date(2025, 1, 15)) -> int:
        user_id = len(self.tables["users"]) + 1
        email = f"{name.lower().replace(' ', '.')}.{user_id}@example.in"
        self.tables["users"].append((user_id, name, email, phone, city, signup))
        return user_id

    def restaurant(self, name: str, city: str, cuisine: str = "North Indian", rating: str | None = "4.2") -> int:
        restaurant_id = len(self.tables["restaurants"]) + 1
        self.tables["restaurants"].append(
            (restaurant_id, name, city, cuisine, rating and Decimal(rating), date(2020, 3, 1)))
        return restaurant_id

    def item(self, restaurant: int, name: str, price: str, category: str | None = "Mains", veg: bool = True) -> int:
        item_id = len(self.tables["items"]) + 1
        self.prices[item_id] = Decimal(price)
        self.tables["items"].append((item_id, restaurant, name, category, Decimal(price), veg))
        return item_id

    def order(self, user: int, restaurant: int, placed: str, lines: list[Line], status: str = "delivered",
              minutes: int = 30, fee: str = "30", coupon: str | None = None,
              payments: list[tuple[str, str]] | None = None) -> int:
        """An order with its lines (item, quantity[, unit price]) and payment attempts (method, status)."""
        order_id = len(self.tables["orders"]) + 1
        at = datetime.fromisoformat(placed)
        delivered = at + timedelta(minutes=minutes) if status == "delivered" else None
        self.tables["orders"].append((order_id, user, restaurant, status, at, delivered, Decimal(fee), coupon))
        total = Decimal(fee)
        for line in lines:
            unit_price = Decimal(line[2]) if len(line) == 3 else self.prices[line[0]]
            self.tables["order_items"].append((order_id, line[0], line[1], unit_price))
            total += line[1] * unit_price
        if payments is None:
            payments = {"delivered": [("upi", "success")], "cancelled": [("upi", "refunded")]}.get(status, [])
        for step, (method, outcome) in enumerate(payments, start=1):
            self.pay(order_id, method, outcome, total, at + timedelta(minutes=step))
        return order_id

    def pay(self, order: int, method: str, status: str, amount: Decimal | str, at: datetime) -> None:
        payment_id = len(self.tables["payments"]) + 1
        self.tables["payments"].append((payment_id, order, method, status, Decimal(amount), at))

    def store_newest_first(self, *orders: int) -> None:
        """Store these orders' rows in the reverse of their id order, as concurrent inserts may leave them."""
        self.store_in(*sorted(orders, reverse=True))

    def store_in(self, *orders: int) -> None:
        """Store these orders' rows, and their lines, in the given order (in the slots they hold), not by id."""
        for table in ("orders", "order_items"):
            rows = self.tables[table]
            slots = [index for index, row in enumerate(rows) if row[0] in orders]
            moved = sorted((rows[i] for i in slots), key=lambda row: orders.index(row[0]))
            for index, row in zip(slots, moved, strict=True):
                rows[index] = row

    def load(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute(schema_sql())
        for table, rows in self.tables.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
