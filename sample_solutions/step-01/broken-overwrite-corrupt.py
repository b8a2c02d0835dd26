"""Breaks corrupt-file: a file that is not valid JSON is treated as empty, then overwritten by the next change."""

import sys

import tasks


def load() -> dict:
    try:
        return ORIGINAL()
    except tasks.UserError:
        return {"next_id": 1, "tasks": []}


ORIGINAL = tasks.load
tasks.load = load

if __name__ == "__main__":
    sys.exit(tasks.main())
