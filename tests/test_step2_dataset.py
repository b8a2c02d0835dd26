"""The step-2 datasets: deterministic, the right size, realistic, keyed, holding their edge cases, cached once."""

from __future__ import annotations

import duckdb
import pytest

from checkers.sql.dataset import generator
from checkers.sql.dataset.cache import cache_key, dataset_files
from checkers.sql.dataset.hidden import HIDDEN_DATASETS
from checkers.sql.sandbox import open_dataset

TABLES = ("users", "restaurants", "items", "orders", "order_items", "payments")

# Rules every dataset keeps: each query counts the rows that break the rule.
RULES = {
    "delivered_at is set exactly for delivered orders":
        "SELECT COUNT(*) FROM orders WHERE (status = 'delivered') <> (delivered_at IS NOT NULL)",
    "delivery takes 20 to 70 minutes":
        "SELECT COUNT(*) FROM orders WHERE delivered_at NOT BETWEEN placed_at + INTERVAL 20 MINUTE "
        "AND placed_at + INTERVAL 70 MINUTE",
    "order statuses come from the documented list":
        "SELECT COUNT(*) FROM orders WHERE status NOT IN ('placed', 'delivered', 'cancelled')",
    "payment statuses and methods come from the documented lists":
        "SELECT COUNT(*) FROM payments WHERE status NOT IN ('success', 'failed', 'refunded') "
        "OR method NOT IN ('upi', 'card', 'cod', 'wallet')",
    "orders are placed by the end of the reference date":
        "SELECT COUNT(*) FROM orders WHERE placed_at >= DATE '2026-07-01'",
    "orders still in progress were placed on the reference date":
        "SELECT COUNT(*) FROM orders WHERE status = 'placed' AND placed_at < DATE '2026-06-30'",
    "refunds are only for cancelled or delivered orders, never for one still in progress":
        "SELECT COUNT(*) FROM payments p JOIN orders o USING (order_id) WHERE p.status = 'refunded' "
        "AND o.status = 'placed'",
    "every order has at least one line":
        "SELECT COUNT(*) FROM orders o WHERE NOT EXISTS (SELECT 1 FROM order_items i WHERE i.order_id = o.order_id)",
    "quantities and prices are positive":
        "SELECT COUNT(*) FROM order_items WHERE quantity < 1 OR unit_price <= 0",
    "user 1 exists": "SELECT 1 - COUNT(*) FROM users WHERE user_id = 1",
    "nobody orders before signing up":
        "SELECT COUNT(*) FROM orders o JOIN users u USING (user_id) WHERE o.placed_at < u.signup_date",
}

# What the public dataset must contain: each query returns how many rows show it (must be > 0).
PUBLIC_CASES = {
    "users who never ordered": "SELECT COUNT(*) FROM users u WHERE u.user_id NOT IN (SELECT user_id FROM orders)",
    "restaurants with no orders":
        "SELECT COUNT(*) FROM restaurants r WHERE r.restaurant_id NOT IN (SELECT restaurant_id FROM orders)",
    "items never ordered": "SELECT COUNT(*) FROM items WHERE item_id NOT IN (SELECT item_id FROM order_items)",
    "a chain in several cities": "SELECT COUNT(*) FROM restaurants GROUP BY name HAVING COUNT(DISTINCT city) > 1",
    "users without a phone": "SELECT COUNT(*) FROM users WHERE phone IS NULL",
    "unrated restaurants": "SELECT COUNT(*) FROM restaurants WHERE rating IS NULL",
    "items without a category": "SELECT COUNT(*) FROM items WHERE category IS NULL",
    "orders without a coupon": "SELECT COUNT(*) FROM orders WHERE coupon_code IS NULL",
    "lines paid at an older price":
        "SELECT COUNT(*) FROM order_items oi JOIN items i USING (item_id) WHERE oi.unit_price <> i.price",
    "a failed payment followed by a success":
        "SELECT COUNT(*) FROM payments f JOIN payments s ON s.order_id = f.order_id AND s.paid_at > f.paid_at "
        "WHERE f.status = 'failed' AND s.status = 'success'",
    "refunded payments": "SELECT COUNT(*) FROM payments WHERE status = 'refunded'",
    "cancelled orders": "SELECT COUNT(*) FROM orders WHERE status = 'cancelled'",
    "orders still in progress": "SELECT COUNT(*) FROM orders WHERE status = 'placed'",
    "cash on delivery": "SELECT COUNT(*) FROM payments WHERE method = 'cod'",
}

