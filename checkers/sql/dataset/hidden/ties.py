"""Ties at a top-N cut-off and in rankings."""

from __future__ import annotations

from checkers.sql.dataset.hidden.world import World


def ties(w: World) -> None:
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
