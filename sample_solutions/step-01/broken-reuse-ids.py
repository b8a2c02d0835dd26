"""Breaks ids-not-reused: the next id is the highest id in the file + 1, so deleting the last task frees its id."""

import sys

import tasks


def next_id(data: dict) -> int:
    return max((t["id"] for t in data["tasks"]), default=0) + 1


tasks.next_id = next_id

if __name__ == "__main__":
    sys.exit(tasks.main())
