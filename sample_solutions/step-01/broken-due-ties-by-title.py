"""Breaks "--sort due: ties by id ascending": tasks with the same due date (or none) are ordered by title."""

import sys

import tasks


def sort_key(order: str | None):
    if order == "due":
        return lambda t: (t["due"] is None, t["due"] or "", t["title"])
    return ORIGINAL(order)


ORIGINAL = tasks.sort_key
tasks.sort_key = sort_key

if __name__ == "__main__":
    sys.exit(tasks.main())
