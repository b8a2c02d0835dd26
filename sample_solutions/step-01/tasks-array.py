"""A correct task manager in another style the contract allows: the file is a bare JSON array, ids are random
strings (so none is ever given twice, with no counter to keep), and `completed` stands in for `done`.

It parses its arguments by hand and sorts string ids as text.
"""

import datetime
import json
import os
import re
import sys
import uuid

PRIORITIES = {"high": 0, "medium": 1, "low": 2}
OPTIONS = {"add": {"due", "priority"}, "list": {"sort"}, "done": set(), "update": {"title", "due", "priority"},
           "delete": set()}
POSITIONALS = {"add": 1, "list": 0, "done": 1, "update": 1, "delete": 1}


class Refused(Exception):
    pass


def path() -> str:
    return os.environ.get("TASKS_FILE") or "tasks.json"


def read() -> list:
    if not os.path.exists(path()):
        return []
    with open(path(), encoding="utf-8") as handle:
        try:
            tasks = json.load(handle)
        except ValueError:
            raise Refused(f"{path()} is not valid JSON; fix it or move it away") from None
    if not isinstance(tasks, list):
        raise Refused(f"{path()} should hold a JSON array of tasks")
    return tasks


def write(tasks: list) -> None:
    with open(path() + ".new", "w", encoding="utf-8") as handle:
        json.dump(tasks, handle, ensure_ascii=False)
    os.replace(path() + ".new", path())


def checked_date(text: str) -> str:
    try:
        if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text):
            return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise Refused(f"{text!r} is not a YYYY-MM-DD date")


def checked_priority(text: str) -> str:
    if text not in PRIORITIES:
        raise Refused(f"priority must be low, medium or high, not {text!r}")
    return text


def checked_title(text: str) -> str:
    if not text:
        raise Refused("the title is empty")
    return text


def parse(command: str, words: list) -> tuple:
    positionals, options = [], {}
    while words:
        word = words.pop(0)
        if word.startswith("--"):
            name = word[2:]
            if name not in OPTIONS[command] or not words:
                raise Refused(f"{command}: {word} is not an option here, or has no value")
            options[name] = words.pop(0)
        else:
            positionals.append(word)
    if len(positionals) != POSITIONALS[command]:
        raise Refused(f"{command}: expected {POSITIONALS[command]} argument(s), got {len(positionals)}")
    return positionals, options


def task_with(tasks: list, task_id: str) -> dict:
    for task in tasks:
        if task["id"] == task_id:
            return task
    raise Refused(f"there is no task {task_id}")


def run(command: str, words: list) -> None:
    if command not in OPTIONS:
        raise Refused(f"unknown command {command!r}; use add, list, done, update or delete")
    positionals, options = parse(command, words)
    target = positionals[0] if positionals else None
    tasks = read()
    if command == "add":
        task = {"id": uuid.uuid4().hex[:8], "title": checked_title(target),
                "due": checked_date(options["due"]) if "due" in options else None,
                "priority": checked_priority(options.get("priority", "medium")), "completed": False}
        write([*tasks, task])
        print(task["id"])
    elif command == "list":
        order = options.get("sort")
        if order not in (None, "due", "priority"):
            raise Refused("--sort takes due or priority")
        keys = {None: lambda t: t["id"], "priority": lambda t: (PRIORITIES[t["priority"]], t["id"]),
                "due": lambda t: (t["due"] is None, t["due"] or "", t["id"])}
        for task in sorted(tasks, key=keys[order]):
            print(f"{task['id']} {'done   ' if task['completed'] else 'pending'} {task['title']}")
    elif command == "done":
        task_with(tasks, target)["completed"] = True
        write(tasks)
    elif command == "update":
        task = task_with(tasks, target)
        changes = {"title": checked_title, "due": checked_date, "priority": checked_priority}
        task.update({name: changes[name](value) for name, value in options.items()})
        write(tasks)
    else:
        task = task_with(tasks, target)
        write([t for t in tasks if t is not task])


def main() -> int:
    if len(sys.argv) < 2:
        print("usage: tasks-array.py add|list|done|update|delete ...", file=sys.stderr)
        return 2
    try:
        run(sys.argv[1], sys.argv[2:])
    except Refused as problem:
        print(f"error: {problem}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
