"""NULLs in the optional columns: phone, rating, category, coupon."""

from __future__ import annotations

from checkers.sql.dataset.hidden.world import World


def nulls(w: World) -> None:
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
