"""Breaks error-unknown-id: an unknown id crashes with a stack trace instead of a message."""

import sys

import tasks


def find(data: dict, task_id: str) -> dict:
    return next(t for t in data["tasks"] if str(t["id"]) == task_id)


tasks.find = find

if __name__ == "__main__":
    sys.exit(tasks.main())
