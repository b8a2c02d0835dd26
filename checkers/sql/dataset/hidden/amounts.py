"""Amounts in rupees and paise, and equal amounts that only a sum over distinct values would merge."""

from __future__ import annotations

from checkers.sql.dataset.hidden.world import World


def amounts(w: World) -> None:
    """A tea chain in two cities with prices in paise; user 1's orders have lines, and days, of equal amounts."""
    pune, bengaluru = (w.restaurant("Chai Adda", city, "Street Food") for city in ("Pune", "Bengaluru"))
    chai, bun, vada = (w.item(pune, name, price) for name, price in
                       (("Masala Chai", "24.50"), ("Bun Maska", "35.75"), ("Vada Pav", "49.00")))
    for day in ("25", "26"):
        w.order(1, pune, f"2026-06-{day} 19:00:00", [(chai, 2), (vada, 1), (bun, 1)])
    w.order(1, pune, "2026-06-27 08:00:00", [(bun, 1)], coupon="CHAI10")
    tea, samosa = w.item(bengaluru, "Masala Chai", "24.50"), w.item(bengaluru, "Samosa", "18.25", "Starters")
    w.order(2, bengaluru, "2026-06-28 17:00:00", [(tea, 1), (samosa, 2)])
    w.order(2, bengaluru, "2026-06-29 17:00:00", [(samosa, 3)], status="cancelled")
