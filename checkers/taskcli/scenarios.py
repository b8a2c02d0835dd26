"""Step 1's scenarios, one per rule of the contract; each plays commands in a fresh folder and checks the results."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from checkers.taskcli.checks import (
    Mismatch,
    added,
    find,
    listed_order,
    refused,
    succeeded,
    tasks_after,
    unchanged,
)
from checkers.taskcli.harness import Invocation, Session
from checkers.taskcli.tasks_file import Task

FIELDS = ("title", "due", "priority", "done")
RANK = {"high": 0, "medium": 1, "low": 2}


@dataclass(frozen=True)
class Scenario:
    """One graded rule: its outcome slug, title, points, and the commands that check it."""

    slug: str
    title: str
    points: float
    play: Callable[[Session], None]

    @property
    def description(self) -> str:
        return (self.play.__doc__ or "").strip()


def add_with_everything(s: Session) -> None:
    """`add "Buy milk" --due 2026-12-01 --priority high` saves a pending task with those fields and prints its id."""
    inv = s.run("add", "Buy milk", "--due", "2026-12-01", "--priority", "high")
    task = added(inv, "Buy milk")
    _fields(inv, task, title="Buy milk", due="2026-12-01", priority="high", done=False)


def add_with_defaults(s: Session) -> None:
    """`add "Water plants"` alone gives priority medium, no due date (null) and not done."""
    inv = s.run("add", "Water plants")
    task = added(inv, "Water plants")
    _fields(inv, task, title="Water plants", due=None, priority="medium", done=False)


def list_everything(s: Session) -> None:
    """`list` shows every task, done ones too, one line each with id and title, by id when not sorted."""
    tasks = [added(s.run("add", title), title) for title in ("Feed cat", "Call bank", "Wash car")]
    succeeded(s.run("done", tasks[1].id), "marking a task done")
    inv = s.run("list")
    _in_order(inv, tasks, id_order, "no --sort: by id ascending")


def sort_by_priority(s: Session) -> None:
    """`list --sort priority` shows high, then medium, then low; equal priorities by id ascending."""
    tasks = []
    for title, priority in (("Low one", "low"), ("High one", "high"), ("Medium one", "medium"),
                            ("High two", "high"), ("Low two", "low"), ("Medium two", None)):
        tasks.append(added(s.run("add", title, *(("--priority", priority) if priority else ())), title))
    _in_order(s.run("list", "--sort", "priority"), tasks, lambda t: (RANK[t.priority], id_order(t)),
              "high, medium, low; ties by id ascending")


def sort_by_due(s: Session) -> None:
    """`list --sort due` shows the earliest due date first and tasks without one last; ties by id ascending."""
    tasks = []
    for title, due in (("Pay rent", "2026-12-01"), ("Undated A", None), ("Dentist", "2026-11-15"),
                       ("Taxes", "2026-12-01"), ("Undated B", None), ("Gift", "2027-01-10")):
        tasks.append(added(s.run("add", title, *(("--due", due) if due else ())), title))
    _in_order(s.run("list", "--sort", "due"), tasks, lambda t: (t.due is None, t.due or "", id_order(t)),
              "earliest due first, no due date last; ties by id ascending")


def mark_done(s: Session) -> None:
    """`done ID` marks that task done in the file, leaving its other fields and the other tasks alone."""
    walk = added(s.run("add", "Walk dog", "--due", "2026-12-01", "--priority", "high"), "Walk dog")
    read = added(s.run("add", "Read book"), "Read book")
    inv = s.run("done", walk.id)
    succeeded(inv, f"marking task {walk.id} done")
    now = find(inv, walk.id)
    if not now.done:
        raise Mismatch(inv, f"task {walk.id} marked done in the file", "it is still pending",
                       "Set done (or status) and save the file before exiting.")
    unchanged(inv, walk, now, ("title", "due", "priority"), f"task {walk.id}")
    unchanged(inv, read, find(inv, read.id), FIELDS, f"the other task, {read.id}")


def update_one_field(s: Session) -> None:
    """`update ID --priority`, `--due` and `--title` each change only that field of that one task."""
    task = added(s.run("add", "Write report", "--due", "2026-12-01", "--priority", "high"), "Write report")
    other = added(s.run("add", "Other task", "--due", "2026-11-20", "--priority", "low"), "Other task")
    succeeded(s.run("done", task.id), "marking a task done")
    for option, value, name in (("--priority", "low", "priority"), ("--due", "2026-12-24", "due"),
                                ("--title", "Write final report", "title")):
        before = find(s.history[-1], task.id)
        inv = s.run("update", task.id, option, value)
        succeeded(inv, f"update {task.id} {option} {value}")
        now = find(inv, task.id)
        if getattr(now, name) != value:
            raise Mismatch(inv, f"task {task.id}'s {name} now {value!r}", f"it is {getattr(now, name)!r}",
                           f"Apply {option} to the task and save the file.")
        unchanged(inv, before, now, tuple(f for f in FIELDS if f != name), f"after changing only {name}")
        unchanged(inv, other, find(inv, other.id), FIELDS, f"the other task, {other.id}")


def delete_one(s: Session) -> None:
    """`delete ID` removes exactly that task from the file and from `list`."""
    first, middle, last = (added(s.run("add", t), t) for t in ("Plan trip", "Book hotel", "Pack bags"))
    inv = s.run("delete", middle.id)
    succeeded(inv, f"deleting task {middle.id}")
    left = tasks_after(inv)
    if sorted(t.id for t in left) != sorted([first.id, last.id]):
        raise Mismatch(inv, f"tasks {first.id} and {last.id} left in the file",
                       f"tasks {', '.join(t.id for t in left) or 'none'}", "Remove the task whose id matches.")
    for task in (first, last):
        unchanged(inv, task, find(inv, task.id), FIELDS, f"task {task.id}")
    listing = s.run("list")
    listed_order(listing, left)
    if "Book hotel" in listing.run.stdout_text:
        raise Mismatch(listing, "the deleted task no longer listed", "`list` still shows 'Book hotel'",
                       "Delete from the saved file, not only from what is printed.")


def persistence(s: Session) -> None:
    """With no file `list` exits 0; every add is in the file when the command exits and a new `list` reads it back."""
    succeeded(s.run("list"), "listing with no tasks file yet (a missing file means no tasks)")
    title = 'Call Mom "re: trip" — café'
    first = added(s.run("add", title, "--priority", "high"), title)
    inv = s.run("add", "Second task", "--due", "2026-12-01")
    second = added(inv, "Second task")
    tasks = tasks_after(inv)
    if [t.title for t in tasks if t.id == first.id] != [title]:
        raise Mismatch(inv, f"task {first.id} still titled {title!r} after the next add",
                       "it is missing or its title changed", "Load the file, append, then save everything back.")
    listed_order(s.run("list"), [first, second])


def ids_not_reused(s: Session) -> None:
    """A deleted task's id is never given to a new task, even when it was the highest id."""
    tasks = [added(s.run("add", t), t) for t in ("Task A", "Task B", "Task C")]
    succeeded(s.run("delete", tasks[-1].id), f"deleting task {tasks[-1].id}")
    succeeded(s.run("delete", tasks[0].id), f"deleting task {tasks[0].id}")
    for title in ("Task D", "Task E"):
        inv = s.run("add", title)
        new = added(inv, title)
        if new.id in {t.id for t in tasks}:
            raise Mismatch(inv, f"a new id for {title!r}, never used before", f"it got {new.id}, used before",
                           "Keep a counter of the next id in the file (or use the highest id ever given + 1).")
        tasks.append(new)