# What each hidden dataset exists to show (its `probes`), as queries that must return > 0.
HIDDEN_CASES = [
    ("never-ordered", "SELECT COUNT(*) FROM users WHERE city = 'Pune' AND user_id NOT IN (SELECT user_id FROM orders)"),
    ("never-ordered", "SELECT COUNT(*) FROM restaurants WHERE restaurant_id NOT IN (SELECT restaurant_id FROM orders)"),
    ("never-ordered", "SELECT COUNT(*) FROM items WHERE item_id NOT IN (SELECT item_id FROM order_items)"),
    ("same-name", "SELECT COUNT(*) FROM restaurants GROUP BY name HAVING COUNT(DISTINCT city) > 1"),
    ("same-name", "SELECT COUNT(*) FROM restaurants r WHERE name = 'Biryani House' "
                  "AND restaurant_id NOT IN (SELECT restaurant_id FROM orders)"),
    ("nulls", "SELECT COUNT(*) FROM users u JOIN orders o USING (user_id) WHERE u.phone IS NULL "
              "AND o.placed_at = TIMESTAMP '2026-01-01 00:00:00'"),
    ("nulls", "SELECT COUNT(*) FROM restaurants WHERE city = 'Kolkata' HAVING COUNT(rating) = 0"),
    ("nulls", "SELECT COUNT(*) FROM items WHERE category IS NULL"),
    ("payments", "SELECT COUNT(*) FROM payments GROUP BY order_id "
                 "HAVING COUNT(*) FILTER (status = 'failed') = 2 AND COUNT(*) FILTER (status = 'success') = 1"),
    ("payments", "SELECT COUNT(*) FROM payments WHERE status = 'success' GROUP BY order_id HAVING COUNT(*) = 2"),
    ("payments", "SELECT COUNT(*) FROM payments WHERE status = 'refunded' GROUP BY order_id HAVING COUNT(*) = 2"),
    ("payments", "SELECT COUNT(*) FROM payments GROUP BY order_id HAVING COUNT(*) FILTER (status = 'failed') > 0 "
                 "AND COUNT(*) FILTER (status = 'success') > 0 AND COUNT(*) FILTER (status = 'refunded') > 0"),
    ("payments", "SELECT COUNT(*) FROM payments f JOIN payments s ON s.order_id = f.order_id AND s.paid_at < f.paid_at "
                 "WHERE f.status = 'failed' AND s.status = 'success'"),
    ("ties", "SELECT COUNT(*) FROM (SELECT o.restaurant_id, SUM(oi.quantity * oi.unit_price) AS revenue "
             "FROM orders o JOIN order_items oi USING (order_id) WHERE o.status = 'delivered' GROUP BY 1) "
             "GROUP BY revenue HAVING COUNT(*) > 1"),
    ("ties", "SELECT COUNT(*) FROM (SELECT RANK() OVER w AS plain, DENSE_RANK() OVER w AS dense FROM ("
             "SELECT r.city, SUM(oi.quantity * oi.unit_price) AS revenue FROM restaurants r JOIN orders o "
             "USING (restaurant_id) JOIN order_items oi USING (order_id) WHERE o.status = 'delivered' "
             "GROUP BY r.restaurant_id, r.city) WINDOW w AS (PARTITION BY city ORDER BY revenue DESC)) "
             "WHERE dense <= 3 AND plain <> dense"),
    ("boundaries", "SELECT COUNT(*) FROM orders WHERE placed_at IN (TIMESTAMP '2026-01-31 23:59:59', "
                   "TIMESTAMP '2026-02-01 00:00:00') HAVING COUNT(*) = 2"),
    ("boundaries", "SELECT COUNT(*) FROM orders WHERE placed_at = TIMESTAMP '2026-06-30 23:59:59'"),
    ("boundaries", "SELECT COUNT(*) FROM orders WHERE user_id = 1 GROUP BY placed_at HAVING COUNT(*) = 2"),
    ("boundaries", "SELECT COUNT(*) FROM orders a JOIN orders b USING (user_id, placed_at) "
                   "WHERE a.user_id = 1 AND a.order_id < b.order_id AND a.rowid > b.rowid"),
    ("boundaries", "SELECT COUNT(*) FROM orders WHERE status = 'delivered' GROUP BY month(placed_at) "
                   "HAVING COUNT(DISTINCT year(placed_at)) > 1"),
    ("cancelled", "SELECT COUNT(*) FROM orders GROUP BY coupon_code HAVING COUNT(*) FILTER (status = 'delivered') = 0"),
    ("cancelled", "SELECT COUNT(*) FROM order_items oi JOIN items i USING (item_id) WHERE oi.unit_price <> i.price"),
    ("cancelled", "SELECT COUNT(*) FROM items WHERE item_id IN (SELECT item_id FROM order_items) AND item_id NOT IN "
                  "(SELECT item_id FROM order_items JOIN orders USING (order_id) WHERE status = 'delivered')"),
    ("cancelled", "SELECT COUNT(*) FROM order_items oi JOIN items i USING (item_id) JOIN orders o USING (order_id) "
                  "WHERE oi.unit_price <> i.price AND o.user_id IN (SELECT user_id FROM orders WHERE status = "
                  "'delivered' AND placed_at >= DATE '2026-06-01' GROUP BY user_id HAVING COUNT(*) >= 3) "
                  "AND o.status = 'delivered' AND o.placed_at >= DATE '2026-06-01'"),
    ("sort-keys", "SELECT COUNT(*) FROM orders a JOIN orders b ON a.user_id = b.user_id AND "
                  "CAST(a.placed_at AS DATE) = CAST(b.placed_at AS DATE) WHERE a.user_id = 1 "
                  "AND a.order_id < b.order_id AND a.placed_at > b.placed_at"),
    ("sort-keys", "SELECT COUNT(*) FROM orders a JOIN orders b ON a.user_id = b.user_id AND "
                  "CAST(a.placed_at AS DATE) = CAST(b.placed_at AS DATE) WHERE a.user_id = 1 "
                  "AND a.order_id < b.order_id AND a.placed_at < b.placed_at"),
    ("sort-keys", "SELECT COUNT(*) FROM orders WHERE user_id = 1 GROUP BY placed_at HAVING COUNT(*) = 3"),
    ("sort-keys", "SELECT COUNT(*) FROM (SELECT r.city, SUM(oi.quantity * oi.unit_price) AS revenue FROM restaurants r "
                  "JOIN orders o USING (restaurant_id) JOIN order_items oi USING (order_id) "
                  "WHERE o.status = 'delivered' GROUP BY r.restaurant_id, r.city) "
                  "GROUP BY city, revenue HAVING COUNT(*) > 3"),
    ("filter-scope", "SELECT COUNT(*) FROM payments p JOIN orders o USING (order_id) WHERE p.status = 'refunded' "
                     "AND o.status = 'delivered'"),
    ("filter-scope", "SELECT COUNT(*) FROM restaurants r WHERE restaurant_id IN (SELECT restaurant_id FROM orders) AND "
                     "restaurant_id NOT IN (SELECT restaurant_id FROM orders WHERE status = 'delivered')"),
    ("filter-scope", "SELECT COUNT(*) FROM users u WHERE phone IS NULL AND user_id IN (SELECT user_id FROM orders "
                     "WHERE placed_at >= DATE '2026-01-01') AND user_id NOT IN (SELECT user_id FROM orders WHERE "
                     "placed_at >= DATE '2026-01-01' AND status = 'delivered') HAVING COUNT(*) >= 2"),
    ("filter-scope", "SELECT COUNT(*) FROM users u JOIN orders o USING (user_id) WHERE u.phone = '' "
                     "AND o.placed_at >= DATE '2026-01-01'"),
    ("filter-scope", "SELECT COUNT(*) FROM users WHERE city LIKE '%Pune%' AND city <> 'Pune'"),
    ("filter-scope", "SELECT COUNT(*) FROM items WHERE item_id IN (SELECT item_id FROM order_items) AND item_id NOT IN "
                     "(SELECT item_id FROM order_items JOIN orders USING (order_id) WHERE status <> 'cancelled')"),
    ("amounts", "SELECT COUNT(*) FROM order_items WHERE unit_price <> ROUND(unit_price)"),
    ("amounts", "SELECT COUNT(*) FROM order_items WHERE order_id IN (SELECT order_id FROM orders WHERE user_id = 1) "
                "GROUP BY order_id, quantity * unit_price HAVING COUNT(*) > 1"),
    ("amounts", "SELECT COUNT(*) FROM (SELECT CAST(o.placed_at AS DATE), SUM(oi.quantity * oi.unit_price) AS revenue "
                "FROM orders o JOIN order_items oi USING (order_id) WHERE o.status = 'delivered' "
                "AND o.placed_at >= DATE '2026-06-24' GROUP BY 1) GROUP BY revenue HAVING COUNT(*) > 1"),
]


