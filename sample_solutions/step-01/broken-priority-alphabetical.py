"""Breaks sort-priority: sorts priorities as words (high, low, medium) instead of by rank."""

import sys

import tasks


def sort_key(order: str | None):
    if order == "priority":
        return lambda t: (t["priority"], t["id"])
    return ORIGINAL(order)


ORIGINAL = tasks.sort_key
tasks.sort_key = sort_key

if __name__ == "__main__":
    sys.exit(tasks.main())
