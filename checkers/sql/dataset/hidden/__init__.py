"""Hidden edge-case datasets: small hand-built worlds, each probing one way an almost-right query goes wrong.

Each theme lives in its own module as a function that adds rows to the base world; this registry names the datasets
in the fixed order they are built and run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from checkers.sql.dataset.hidden.absent import never_ordered
from checkers.sql.dataset.hidden.amounts import amounts
from checkers.sql.dataset.hidden.base import base
from checkers.sql.dataset.hidden.boundaries import boundaries
from checkers.sql.dataset.hidden.cancelled import cancelled
from checkers.sql.dataset.hidden.names import same_name
from checkers.sql.dataset.hidden.nulls import nulls
from checkers.sql.dataset.hidden.payments import payments
from checkers.sql.dataset.hidden.scope import filter_scope
from checkers.sql.dataset.hidden.sort_keys import sort_keys
from checkers.sql.dataset.hidden.ties import ties
from checkers.sql.dataset.hidden.world import World


@dataclass(frozen=True)
class HiddenDataset:
    """A dataset learners never see: its slug, the plain phrase naming what it probes, and how to build it."""

    name: str
    probes: str
    build: Callable[[duckdb.DuckDBPyConnection], None]


def _dataset(name: str, probes: str, *extras: Callable[[World], None]) -> HiddenDataset:
    def build(con: duckdb.DuckDBPyConnection) -> None:
        world = base()
        for extra in extras:
            extra(world)
        world.load(con)

    return HiddenDataset(name, probes, build)


HIDDEN_DATASETS: tuple[HiddenDataset, ...] = (
    _dataset("never-ordered", "users, restaurants and menu items with no orders at all", never_ordered),
    _dataset("same-name", "restaurants with the same name in different cities", same_name),
    _dataset("nulls", "NULLs in optional columns (phone, rating, category, coupon)", nulls),
    _dataset("payments", "failed-then-successful payments, refunds (also after a success) and split payments",
             payments),
    _dataset("ties", "ties at a top-N cut-off and in rankings", ties),
    _dataset("boundaries", "orders exactly on month and day boundaries up to the last second of today, the same "
             "month in two years, and two orders of one user at the same instant", boundaries),
    _dataset("cancelled", "cancelled and still-in-progress orders, items only ever in those, and prices that "
             "changed since ordering, even within June", cancelled),
    _dataset("sort-keys", "one user's orders on one day with ids out of time order, several at one instant, and "
             "revenues tied past a cut-off", sort_keys),
    _dataset("filter-scope", "rows that only a wider or an extra filter would change: a refund on a delivered order, "
             "users whose only order this year is cancelled or still open, empty text and lookalike names",
             filter_scope),
    _dataset("amounts", "prices in rupees and paise, and equal amounts on one order's lines and on two days",
             amounts),
)
