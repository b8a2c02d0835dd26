"""Payment attempts: failed then successful, refunds (also after a success), split payments (a failure between)."""

from __future__ import annotations

from datetime import datetime

from checkers.sql.dataset.hidden.world import World


def payments(w: World) -> None:
    pay = w.user("Sneha Reddy", "Hyderabad")
    bowl = w.restaurant("Paradise Bowl", "Hyderabad", "Biryani", "4.6")
    biryani = w.item(bowl, "Mutton Biryani", "350", veg=False)
    w.order(pay, bowl, "2026-01-05 13:00:00", [(biryani, 1)], payments=[("card", "failed"), ("upi", "success")])
    w.order(pay, bowl, "2026-02-05 13:00:00", [(biryani, 2)],
            payments=[("card", "failed"), ("card", "failed"), ("wallet", "success")])
    w.order(pay, bowl, "2026-03-05 13:00:00", [(biryani, 1)], status="cancelled",
            payments=[("upi", "failed"), ("upi", "refunded")])
    split = w.order(pay, bowl, "2026-04-05 13:00:00", [(biryani, 3)], status="cancelled", payments=[])
    w.pay(split, "wallet", "refunded", "500", datetime(2026, 4, 5, 13, 1))
    w.pay(split, "card", "refunded", "580", datetime(2026, 4, 5, 13, 2))
    w.order(pay, bowl, "2026-05-05 13:00:00", [(biryani, 1)], status="cancelled", payments=[("card", "failed")])
    w.order(pay, bowl, "2026-05-20 13:00:00", [(biryani, 1)], status="cancelled",
            payments=[("card", "failed"), ("upi", "success"), ("upi", "refunded")])
    w.order(1, bowl, "2026-05-06 13:00:00", [(biryani, 1)], status="cancelled", payments=[])
    w.order(1, bowl, "2026-05-07 13:00:00", [(biryani, 1)], payments=[("cod", "success")])
    halves = w.order(pay, bowl, "2026-06-05 13:00:00", [(biryani, 2)], payments=[("card", "failed")])
    for _ in range(2):
        w.pay(halves, "upi", "success", "365", datetime(2026, 6, 5, 13, 3))
    parts = w.order(pay, bowl, "2026-06-15 13:00:00", [(biryani, 1)], payments=[])
    for minute, (method, status, amount) in enumerate((("wallet", "success", "200"), ("card", "failed", "180"),
                                                       ("upi", "success", "180")), start=1):
        w.pay(parts, method, status, amount, datetime(2026, 6, 15, 13, minute))