def _built(build) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    build(con)
    return con


def _contents(con: duckdb.DuckDBPyConnection) -> dict[str, list[tuple]]:
    return {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() for table in TABLES}


@pytest.fixture(scope="module")
def public() -> duckdb.DuckDBPyConnection:
    return _built(generator.build_public)


def _count(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return row[0] if row else 0


def test_same_seed_gives_the_same_data_and_another_seed_does_not():
    first = _contents(_built(lambda con: generator.build_public(con, scale=0.05)))
    again = _contents(_built(lambda con: generator.build_public(con, scale=0.05)))
    other = _contents(_built(lambda con: generator.build_public(con, scale=0.05, seed=7)))
    assert first == again
    assert first["orders"] != other["orders"]


def test_default_scale_has_the_documented_size(public):
    sizes = {table: _count(public, f"SELECT COUNT(*) FROM {table}") for table in TABLES}
    assert {t: sizes[t] for t in ("users", "restaurants", "items", "orders")} == {
        "users": 1000, "restaurants": 100, "items": 2000, "orders": 20000}
    assert sizes["order_items"] > sizes["orders"] and sizes["payments"] > 0.9 * sizes["orders"]


@pytest.mark.parametrize("rule", RULES)
def test_public_dataset_keeps_the_rules(public, rule):
    assert _count(public, RULES[rule]) == 0


def test_public_orders_cover_the_year_up_to_the_reference_date(public):
    first, last = public.execute("SELECT MIN(placed_at), MAX(placed_at) FROM orders").fetchone()
    assert first.date() >= generator.START.date() and last < generator.END
    assert (last - first).days > 360


@pytest.mark.parametrize("case", PUBLIC_CASES)
def test_public_dataset_holds_its_edge_cases(public, case):
    assert _count(public, PUBLIC_CASES[case]) > 0


@pytest.fixture(scope="module")
def hidden() -> dict[str, duckdb.DuckDBPyConnection]:
    return {dataset.name: _built(dataset.build) for dataset in HIDDEN_DATASETS}


@pytest.mark.parametrize("name", [d.name for d in HIDDEN_DATASETS])
@pytest.mark.parametrize("rule", RULES)
def test_hidden_datasets_keep_the_rules(hidden, name, rule):
    assert _count(hidden[name], RULES[rule]) == 0


@pytest.mark.parametrize(("name", "sql"), HIDDEN_CASES)
def test_hidden_dataset_shows_what_it_probes(hidden, name, sql):
    assert _count(hidden[name], sql) > 0


def test_hidden_datasets_have_unique_slugs_and_plain_probes():
    names = [d.name for d in HIDDEN_DATASETS]
    assert len(set(names)) == len(names) >= 10
    assert all(d.probes and d.probes == d.probes.strip() and not d.probes.endswith(".") for d in HIDDEN_DATASETS)


def test_keys_are_enforced_on_build():
    con = _built(HIDDEN_DATASETS[0].build)
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO orders VALUES (999, 12345, 1, 'placed', TIMESTAMP '2026-06-30 10:00', NULL, 0, NULL)")


def test_files_are_built_once_and_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("GRADER_CACHE_DIR", str(tmp_path))
    first = dataset_files(scale=0.02)
    assert [d.name for d in first] == ["public", *(d.name for d in HIDDEN_DATASETS)]
    assert [d.hidden for d in first] == [False] + [True] * len(HIDDEN_DATASETS)
    assert all(d.path.parent == tmp_path / "step-02" / cache_key(0.02) for d in first)
    stamps = [d.path.stat().st_mtime_ns for d in first]
    second = dataset_files(scale=0.02)
    assert second == first and [d.path.stat().st_mtime_ns for d in second] == stamps
    assert sorted(p.name for p in first[0].path.parent.iterdir()) == sorted(d.path.name for d in first)
    con = open_dataset(first[0].path)
    assert con.execute("SELECT COUNT(*) FROM orders").fetchone() == (400,)
    con.close()


def test_cache_key_changes_with_scale():
    assert cache_key(1.0) != cache_key(0.5)
    assert cache_key(1.0) == cache_key(1.0)
    assert cache_key(1.0).startswith(f"v{generator.GENERATOR_VERSION}-")
