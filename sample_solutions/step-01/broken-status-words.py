"""Breaks "done (boolean), or completed (boolean) or status (pending/done) in its place": it stores
"status": "open" / "closed"."""

import sys

import tasks


def load() -> dict:
    data = ORIGINAL_LOAD()
    for task in data["tasks"]:
        task["done"] = task.pop("status") == "closed"
    return data


def save(data: dict) -> None:
    stored = [{**{k: v for k, v in task.items() if k != "done"}, "status": "closed" if task["done"] else "open"}
              for task in data["tasks"]]
    ORIGINAL_SAVE({**data, "tasks": stored})


ORIGINAL_LOAD, ORIGINAL_SAVE = tasks.load, tasks.save
tasks.load, tasks.save = load, save

if __name__ == "__main__":
    sys.exit(tasks.main())
