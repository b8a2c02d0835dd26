"""Conditions that each matter on their own: a refund on a delivered order, lone cancelled or open orders."""

from __future__ import annotations

from datetime import datetime

from checkers.sql.dataset.hidden.world import World


def filter_scope(w: World) -> None:
    """Rows that a wider filter, an extra status filter, or a filter moved into one aggregate would pick up."""
    fort = w.restaurant("Fort Kitchen", "Kochi", "Kerala")
    stew = w.item(fort, "Appam Stew", "240")
    refunded = w.order(2, fort, "2026-03-03 13:00:00", [(stew, 2)])
    w.pay(refunded, "upi", "refunded", "240", datetime(2026, 3, 3, 15, 0))
    puttu = w.item(fort, "Puttu Kadala", "150")
    w.order(2, fort, "2026-03-09 13:00:00", [(stew, 1), (puttu, 1)], status="cancelled")
    lonely = w.restaurant("Jaipur Rasoi", "Jaipur", "Rajasthani")
    thali = w.item(lonely, "Dal Baati", "180")
    w.order(2, lonely, "2026-04-01 20:00:00", [(thali, 1)], status="cancelled")
    w.order(2, lonely, "2026-06-30 20:00:00", [(thali, 2)], status="placed")
    _no_phone(w, (fort, stew), (lonely, thali))
    w.user("Omkar Deshpande", "Pune Cantonment")


def _no_phone(w: World, open_place: tuple[int, int], lonely: tuple[int, int]) -> None:
    """Users without a phone whose only order this year is cancelled or still open; one whose phone is empty text."""
    cancelled = w.user("Fatima Khan", "Jaipur", phone=None)
    w.order(cancelled, open_place[0], "2025-12-20 20:00:00", [(open_place[1], 1)])
    w.order(cancelled, lonely[0], "2026-02-02 20:00:00", [(lonely[1], 1)], status="cancelled")
    waiting = w.user("Imran Qureshi", "Jaipur", phone=None)
    w.order(waiting, lonely[0], "2026-06-30 21:00:00", [(lonely[1], 1)], status="placed")
    blank = w.user("Nandini Rao", "Kochi", phone="")
    w.order(blank, open_place[0], "2026-01-08 20:00:00", [(open_place[1], 1)])
