"""Breaks "ids are unique": a new task's id is the number of tasks + 1, so after deleting an early task the next
one gets an id that is still in use."""

import sys

import tasks


def next_id(data: dict) -> int:
    return len(data["tasks"]) + 1


tasks.next_id = next_id

if __name__ == "__main__":
    sys.exit(tasks.main())
