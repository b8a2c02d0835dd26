"""Reference task manager for step 1 (Python): {"next_id": N, "tasks": [...]}, integer ids, `done` booleans.

The broken samples beside it import this module and replace one function, so every step is a module-level function.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys

PRIORITIES = ("low", "medium", "high")
RANK = {"high": 0, "medium": 1, "low": 2}


class UserError(Exception):
    """A mistake in the command or the file: one line on stderr and exit status 1."""


def tasks_path() -> str:
    return os.environ.get("TASKS_FILE", "tasks.json")


def load() -> dict:
    try:
        with open(tasks_path(), encoding="utf-8") as handle:
            data = json.load(handle)
    except FileNotFoundError:
        return {"next_id": 1, "tasks": []}
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(f"{tasks_path()} is not valid JSON ({exc}); fix or remove it") from None
    if not isinstance(data, dict) or not isinstance(data.get("tasks"), list):
        raise UserError(f'{tasks_path()} should hold an object with a "tasks" array')
    return data


def save(data: dict) -> None:
    temporary = tasks_path() + ".tmp"
    with open(temporary, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
    os.replace(temporary, tasks_path())


def next_id(data: dict) -> int:
    """The counter kept in the file, so ids of deleted tasks are never given again."""
    task_id = max([data.get("next_id", 1), *(t["id"] + 1 for t in data["tasks"])])
    data["next_id"] = task_id + 1
    return task_id


def valid_title(text: str) -> str:
    if not text.strip():
        raise UserError("the title must not be empty")
    return text


def valid_due(text: str) -> str:
    try:
        if len(text) == 10:
            return datetime.datetime.strptime(text, "%Y-%m-%d").date().isoformat()
    except ValueError:
        pass
    raise UserError(f"{text!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-01")


def valid_priority(text: str) -> str:
    if text not in PRIORITIES:
        raise UserError(f"unknown priority {text!r}; use low, medium or high")
    return text


def find(data: dict, task_id: str) -> dict:
    for task in data["tasks"]:
        if str(task["id"]) == task_id:
            return task
    raise UserError(f"no task has the id {task_id!r}")


def sort_key(order: str | None):
    if order == "priority":
        return lambda t: (RANK[t["priority"]], t["id"])
    if order == "due":
        return lambda t: (t["due"] is None, t["due"] or "", t["id"])
    return lambda t: t["id"]


def show(task: dict) -> str:
    mark = "x" if task["done"] else " "
    due = f"  due {task['due']}" if task["due"] else ""
    return f"{task['id']:>3}  [{mark}] {task['title']}  ({task['priority']}){due}"


def cmd_add(args) -> None:
    data = load()
    task = {"title": valid_title(args.title), "due": valid_due(args.due) if args.due is not None else None,
            "priority": valid_priority(args.priority), "done": False}
    task = {"id": next_id(data), **task}
    data["tasks"].append(task)
    save(data)
    print(f"Added task {task['id']}: {task['title']}")


def cmd_list(args) -> None:
    for task in sorted(load()["tasks"], key=sort_key(args.sort)):
        print(show(task))


def cmd_done(args) -> None:
    data = load()
    find(data, args.id)["done"] = True
    save(data)


def cmd_update(args) -> None:
    data = load()
    task = find(data, args.id)
    changes = {}
    if args.title is not None:
        changes["title"] = valid_title(args.title)
    if args.due is not None:
        changes["due"] = valid_due(args.due)
    if args.priority is not None:
        changes["priority"] = valid_priority(args.priority)
    task.update(changes)
    save(data)


def cmd_delete(args) -> None:
    data = load()
    data["tasks"].remove(find(data, args.id))
    save(data)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="tasks", description="A small task manager that keeps tasks in a JSON file.")
    commands = top.add_subparsers(dest="command", required=True)
    add = commands.add_parser("add")
    add.add_argument("title")
    add.add_argument("--due")
    add.add_argument("--priority", default="medium")
    add.set_defaults(run=cmd_add)
    listing = commands.add_parser("list")
    listing.add_argument("--sort", choices=("due", "priority"))
    listing.set_defaults(run=cmd_list)
    for name, run in (("done", cmd_done), ("delete", cmd_delete)):
        command = commands.add_parser(name)
        command.add_argument("id")
        command.set_defaults(run=run)
    update = commands.add_parser("update")
    update.add_argument("id")
    update.add_argument("--title")
    update.add_argument("--due")
    update.add_argument("--priority")
    update.set_defaults(run=cmd_update)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        args.run(args)
    except UserError as exc:
        print(f"tasks: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
