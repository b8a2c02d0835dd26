"""Breaks "the file named by TASKS_FILE": it always uses todo.json in the current folder."""

import sys

import tasks


def tasks_path() -> str:
    return "todo.json"


tasks.tasks_path = tasks_path

if __name__ == "__main__":
    sys.exit(tasks.main())
