"""Hidden edge-case datasets: small hand-built worlds, each probing one way an almost-right query goes wrong."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal

import duckdb

from checkers.sql.dataset.generator import schema_sql

Line = tuple[int, int] | tuple[int, int, str]


@dataclass(frozen=True)
class HiddenDataset:
    """A dataset learners never see: its slug, the plain phrase naming what it probes, and how to build it."""

    name: str
    probes: str
    build: Callable[[duckdb.DuckDBPyConnection], None]


@dataclass
class _World:
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
        rows = self.tables["orders"]
        slots = [index for index, row in enumerate(rows) if row[0] in orders]
        for index, row in zip(slots, sorted((rows[i] for i in slots), reverse=True), strict=True):
            rows[index] = row

    def load(self, con: duckdb.DuckDBPyConnection) -> None:
        con.execute(schema_sql())
        for table, rows in self.tables.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)


SPICE_ROUTE, DOSA_POINT, FILTER_COFFEE = 1, 2, 4  # ids _base() hands out, for datasets that add to them


def _base() -> _World:
    """A tiny ordinary world every hidden dataset starts from: user 1 lives in Pune and orders now and then."""
    w = _World()
    asha, ravi = w.user("Asha Kulkarni", "Pune"), w.user("Ravi Iyer", "Bengaluru")
    spice = w.restaurant("Spice Route", "Pune", "North Indian", "4.4")
    dosa = w.restaurant("Dosa Point", "Bengaluru", "South Indian", "4.1")
    paneer, naan = w.item(spice, "Paneer Tikka", "280", "Starters"), w.item(spice, "Butter Naan", "60", "Breads")
    masala, coffee = w.item(dosa, "Masala Dosa", "120"), w.item(dosa, "Filter Coffee", "40", "Beverages")
    w.order(asha, spice, "2025-11-04 20:15:00", [(paneer, 1), (naan, 2)])
    w.order(asha, dosa, "2026-03-10 09:05:00", [(masala, 2), (coffee, 2)], coupon="SAVE20")
    w.order(ravi, dosa, "2026-06-12 08:30:00", [(masala, 1)], minutes=25)
    w.order(ravi, spice, "2026-06-20 13:00:00", [(paneer, 2)], status="cancelled")
    return w


def _never_ordered(w: _World) -> None:
    w.user("Meera Nair", "Pune", phone=None)
    w.user("Kabir Shah", "Mumbai", signup=date(2026, 6, 30))
    idle = w.restaurant("Chennai Tiffins", "Chennai", "South Indian", None)
    w.item(idle, "Pongal", "90")
    w.item(SPICE_ROUTE, "Dal Makhani", "220")
    w.item(DOSA_POINT, "Rava Dosa", "130", None)


def _same_name(w: _World) -> None:
    pune, mumbai, mumbai2 = (w.restaurant("Biryani House", c, "Biryani") for c in ("Pune", "Mumbai", "Mumbai"))
    only_delhi = [w.restaurant("Chaat Corner", "Delhi", "Street Food") for _ in range(2)]
    diner = w.user("Farhan Qureshi", "Mumbai")
    dishes = [w.item(place, "Chicken Dum Biryani", price, veg=False)
              for place, price in ((pune, "300"), (mumbai, "250"), (mumbai2, "250"), *((r, "90") for r in only_delhi))]
    for dish, place in zip(dishes, (pune, mumbai, mumbai2, *only_delhi), strict=True):
        w.order(diner, place, "2026-04-18 19:40:00", [(dish, 2)])
    w.order(1, pune, "2026-05-02 12:00:00", [(dishes[0], 1)])
    w.restaurant("Biryani House", "Chennai", "Biryani")
    for name in ("Udupi Grand", "Dragon Wok"):
        for city in ("Pune", "Delhi"):
            w.item(w.restaurant(name, city, "South Indian"), "Idli Vada", "80")


def _nulls(w: _World) -> None:
    ghost = w.user("Ishaan Das", "Kolkata", phone=None)
    old = w.user("Diya Banerjee", "Kolkata", phone=None)
    unrated = [w.restaurant(n, "Kolkata", "Chinese", None) for n in ("Wok Express", "Momo Hut")]
    noodles, momo = w.item(unrated[0], "Hakka Noodles", "160", None), w.item(unrated[1], "Veg Momos", "110", None)
    w.order(ghost, unrated[0], "2026-02-14 20:00:00", [(noodles, 1)], coupon="FEAST100")
    w.order(ghost, unrated[1], "2026-02-20 21:00:00", [(momo, 3)], coupon="FEAST100", status="cancelled")
    w.order(ghost, unrated[1], "2026-05-05 19:00:00", [(momo, 1)])
    w.order(old, unrated[0], "2025-12-31 23:59:59", [(noodles, 2)])
    w.order(2, unrated[1], "2026-01-01 00:00:00", [(momo, 1)])
    w.order(w.user("Kavya Menon", "Kolkata", phone=None), unrated[1], "2026-01-01 00:00:00", [(momo, 2)])


def _payments(w: _World) -> None:
    pay = w.user("Sneha Reddy", "Hyderabad")
    bowl = w.restaurant("Paradise Bowl", "Hyderabad", "Biryani", "4.6")
    biryani = w.item(bowl, "Mutton Biryani", "350", veg=False)
    w.order(pay, bowl, "2026-01-05 13:00:00", [(biryani, 1)], payments=[("card", "failed"), ("upi", "success")])
    w.order(pay, bowl, "2026-02-05 13:00:00", [(biryani, 2)],
            payments=[("card", "failed"), ("card", "failed"), ("wallet", "success")])
    w.order(pay, bowl, "2026-03-05 13:00:00", [(biryani, 1)], status="cancelled",
            payments=[("upi", "failed"), ("upi", "refunded")])
    split = w.order(pay, bowl, "2026-04-05 13:00:00", [(biryani, 3)], status="cancelled", payments=[])
    w.pay(split, "wallet", "refunded", "500", datetime(2026, 4, 5, 13, 1))
    w.pay(split, "card", "refunded", "580", datetime(2026, 4, 5, 13, 2))
    w.order(pay, bowl, "2026-05-05 13:00:00", [(biryani, 1)], status="cancelled", payments=[("card", "failed")])
    w.order(pay, bowl, "2026-05-20 13:00:00", [(biryani, 1)], status="cancelled",
            payments=[("card", "failed"), ("upi", "success"), ("upi", "refunded")])
    w.order(1, bowl, "2026-05-06 13:00:00", [(biryani, 1)], status="cancelled", payments=[])
    w.order(1, bowl, "2026-05-07 13:00:00", [(biryani, 1)], payments=[("cod", "success")])
    halves = w.order(pay, bowl, "2026-06-05 13:00:00", [(biryani, 2)], payments=[("card", "failed")])
    for _ in range(2):
        w.pay(halves, "upi", "success", "365", datetime(2026, 6, 5, 13, 3))


def _ties(w: _World) -> None:
    cities = ("Delhi", "Delhi", "Delhi", "Delhi", "Mumbai", "Mumbai", "Mumbai")
    cuisines = ("Pizza", "Chinese", "Pizza", "Chinese", "Pizza", "Chinese", "Biryani")
    fan = w.user("Rohan Mehta", "Delhi")
    menu = []
    for n, (city, cuisine) in enumerate(zip(cities, cuisines, strict=True)):
        place = w.restaurant(f"Tie Kitchen {n}", city, cuisine)
        menu.append((place, w.item(place, "Thali", "500")))
        w.order(fan, place, f"2026-06-0{n + 1} 12:00:00", [(menu[-1][1], 1)])
    for day in (2, 3):
        w.order(2, menu[0][0], f"2026-06-{day:02d} 19:00:00", [(menu[0][1], 1)], coupon="SAVE20")
    for day in (4, 5, 6):
        w.order(2, menu[1][0], f"2026-06-{day:02d} 19:00:00", [(menu[1][1], 1)], coupon="WELCOME50")
    local = w.user("Lakshmi Pillai", "Chennai")
    for n, plates in enumerate((4, 4, 3, 2)):
        mess = w.restaurant(f"Chennai Mess {n}", "Chennai", "South Indian")
        w.order(local, mess, f"2026-05-1{n} 13:00:00", [(w.item(mess, "Meals", "100"), plates)])


def _boundaries(w: _World) -> None:
    night = w.user("Neha Joshi", "Bengaluru")
    owl = w.restaurant("Midnight Cafe", "Bengaluru", "Desserts", "3.9")
    cake = w.item(owl, "Choco Lava Cake", "150", "Desserts")
    for moment in ("2025-06-30 23:59:59", "2026-01-31 23:59:59", "2026-02-01 00:00:00", "2026-05-31 23:59:59",
                   "2026-06-01 00:00:00", "2026-06-23 23:59:59", "2026-06-24 00:00:00", "2026-06-30 23:59:59",
                   "2026-06-30 00:00:00"):
        w.order(night, owl, moment, [(cake, 2)], minutes=20)
    w.store_newest_first(w.order(1, owl, "2026-06-29 23:59:59", [(cake, 1)]),
                         w.order(1, DOSA_POINT, "2026-06-29 23:59:59", [(FILTER_COFFEE, 2)]))
    w.order(1, owl, "2026-06-30 00:00:01", [(cake, 1)], status="placed")


def _cancelled(w: _World) -> None:
    late = w.user("Vivaan Gupta", "Pune")
    hub = w.restaurant("Pune Pizza Hub", "Pune", "Pizza", "4.0")
    pizza, bread = w.item(hub, "Farmhouse Pizza", "399"), w.item(hub, "Garlic Bread", "149", "Breads")
    w.order(late, hub, "2026-06-08 19:30:00", [(pizza, 2, "349")])
    w.order(late, hub, "2026-06-10 20:00:00", [(pizza, 1, "349")], coupon="WELCOME50")
    w.order(late, hub, "2026-06-11 20:00:00", [(pizza, 1, "349")], status="cancelled")
    w.order(late, hub, "2026-06-12 20:00:00", [(pizza, 2, "349"), (bread, 1)], status="cancelled", payments=[],
            coupon="FLAT75")
    w.order(late, hub, "2026-06-20 20:00:00", [(pizza, 1)])
    w.order(late, hub, "2026-06-30 21:30:00", [(pizza, 4), (bread, 2)], status="placed")
    w.order(1, hub, "2026-06-15 20:00:00", [(pizza, 1)], status="cancelled")


def _dataset(name: str, probes: str, *extras: Callable[[_World], None]) -> HiddenDataset:
    def build(con: duckdb.DuckDBPyConnection) -> None:
        world = _base()
        for extra in extras:
            extra(world)
        world.load(con)

    return HiddenDataset(name, probes, build)


HIDDEN_DATASETS: tuple[HiddenDataset, ...] = (
    _dataset("never-ordered", "users, restaurants and menu items with no orders at all", _never_ordered),
    _dataset("same-name", "restaurants with the same name in different cities", _same_name),
    _dataset("nulls", "NULLs in optional columns (phone, rating, category, coupon)", _nulls),
    _dataset("payments", "failed-then-successful payments, refunds (also after a success) and split payments",
             _payments),
    _dataset("ties", "ties at a top-N cut-off and in rankings", _ties),
    _dataset("boundaries", "orders exactly on month and day boundaries up to the last second of today, the same "
             "month in two years, and two orders of one user at the same instant", _boundaries),
    _dataset("cancelled", "cancelled and still-in-progress orders, items only ever in those, and prices that "
             "changed since ordering, even within June", _cancelled),
)
