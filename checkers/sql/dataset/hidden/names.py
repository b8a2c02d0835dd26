"""Restaurants with the same name in different cities."""

from __future__ import annotations

from checkers.sql.dataset.hidden.world import World


def same_name(w: World) -> None:
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
