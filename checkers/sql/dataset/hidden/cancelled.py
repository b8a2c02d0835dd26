"""Cancelled and still-in-progress orders, items only ever in those, and prices changed since."""

from __future__ import annotations

from checkers.sql.dataset.hidden.world import World


def cancelled(w: World) -> None:
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
