"""Breaks "a JSON array of tasks, or an object with the array under tasks": it keeps them under "items"."""

import json
import os
import sys

import tasks


def load() -> dict:
    try:
        with open(tasks.tasks_path(), encoding="utf-8") as handle:
            stored = json.load(handle)
    except FileNotFoundError:
        return {"next_id": 1, "tasks": []}
    except json.JSONDecodeError as exc:
        raise tasks.UserError(f"{tasks.tasks_path()} is not valid JSON ({exc})") from None
    return {"next_id": stored["next_id"], "tasks": stored["items"]}


def save(data: dict) -> None:
    temporary = tasks.tasks_path() + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump({"next_id": data["next_id"], "items": data["tasks"]}, handle, indent=2)
    os.replace(temporary, tasks.tasks_path())


tasks.load, tasks.save = load, save

if __name__ == "__main__":
    sys.exit(tasks.main())
