"""The orders `list` must print tasks in: by id ascending, and the sorts whose ties fall back to it."""

from __future__ import annotations

import re
from collections.abc import Callable

from checkers.taskcli.checks import Mismatch, listed_order
from checkers.taskcli.harness import Invocation
from checkers.taskcli.tasks_file import Task

RANK = {"high": 0, "medium": 1, "low": 2}
IdKey = Callable[[Task], tuple]


def natural_id(task: Task) -> tuple:
    """Ids ascending: numbers by value, and the numbers inside string ids too (t2 before t10)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", task.id) if part)


def text_id(task: Task) -> tuple:
    """String ids ascending as text (t10 before t2), which is also "ascending" for ids the file holds as strings."""
    return (task.id,)


def id_keys(tasks: list[Task]) -> tuple[IdKey, ...]:
    """Number ids go by value; when every id is a string, plain text order is accepted as well."""
    return (natural_id,) if any(t.numeric_id for t in tasks) else (natural_id, text_id)


def by_id(by: IdKey) -> Callable[[Task], object]:
    return by


def by_priority(by: IdKey) -> Callable[[Task], object]:
    return lambda t: (RANK[t.priority], by(t))


def by_due(by: IdKey) -> Callable[[Task], object]:
    return lambda t: (t.due is None, t.due or "", by(t))


def in_order(inv: Invocation, tasks: list[Task], order: Callable[[IdKey], Callable[[Task], object]],
             rule: str) -> None:
    """`list` printed `tasks` in the order `rule` describes (any accepted reading of "id ascending")."""
    got = listed_order(inv, tasks)
    accepted = [[t.title for t in sorted(tasks, key=order(key))] for key in id_keys(tasks)]
    if got not in accepted:
        raise Mismatch(inv, f"the tasks in this order ({rule}):\n  " + "\n  ".join(accepted[0]),
                       "this order:\n  " + "\n  ".join(got),
                       "Sort before printing and break ties by id, smallest first (ids that are numbers by value).")
