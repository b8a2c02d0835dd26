"""Breaks sort-priority: tasks of equal priority come newest first (id descending) instead of by id ascending."""

import sys

import tasks


def sort_key(order: str | None):
    if order == "priority":
        return lambda t: (tasks.RANK[t["priority"]], -t["id"])
    return ORIGINAL(order)


ORIGINAL = tasks.sort_key
tasks.sort_key = sort_key

if __name__ == "__main__":
    sys.exit(tasks.main())