def _seeded(s: Session) -> str:
    return added(s.run("add", "Existing task", "--due", "2026-12-01"), "Existing task").id


def error_unknown_id(s: Session) -> None:
    """`done`, `update` and `delete` with an id that does not exist are refused and change nothing."""
    _seeded(s)
    for args in (("done", "999"), ("update", "999", "--title", "New title"), ("delete", "999"), ("delete", "abc")):
        refused(s.run(*args), f"`{' '.join(args)}` (no task has that id)")


def error_empty_title(s: Session) -> None:
    """`add` with no title or an empty one, and `update --title ""`, are refused and change nothing."""
    task_id = _seeded(s)
    for args in (("add",), ("add", ""), ("update", task_id, "--title", "")):
        refused(s.run(*args), f"`{' '.join(args)}` (a missing or empty title)")


def error_bad_date(s: Session) -> None:
    """Impossible or malformed due dates (2026-02-30, tomorrow, 12/01/2026, 2026-13-01) are refused."""
    task_id = _seeded(s)
    for due in ("2026-02-30", "tomorrow", "12/01/2026"):
        refused(s.run("add", "Bad date", "--due", due), f"--due {due} (not a real YYYY-MM-DD date)")
    refused(s.run("update", task_id, "--due", "2026-13-01"), "--due 2026-13-01 (there is no month 13)")


