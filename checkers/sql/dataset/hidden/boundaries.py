"""Orders on month and day boundaries up to the last second of today, and two at one instant."""

from __future__ import annotations

from checkers.sql.dataset.hidden.base import DOSA_POINT, FILTER_COFFEE
from checkers.sql.dataset.hidden.world import World


def boundaries(w: World) -> None:
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
