"""The scenarios of the commands that must be refused: non-zero exit, a message on stderr, the file untouched.

Before each such command the file is rewritten in another valid layout (same tasks) and dated in the past
(Session.age), so a program that saves the file anyway is seen even when it would write the very same bytes.
"""

from __future__ import annotations

import shlex

from checkers.taskcli.checks import Mismatch, made, refused, succeeded, tasks_after
from checkers.taskcli.harness import Session

BAD_DATES_ADD = ("2026-02-30", "tomorrow", "12/01/2026", "2026-02-29", "2026-13-01", "2026-04-31")
BAD_DATES_UPDATE = ("2026-02-30", "tomorrow", "12/01/2026", "2026-13-01")
CORRUPT_FILES = (b'[{"id": 1, "title": "Half-writ', b'{"tasks": [{"id": 1, "title": "Extra brace"}]}}')


def _refuse(s: Session, args: tuple[str, ...], why: str) -> None:
    s.age()
    refused(s.run(*args), f"`{shlex.join(args)}` ({why})")


def _refused_or_stored_as(s: Session, args: tuple[str, ...], why: str, field: str, stored: str) -> None:
    """An almost-right value (HIGH, 2026-12-1): refusing it is fine, and so is taking it, stored as the contract
    spells it."""
    s.age()
    inv = s.run(*args)
    if not inv.run.ok:
        refused(inv, f"`{shlex.join(args)}` ({why})")
        return
    value = getattr(made(inv, args[1]), field)  # made() also holds the file to the contract's spellings
    if value != stored:
        raise Mismatch(inv, f"`{shlex.join(args)}` refused, or the task saved with {field} {stored!r}",
                       f"{field} {value!r}", f"Store {field} exactly as the contract spells it, or refuse the value.")


def _seeded(s: Session) -> str:
    return made(s.run("add", "Existing task", "--due", "2026-12-01"), "Existing task").id


def error_unknown_id(s: Session) -> None:
    """`done`, `update` and `delete` with an id no task has (never given, or deleted) are refused and change
    nothing."""
    _seeded(s)
    gone = made(s.run("add", "Deleted task"), "Deleted task").id
    succeeded(s.run("delete", gone), f"deleting task {gone}")
    ids = {t.id for t in tasks_after(s.history[-1])}
    unknown = [i for i in ("999", "0", "-1", "abc") if i not in ids]
    for args in (("done", unknown[0]), ("update", unknown[0], "--title", "New title"), ("delete", unknown[0])):
        _refuse(s, args, "no task has that id")
    for task_id in unknown[1:]:
        _refuse(s, ("delete", task_id), "no task has that id")
    for args in (("done", gone), ("update", gone, "--priority", "low"), ("delete", gone)):
        _refuse(s, args, "that task was deleted")


def error_missing_title(s: Session) -> None:
    """`add` with no title (alone or with options) or an empty one, and `update --title ""`, are refused and
    change nothing."""
    task_id = _seeded(s)
    for args, why in ((("add",), "no title"), (("add", "--priority", "high"), "no title, only an option"),
                      (("add", ""), "an empty title"), (("update", task_id, "--title", ""), "an empty title")):
        _refuse(s, args, why)


def error_bad_date(s: Session) -> None:
    """Due dates that are not real YYYY-MM-DD dates (2026-02-30, tomorrow, 12/01/2026, 2026-02-29, 2026-13-01,
    2026-04-31) are refused by `add` and `update`; 2026-12-1 is refused, or saved as 2026-12-01."""
    task_id = _seeded(s)
    for due in BAD_DATES_ADD:
        _refuse(s, ("add", "Bad date", "--due", due), "not a real YYYY-MM-DD date")
    for due in BAD_DATES_UPDATE:
        _refuse(s, ("update", task_id, "--due", due), "not a real YYYY-MM-DD date")
    _refused_or_stored_as(s, ("add", "Short date", "--due", "2026-12-1"), "not YYYY-MM-DD", "due", "2026-12-01")


def error_bad_priority(s: Session) -> None:
    """A priority other than low, medium or high (urgent, med) is refused by `add` and `update`; HIGH is refused,
    or saved as high."""
    task_id = _seeded(s)
    for priority in ("urgent", "med"):
        _refuse(s, ("add", "Bad priority", "--priority", priority), "only low, medium, high")
    for priority in ("critical", "med"):
        _refuse(s, ("update", task_id, "--priority", priority), "only low, medium, high")
    _refused_or_stored_as(s, ("add", "Loud priority", "--priority", "HIGH"), "only low, medium, high", "priority",
                          "high")


def error_unknown_command(s: Session) -> None:
    """An unknown command (even one that looks like a title) is refused with a message on stderr and changes
    nothing."""
    _seeded(s)
    for args in (("frobnicate",), ("frobnicate", "1"), ("Buy bread",)):
        _refuse(s, args, "not a command")


def corrupt_file(s: Session) -> None:
    """A tasks file that is not valid JSON is reported on stderr with a non-zero exit by every command, and never
    overwritten."""
    truncated, extra_brace = CORRUPT_FILES
    s.seed(truncated)
    for args in (("add", "New task"), ("list",), ("done", "1"), ("update", "1", "--title", "New title"),
                 ("delete", "1")):
        _refuse(s, args, "on a file that is not valid JSON")
    s.seed(extra_brace)
    _refuse(s, ("add", "New task"), "on a file that is not valid JSON")
