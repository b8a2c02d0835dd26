"""Breaks "ids of deleted tasks are not reused": the id counter starts again at 1 once every task is deleted."""

import sys

import tasks


def next_id(data: dict) -> int:
    if not data["tasks"]:
        data["next_id"] = 1
    return ORIGINAL(data)


ORIGINAL = tasks.next_id
tasks.next_id = next_id

if __name__ == "__main__":
    sys.exit(tasks.main())
