"""Breaks "no --sort: by id ascending": `list` sorts the (integer) ids as text, so 10 and 11 come before 2."""

import sys

import tasks


def sort_key(order: str | None):
    if order is None:
        return lambda t: str(t["id"])
    return ORIGINAL(order)


ORIGINAL = tasks.sort_key
tasks.sort_key = sort_key

if __name__ == "__main__":
    sys.exit(tasks.main())