def error_bad_priority(s: Session) -> None:
    """A priority other than low, medium or high is refused by `add` and `update`."""
    task_id = _seeded(s)
    refused(s.run("add", "Bad priority", "--priority", "urgent"), "--priority urgent (only low, medium, high)")
    refused(s.run("update", task_id, "--priority", "critical"), "--priority critical (only low, medium, high)")


def error_unknown_command(s: Session) -> None:
    """An unknown command is refused with a message on stderr and changes nothing."""
    _seeded(s)
    refused(s.run("frobnicate"), "`frobnicate` (not a command)")


def corrupt_file(s: Session) -> None:
    """A tasks file that is not valid JSON is reported on stderr with a non-zero exit, and never overwritten."""
    s.seed(b'[{"id": 1, "title": "Half-writ')
    for args in (("add", "New task"), ("list",), ("done", "1")):
        refused(s.run(*args), f"`{' '.join(args)}` on a file that is not valid JSON")


def _fields(inv: Invocation, task: Task, **expected: object) -> None:
    for name, value in expected.items():
        if getattr(task, name) != value:
            raise Mismatch(inv, f"the new task's {name} to be {value!r}", f"{getattr(task, name)!r}",
                           "Store exactly what the command gave, with the contract's defaults for the rest.")


def id_order(task: Task) -> tuple:
    """Ids ascending: numbers by value, and the numbers inside string ids too (t2 before t10)."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", task.id) if part)


def _in_order(inv: Invocation, tasks: list[Task], key: Callable[[Task], object], rule: str) -> None:
    expected = [t.title for t in sorted(tasks, key=key)]
    got = listed_order(inv, tasks)
    if got != expected:
        raise Mismatch(inv, f"the tasks in this order ({rule}):\n  " + "\n  ".join(expected),
                       "this order:\n  " + "\n  ".join(got), "Sort before printing, and break ties by id.")


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("add", "add saves a task with its due date and priority", 3, add_with_everything),
    Scenario("add-defaults", "add without options: priority medium, no due date", 2, add_with_defaults),
    Scenario("list", "list shows every task with its id", 3, list_everything),
    Scenario("sort-priority", "list --sort priority, ties by id", 3, sort_by_priority),
    Scenario("sort-due", "list --sort due, undated last, ties by id", 3, sort_by_due),
    Scenario("done", "done marks one task done", 3, mark_done),
    Scenario("update-one-field", "update changes only the given field", 3, update_one_field),
    Scenario("delete", "delete removes exactly one task", 3, delete_one),
    Scenario("persistence", "changes are saved to the JSON file", 3, persistence),
    Scenario("ids-not-reused", "ids of deleted tasks are not reused", 3, ids_not_reused),
    Scenario("error-unknown-id", "unknown ids are refused", 3, error_unknown_id),
    Scenario("error-empty-title", "missing or empty titles are refused", 2, error_empty_title),
    Scenario("error-bad-date", "invalid dates are refused", 3, error_bad_date),
    Scenario("error-bad-priority", "unknown priorities are refused", 2, error_bad_priority),
    Scenario("error-unknown-command", "unknown commands are refused", 2, error_unknown_command),
    Scenario("corrupt-file", "a corrupt JSON file is reported, never overwritten", 3, corrupt_file),
)
