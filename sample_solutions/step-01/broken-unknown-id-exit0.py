"""Breaks error-unknown-id: an unknown id prints "not found" on stdout and exits 0."""

import sys

import tasks


def find(data: dict, task_id: str) -> dict:
    for task in data["tasks"]:
        if str(task["id"]) == task_id:
            return task
    print(f"Task {task_id} not found")
    sys.exit(0)


tasks.find = find

if __name__ == "__main__":
    sys.exit(tasks.main())
