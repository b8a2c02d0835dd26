"""The public food-delivery dataset: seeded, realistic Indian orders from 2025-07-01 up to the reference date."""

from __future__ import annotations

import csv
import random
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from importlib.resources import files
from pathlib import Path

import duckdb

GENERATOR_VERSION = "1"
FOLLOWED_USER = 1  # the questions follow user 1's orders: a regular customer since before the data starts
START = datetime(2025, 7, 1)
REFERENCE_DATE = date(2026, 6, 30)
END = datetime(2026, 7, 1)  # exclusive: orders run to the last second of the reference date

CITIES = (("Bengaluru", 24), ("Mumbai", 20), ("Delhi", 18), ("Hyderabad", 12), ("Pune", 10), ("Chennai", 9),
          ("Kolkata", 5), ("Ahmedabad", 2))
FIRST = (
    "Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh", "Krishna", "Ishaan", "Rohan", "Kabir",
    "Aryan", "Rahul", "Karthik", "Siddharth", "Aditi", "Ananya", "Diya", "Saanvi", "Priya", "Kavya", "Meera",
    "Isha", "Neha", "Pooja", "Lakshmi", "Divya", "Sneha", "Riya", "Fatima", "Ayesha", "Imran", "Farhan",
    "Harpreet", "Gurpreet", "Manoj", "Suresh", "Ramesh", "Deepa", "Nandini"
)
LAST = (
    "Sharma", "Verma", "Iyer", "Iyengar", "Reddy", "Nair", "Menon", "Patel", "Shah", "Mehta", "Gupta", "Singh",
    "Kaur", "Das", "Banerjee", "Mukherjee", "Chatterjee", "Rao", "Naidu", "Pillai", "Kulkarni", "Deshpande",
    "Joshi", "Khan", "Qureshi", "Agarwal", "Bansal", "Chopra", "Malhotra", "Bhat"
)
CUISINE_MENU = {
    "North Indian": ("Paneer Butter Masala", "Dal Makhani", "Butter Naan", "Chole Bhature", "Kadai Chicken",
                     "Tandoori Roti", "Aloo Paratha", "Rajma Chawal"),
    "South Indian": ("Masala Dosa", "Idli Vada", "Rava Dosa", "Pongal", "Uttapam", "Filter Coffee", "Lemon Rice"),
    "Chinese": ("Veg Hakka Noodles", "Chilli Chicken", "Gobi Manchurian", "Schezwan Fried Rice", "Spring Rolls"),
    "Biryani": ("Chicken Dum Biryani", "Mutton Biryani", "Veg Biryani", "Egg Biryani", "Mirchi Ka Salan", "Raita"),
    "Pizza": ("Margherita Pizza", "Farmhouse Pizza", "Chicken Tikka Pizza", "Garlic Bread", "Choco Lava Cake"),
    "Street Food": ("Pani Puri", "Pav Bhaji", "Vada Pav", "Samosa Chaat", "Dahi Puri", "Kathi Roll"),
    "Desserts": ("Gulab Jamun", "Rasmalai", "Kulfi", "Gajar Halwa", "Mysore Pak"),
}
NON_VEG = ("Chicken", "Mutton", "Egg", "Fish")
CATEGORIES = ("Starters", "Mains", "Breads", "Rice", "Desserts", "Beverages")
CHAINS = (("Biryani House", "Biryani"), ("Udupi Grand", "South Indian"), ("Pizza Nation", "Pizza"),
          ("Punjabi Dhaba", "North Indian"), ("Dragon Wok", "Chinese"), ("Chaat Corner", "Street Food"))
PREFIXES = ("Sri", "Royal", "New", "Hotel", "Shree", "Green", "Spice", "Tasty", "Namma", "Desi", "Urban", "Golden")
SUFFIXES = ("Kitchen", "Bhavan", "Cafe", "Dhaba", "Express", "Corner", "Junction", "Palace", "Bistro", "Tiffins")
COUPONS = ("WELCOME50", "SAVE20", "FEAST100", "FREEDEL", "WEEKEND15")
METHODS = ("upi", "card", "cod", "wallet")
METHOD_WEIGHTS = (50, 20, 20, 10)
HOUR_WEIGHTS = (2, 1, 1, 0, 0, 0, 0, 2, 6, 8, 5, 5, 12, 14, 9, 4, 4, 5, 7, 12, 16, 14, 9, 4)


