"""The tiny ordinary world every hidden dataset starts from."""

from __future__ import annotations

from checkers.sql.dataset.hidden.world import World

SPICE_ROUTE, DOSA_POINT, FILTER_COFFEE = 1, 2, 4  # ids base() hands out, for datasets that add to them


def base() -> World:
    """A tiny ordinary world every hidden dataset starts from: user 1 lives in Pune and orders now and then."""
    w = World()
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
