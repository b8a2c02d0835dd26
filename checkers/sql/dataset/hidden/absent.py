"""Users, restaurants and menu items with no orders at all."""

from __future__ import annotations

from datetime import date

from checkers.sql.dataset.hidden.base import DOSA_POINT, SPICE_ROUTE
from checkers.sql.dataset.hidden.world import World


def never_ordered(w: World) -> None:
    w.user("Meera Nair", "Pune", phone=None)
    w.user("Kabir Shah", "Mumbai", signup=date(2026, 6, 30))
    idle = w.restaurant("Chennai Tiffins", "Chennai", "South Indian", None)
    w.item(idle, "Pongal", "90")
    w.item(SPICE_ROUTE, "Dal Makhani", "220")
    w.item(DOSA_POINT, "Rava Dosa", "130", None)
