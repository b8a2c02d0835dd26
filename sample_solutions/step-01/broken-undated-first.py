"""Breaks sort-due: a missing due date sorts as "" and so comes first instead of last."""

import sys

import tasks


def sort_key(order: str | None):
    if order == "due":
        return lambda t: (t["due"] or "", t["id"])
    return ORIGINAL(order)


ORIGINAL = tasks.sort_key
tasks.sort_key = sort_key

if __name__ == "__main__":
    sys.exit(tasks.main())
