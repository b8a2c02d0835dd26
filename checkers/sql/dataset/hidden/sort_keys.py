"""Sort keys that only look interchangeable: one user's orders on one day, ids out of time order, equal instants."""

from __future__ import annotations

from checkers.sql.dataset.hidden.base import DOSA_POINT, FILTER_COFFEE, SPICE_ROUTE
from checkers.sql.dataset.hidden.world import World

NAAN = 2  # an item of Spice Route in the base world


def sort_keys(w: World) -> None:
    """User 1 orders twice a day, stored out of time order; three orders share one instant; four revenues tie."""
    w.order(1, SPICE_ROUTE, "2026-04-10 21:00:00", [(NAAN, 3)])
    w.order(1, DOSA_POINT, "2026-04-10 09:00:00", [(FILTER_COFFEE, 1)], minutes=45)
    w.order(1, DOSA_POINT, "2026-04-20 08:00:00", [(FILTER_COFFEE, 2)], status="cancelled")
    w.order(1, SPICE_ROUTE, "2026-04-20 20:00:00", [(NAAN, 1)])
    same = [w.order(1, SPICE_ROUTE, "2026-05-15 12:30:00", [(NAAN, 2)], minutes=50),
            w.order(1, DOSA_POINT, "2026-05-15 12:30:00", [(FILTER_COFFEE, 3)], minutes=25),
            w.order(1, DOSA_POINT, "2026-05-15 12:30:00", [(FILTER_COFFEE, 1)], status="cancelled")]
    w.store_in(same[1], same[2], same[0])
    _tied_city(w)


def _tied_city(w: World) -> None:
    """A city whose top restaurant leads and the next four tie, so rank 2 is shared by more than the cut-off."""
    diner = w.user("Gurpreet Kaur", "Kochi")
    orders = []
    for number, plates in enumerate((5, 3, 3, 3, 3)):
        place = w.restaurant(f"Kochi Kitchen {number}", "Kochi", "South Indian")
        orders.append(w.order(diner, place, f"2026-05-2{number} 13:00:00",
                              [(w.item(place, "Appam Stew", "200"), plates)]))
    w.store_in(orders[3], orders[1], orders[4], orders[0], orders[2])
