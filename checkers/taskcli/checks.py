"""Small assertions on one invocation; each raises Mismatch with what was expected, what came, and a hint."""

from __future__ import annotations

import re
from dataclasses import dataclass

from checkers.taskcli.harness import Invocation
from checkers.taskcli.tasks_file import FileProblem, Task, read_tasks

CRASH_MARKERS = ("Traceback (most recent call last)", "\n    at ", "UnhandledPromiseRejection")


@dataclass
class Mismatch(Exception):
    """The program did something the contract does not allow, on `invocation`."""

    invocation: Invocation
    expected: str
    got: str
    hint: str
    show_file: bool = True


def succeeded(inv: Invocation, what: str) -> None:
    """The command exited 0 and was not stopped."""
    if not inv.run.ok:
        raise Mismatch(inv, f"{what}: exit status 0", "the command failed (see its exit status and stderr below)",
                       "Run the command yourself; a valid command must exit 0.")


def tasks_after(inv: Invocation) -> list[Task]:
    """The tasks in the file after the command, as the contract describes them."""
    return _tasks_in(inv, inv.after)


def _tasks_in(inv: Invocation, data: bytes | None) -> list[Task]:
    try:
        return read_tasks(data)
    except FileProblem as exc:
        raise Mismatch(inv, "the JSON file to hold the tasks as the contract describes", str(exc),
                       "Write a JSON array of tasks (or {\"tasks\": [...]}) with id, title, due, priority and done.") \
            from None


def added(inv: Invocation, title: str) -> Task:
    """The one new task `add` put in the file, with exit status 0 and its id on stdout."""
    succeeded(inv, f"adding {title!r}")
    task = made(inv, title)
    if not mentions(inv.run.stdout_text, task.id):
        raise Mismatch(inv, f"the new task's id ({task.id}) somewhere on stdout", "it is not there",
                       "Print the id, e.g. `Added task 3`, so the user can refer to it.")
    return task


def made(inv: Invocation, title: str) -> Task:
    """The one new task an `add` that sets up a scenario put in the file (its exit status and output are checked by
    the add outcomes, not again here)."""
    before = {t.id for t in _tasks_in(inv, inv.before)}
    new = [t for t in tasks_after(inv) if t.id not in before]
    if len(new) != 1:
        raise Mismatch(inv, f"exactly one new task titled {title!r} in the file",
                       f"{len(new)} new tasks", "`add` appends one task and saves the file before exiting.")
    return new[0]


def refused(inv: Invocation, why: str) -> None:
    """An error: non-zero exit, a plain message on stderr, and the file byte-for-byte as it was."""
    run = inv.run
    if inv.file_written:
        got = ("the file changed" if inv.file_changed else
               "the file was written again: the same bytes, but its modification time changed")
        raise Mismatch(inv, f"{why}: the JSON file left exactly as it was, byte for byte and untouched", got,
                       "Validate everything before changing anything, and on an error exit without saving. (Before "
                       "such a command the grader rewrites the file with other indentation and key order, same "
                       "tasks, and dates it 2001-01-01; the reproduction below does the same.)")
    if run.killed_reason:
        raise Mismatch(inv, f"{why}: a quick refusal", f"the grader stopped it: {run.killed_reason}",
                       "Check the input first and exit at once when it is wrong.")
    if run.exit_status in (0, None):
        raise Mismatch(inv, f"{why}: a non-zero exit status", "it was not refused with a non-zero exit",
                       "Check the input, print a message to stderr and exit with a non-zero status (e.g. 1).")
    if not run.stderr_text.strip():
        raise Mismatch(inv, f"{why}: a message on stderr", "stderr was empty",
                       "Print the error to stderr (print(..., file=sys.stderr) / console.error).")
    if any(marker in run.stderr_text for marker in CRASH_MARKERS):
        raise Mismatch(inv, f"{why}: a plain error message", "the program crashed with a stack trace",
                       "Catch the error and print one line saying what is wrong with the input.")


def unchanged(inv: Invocation, old: Task, new: Task, fields: tuple[str, ...], what: str) -> None:
    """`fields` of a task are the same after the command as before it."""
    for name in fields:
        if getattr(old, name) != getattr(new, name):
            raise Mismatch(inv, f"{what}: {name} still {getattr(old, name)!r}", f"{name} is {getattr(new, name)!r}",
                           "Change only what the command asks for; keep every other field as it was.")


def find(inv: Invocation, task_id: str) -> Task:
    """The task with `task_id` in the file after the command."""
    for task in tasks_after(inv):
        if task.id == task_id:
            return task
    raise Mismatch(inv, f"task {task_id} still in the file", "it is gone",
                   "Only `delete` removes a task.")


def listed_order(inv: Invocation, tasks: list[Task]) -> list[str]:
    """The titles of `tasks` in the order `list` printed them; each must be on a line with its id."""
    succeeded(inv, "listing the tasks")
    lines = inv.run.stdout_text.splitlines()
    positions = []
    for task in tasks:
        found = [n for n, line in enumerate(lines) if task.title in line]
        if not found:
            raise Mismatch(inv, f"a line with task {task.id} {task.title!r}", "no line holds that title",
                           "`list` prints every task, pending and done, one line each with its id and title.",
                           show_file=True)
        if not mentions(lines[found[0]], task.id):
            raise Mismatch(inv, f"the line with {task.title!r} to show its id {task.id}", lines[found[0]],
                           "Put the id on the same line as the title, e.g. `3  [ ] Buy milk`.")
        positions.append((found[0], task.title))
    return [title for _, title in sorted(positions)]


def mentions(text: str, task_id: str) -> bool:
    """`task_id` appears in `text` as a whole word (so 1 is not found inside 12 or 2026)."""
    return re.search(rf"(?<![\w-]){re.escape(task_id)}(?![\w-])", text) is not None
