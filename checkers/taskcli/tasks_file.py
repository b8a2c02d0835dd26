"""Reading the learner's JSON file in any layout the contract allows, into one plain shape."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

PRIORITIES = ("low", "medium", "high")
MAX_TASKS = 100  # no scenario adds more than a dozen tasks; a file with more is not the program's own doing


class FileProblem(Exception):
    """The JSON file does not hold tasks the way the contract describes."""


@dataclass(frozen=True)
class Task:
    """One task as the grader sees it: the id as the text a learner types on the command line (and whether the file
    holds it as a JSON number)."""

    id: str
    title: str
    due: str | None
    priority: str
    done: bool
    numeric_id: bool = False


def read_tasks(data: bytes | None) -> list[Task]:
    """The tasks in the file's bytes (None: no file, so no tasks); FileProblem if they break the contract."""
    if data is None:
        return []
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FileProblem(f"the file is not valid JSON ({exc})") from None
    items = document.get("tasks") if isinstance(document, dict) else document
    if not isinstance(items, list):
        raise FileProblem("the file holds neither a JSON array of tasks nor an object with the array under \"tasks\"")
    if len(items) > MAX_TASKS:
        raise FileProblem(f"the file holds {len(items)} tasks, far more than the commands so far added")
    tasks = [_task(item, index) for index, item in enumerate(items)]
    duplicated = sorted(i for i, count in Counter(task.id for task in tasks).items() if count > 1)
    if duplicated:
        raise FileProblem(f"two tasks share the id {duplicated[0]}; ids must be unique")
    return tasks


def _task(item: object, index: int) -> Task:
    where = f"task #{index + 1} in the file"
    if not isinstance(item, dict):
        raise FileProblem(f"{where} is not a JSON object")
    raw_id = item.get("id")
    if isinstance(raw_id, bool) or not isinstance(raw_id, int | str) or raw_id == "":
        raise FileProblem(f"{where} has no usable \"id\" (an integer or a string), got {raw_id!r}")
    title, due, priority = item.get("title"), item.get("due"), item.get("priority")
    if not isinstance(title, str):
        raise FileProblem(f"{where} has no \"title\" string, got {title!r}")
    if due is not None and not (isinstance(due, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", due)):
        raise FileProblem(f"{where}: \"due\" should be a YYYY-MM-DD string or null, got {due!r}")
    if priority not in PRIORITIES:
        raise FileProblem(f"{where}: \"priority\" should be low, medium or high, got {priority!r}")
    return Task(str(raw_id), title, due, priority, _done(item, where), isinstance(raw_id, int))


def _done(item: dict, where: str) -> bool:
    if isinstance(item.get("done"), bool):
        return item["done"]
    if isinstance(item.get("completed"), bool):
        return item["completed"]
    if item.get("status") in ("pending", "done"):
        return item["status"] == "done"
    raise FileProblem(f"{where} says neither \"done\": true/false, \"completed\": true/false nor "
                      "\"status\": \"pending\"/\"done\"")