def schema_sql() -> str:
    """The published schema's DDL, exactly as learners see it."""
    return (files("exercises") / "step-02" / "schema.sql").read_text(encoding="utf-8")


def build_public(con: duckdb.DuckDBPyConnection, scale: float = 1.0, seed: int = 20260630) -> None:
    """Create the published tables on `con` and fill them with the seeded public dataset."""
    con.execute(schema_sql())
    tables = _generate(random.Random(seed), scale)
    with tempfile.TemporaryDirectory(prefix="roadmap-grader-") as folder:
        for table, rows in tables.items():
            path = Path(folder) / f"{table}.csv"
            with open(path, "w", newline="", encoding="utf-8") as handle:
                csv.writer(handle).writerows(rows)
            con.execute(f"COPY {table} FROM '{path}' (HEADER false, NULLSTR '')")


def _count(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def _pick_city(rng: random.Random) -> str:
    return rng.choices([c for c, _ in CITIES], [w for _, w in CITIES])[0]


def _generate(rng: random.Random, scale: float) -> dict[str, list[tuple]]:
    users = _users(rng, _count(1000, scale))
    restaurants = _restaurants(rng, _count(100, scale))
    items = _items(rng, restaurants, _count(2000, scale))
    orders, lines, payments = _orders(rng, users, restaurants, items, _count(20000, scale))
    return {"users": users, "restaurants": restaurants, "items": [row[:6] for row in items],
            "orders": orders, "order_items": lines, "payments": payments}


def _users(rng: random.Random, n: int) -> list[tuple]:
    rows = []
    for user_id in range(1, n + 1):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        phone = f"+91 {rng.choice('6789')}{rng.randrange(10**8, 10**9)}" if rng.random() < 0.85 else None
        early = rng.random() < 0.8 or user_id == FOLLOWED_USER
        days = rng.randrange(0, 911) if early else rng.randrange(911, 1276)
        signup = date(2023, 1, 1) + timedelta(days=days)
        rows.append((user_id, f"{first} {last}", f"{first}.{last}.{user_id}@example.in".lower(), phone,
                     _pick_city(rng), signup))
    return rows


def _restaurants(rng: random.Random, n: int) -> list[tuple]:
    rows = []
    city_names = [c for c, _ in CITIES]
    for restaurant_id in range(1, n + 1):
        if restaurant_id <= 4 * len(CHAINS) and restaurant_id % 4 != 0:
            name, cuisine = CHAINS[(restaurant_id - 1) // 4]
            city = city_names[(restaurant_id * 5) % 6]
        else:
            cuisine = rng.choice(list(CUISINE_MENU))
            name = f"{rng.choice(PREFIXES)} {rng.choice(SUFFIXES)} {restaurant_id}"
            city = _pick_city(rng)
        rating = Decimal(rng.randrange(30, 50)) / 10 if rng.random() < 0.88 else None
        opened = date(2015, 1, 1) + timedelta(days=rng.randrange(0, 3650))
        rows.append((restaurant_id, name, city, cuisine, rating, opened))
    return rows


def _items(rng: random.Random, restaurants: list[tuple], n: int) -> list[tuple]:
    """Menu items; each row carries two extra fields: the earlier price and when the current one started."""
    rows = []
    for item_id in range(1, n + 1):
        restaurant = restaurants[(item_id - 1) % len(restaurants)]
        dish = rng.choice(CUISINE_MENU[restaurant[3]])
        name = dish if rng.random() < 0.6 else f"{dish} ({rng.choice(('Half', 'Full', 'Family', 'Jain'))})"
        category = rng.choice(CATEGORIES) if rng.random() < 0.9 else None
        price = Decimal(rng.randrange(12, 120) * 5)
        changed = rng.random() < 0.2
        old_price = (price - Decimal(rng.randrange(1, 6) * 5)) if changed else price
        since = START + timedelta(days=rng.randrange(30, 330)) if changed else START
        rows.append((item_id, restaurant[0], name, category, price, not any(w in dish for w in NON_VEG),
                     old_price, since))
    return rows


def _orders(rng: random.Random, users: list[tuple], restaurants: list[tuple], items: list[tuple],
            n: int) -> tuple[list[tuple], list[tuple], list[tuple]]:
    active_users = [u for u in users if rng.random() < 0.9 or u[0] == FOLLOWED_USER]
    closed = {r[0] for r in restaurants if rng.random() < 0.05}
    open_restaurants = [r for r in restaurants if r[0] not in closed]
    by_city: dict[str, list[tuple]] = {}
    for r in open_restaurants:
        by_city.setdefault(r[2], []).append(r)
    menu: dict[int, list[tuple]] = {}
    for item in items:
        if rng.random() < 0.97:
            menu.setdefault(item[1], []).append(item)
    open_restaurants = [r for r in open_restaurants if r[0] in menu]
    user_weights = [max(rng.paretovariate(2.5), 1.5 if u[0] == FOLLOWED_USER else 0) for u in active_users]
    days = (END - START).days
    moments = sorted(START + timedelta(days=rng.randrange(days), hours=rng.choices(range(24), HOUR_WEIGHTS)[0],
                                       seconds=rng.randrange(3600)) for _ in range(n))
    orders, lines, payments = [], [], []
    for order_id, placed in enumerate(moments, start=1):
        user = rng.choices(active_users, user_weights)[0]
        while user[5] > placed.date():
            user = rng.choices(active_users, user_weights)[0]
        local = [r for r in by_city.get(user[4], []) if r[0] in menu]
        restaurant = rng.choice(local if local and rng.random() < 0.85 else open_restaurants)
        status = _status(rng, placed)
        delivered = placed + timedelta(minutes=rng.randint(20, 69), seconds=rng.randrange(60)) \
            if status == "delivered" else None
        fee = Decimal(rng.choice((0, 0, 20, 25, 30, 40, 49)))
        coupon = rng.choice(COUPONS) if rng.random() < 0.22 else None
        orders.append((order_id, user[0], restaurant[0], status, placed, delivered, fee, coupon))
        chosen = rng.sample(menu[restaurant[0]], min(len(menu[restaurant[0]]), rng.choice((1, 1, 2, 2, 3, 4))))
        total = fee
        for item in sorted(chosen):
            quantity = rng.choices((1, 2, 3, 4), (60, 25, 10, 5))[0]
            unit_price = item[4] if placed >= item[7] else item[6]
            lines.append((order_id, item[0], quantity, unit_price))
            total += quantity * unit_price
        payments.extend(_payments(rng, order_id, status, placed, delivered, total))
    return orders, lines, [(i, *p) for i, p in enumerate(payments, start=1)]


def _status(rng: random.Random, placed: datetime) -> str:
    if placed >= END - timedelta(hours=6) and rng.random() < 0.7:
        return "placed"
    return "cancelled" if rng.random() < 0.08 else "delivered"


def _payments(rng: random.Random, order_id: int, status: str, placed: datetime, delivered: datetime | None,
              total: Decimal) -> list[tuple]:
    """The payment attempts of one order: (order_id, method, status, amount, paid_at)."""
    method = rng.choices(METHODS, METHOD_WEIGHTS)[0]
    attempts = []
    at = placed + timedelta(seconds=rng.randint(5, 90))
    if method != "cod" and rng.random() < 0.08:
        attempts.append((order_id, method, "failed", total, at))
        at += timedelta(seconds=rng.randint(20, 180))
        method = rng.choice(("upi", "card", "wallet"))
    if method == "cod":
        if status == "delivered":
            attempts.append((order_id, method, "success", total, delivered))
        return attempts
    if status == "cancelled":
        attempts.append((order_id, method, "refunded" if rng.random() < 0.8 else "failed", total, at))
    else:
        attempts.append((order_id, method, "success", total, at))
    return attempts
