"""The scenarios of the commands that succeed: what each one must leave in the file and print."""

from __future__ import annotations

from collections.abc import Callable

from checkers.taskcli.checks import Mismatch, added, find, listed_order, made, succeeded, tasks_after, unchanged
from checkers.taskcli.harness import Invocation, Session
from checkers.taskcli.ordering import IdKey, by_due, by_id, by_priority, in_order
from checkers.taskcli.tasks_file import Task

FIELDS = ("title", "due", "priority", "done")
LIST_TITLES = ("Feed cat", "Call bank", "Wash car", "Buy stamps", "Fix bike", "Read mail", "Plan menu", "Pay rent",
               "Book flight", "Water lawn", "Mend shirt")
DELETE_TITLES = ("Plan trip", "Book hotel", "Pack bags", "Buy tickets", "Rent car", "Get visa", "Pick seats",
                 "Print maps", "Check in", "Charge phone", "Lock door")


def add_with_everything(s: Session) -> None:
    """`add TITLE --due YYYY-MM-DD --priority P` saves a pending task with exactly those fields (any real date,
    29 February of a leap year too) and prints its id."""
    for title, due, priority in (("Buy milk", "2026-12-01", "high"), ("Leap day party", "2028-02-29", "low"),
                                 ("Year-end review", "2026-12-31", "medium")):
        inv = s.run("add", title, "--due", due, "--priority", priority)
        _fields(inv, added(inv, title), title=title, due=due, priority=priority, done=False)


def add_with_defaults(s: Session) -> None:
    """`add TITLE` alone gives priority medium, no due date (null) and not done; an option left out keeps its
    default when the other is given."""
    for title, options, due, priority in (("Water plants", (), None, "medium"),
                                          ("Pay bills", ("--due", "2026-12-01"), "2026-12-01", "medium"),
                                          ("Call mom", ("--priority", "low"), None, "low")):
        inv = s.run("add", title, *options)
        _fields(inv, added(inv, title), title=title, due=due, priority=priority, done=False)


def list_everything(s: Session) -> None:
    """`list` shows every task, pending and done, one line each with its id and title, by id ascending when not
    sorted (ids 10 and up too, and after `done`, `update` and `delete`)."""
    tasks = [made(s.run("add", title), title) for title in LIST_TITLES]
    for args in (("done", tasks[1].id), ("update", tasks[0].id, "--priority", "high"), ("delete", tasks[2].id),
                 ("done", tasks[10].id)):
        succeeded(s.run(*args), f"`{' '.join(args)}`")
    inv = s.run("list")
    in_order(inv, tasks_after(inv), by_id, "no --sort: by id ascending")


def sort_by_priority(s: Session) -> None:
    """`list --sort priority` shows high, then medium, then low; equal priorities by id ascending (not by title,
    due date or newest first)."""
    plan = (("Zinc order", "high", "2027-03-01"), ("Yarn shop", "low", None), ("Xray visit", "medium", "2026-11-01"),
            ("Water bill", "high", "2026-10-01"), ("Violin lesson", "low", "2026-09-01"), ("Umbrella fix", None, None),
            ("Tax form", "low", None), ("Sofa clean", "medium", "2026-08-01"))
    _sorted_listing(s, plan, "priority", by_priority, "high, medium, low; ties by id ascending")


def sort_by_due(s: Session) -> None:
    """`list --sort due` shows the earliest due date first and tasks without one last; equal dates, and the
    undated tasks, by id ascending."""
    plan = (("Zoo trip", "low", "2026-12-01"), ("Yoga class", "high", None), ("Xmas cards", None, "2026-11-15"),
            ("Wine order", "high", "2026-12-01"), ("Vet visit", "low", None), ("Unpack boxes", None, "2027-01-10"),
            ("Tune piano", None, "2025-06-30"), ("Sort photos", "medium", None))
    _sorted_listing(s, plan, "due", by_due, "earliest due first, no due date last; ties by id ascending")


def _sorted_listing(s: Session, plan: tuple[tuple[str, str | None, str | None], ...], sort: str,
                    order: Callable[[IdKey], Callable[[Task], object]], rule: str) -> None:
    tasks = []
    for title, priority, due in plan:
        options = (*(("--priority", priority) if priority else ()), *(("--due", due) if due else ()))
        tasks.append(made(s.run("add", title, *options), title))
    succeeded(s.run("done", tasks[3].id), "marking a task done")
    inv = s.run("list", "--sort", sort)
    in_order(inv, tasks_after(inv), order, rule)


def mark_done(s: Session) -> None:
    """`done ID` marks that task done in the file, and it stays done when marked again; its other fields and the
    other tasks stay as they were."""
    walk = made(s.run("add", "Walk dog", "--due", "2026-12-01", "--priority", "high"), "Walk dog")
    read = made(s.run("add", "Read book"), "Read book")
    for again in (False, True):
        inv = s.run("done", walk.id)
        if not again:
            succeeded(inv, f"marking task {walk.id} done")
        now = find(inv, walk.id)
        if not now.done:
            raise Mismatch(inv, f"task {walk.id} done in the file{' after marking it done twice' if again else ''}",
                           "it is pending again" if again else "it is still pending",
                           "Set done (or status) to done, not its opposite, and save the file.")
        unchanged(inv, walk, now, ("title", "due", "priority"), f"task {walk.id}")
        unchanged(inv, read, find(inv, read.id), FIELDS, f"the other task, {read.id}")


def update_fields(s: Session) -> None:
    """`update ID` with `--priority`, `--due` or `--title` alone changes only that field of that one task, and with
    all three changes all three."""
    task = made(s.run("add", "Write report", "--due", "2026-12-01", "--priority", "high"), "Write report")
    other = made(s.run("add", "Other task", "--due", "2026-11-20", "--priority", "low"), "Other task")
    succeeded(s.run("done", task.id), "marking a task done")
    changes = ((("--priority", "low"),), (("--due", "2026-12-24"),), (("--title", "Write final report"),),
               (("--title", "Send report"), ("--due", "2027-01-15"), ("--priority", "medium")))
    for options in changes:
        before = find(s.history[-1], task.id)
        inv = s.run("update", task.id, *(word for pair in options for word in pair))
        succeeded(inv, f"`update {task.id} {' '.join(w for pair in options for w in pair)}`")
        now = find(inv, task.id)
        for option, value in options:
            name = option.removeprefix("--")
            if getattr(now, name) != value:
                raise Mismatch(inv, f"task {task.id}'s {name} now {value!r}", f"it is {getattr(now, name)!r}",
                               f"Apply every option given ({option} too) to the task and save the file.")
        given = {option.removeprefix("--") for option, _ in options}
        unchanged(inv, before, now, tuple(f for f in FIELDS if f not in given), f"after changing only {sorted(given)}")
        unchanged(inv, other, find(inv, other.id), FIELDS, f"the other task, {other.id}")


def delete_one(s: Session) -> None:
    """`delete ID` removes exactly that task from the file and from `list`: a middle one, the first one (and not
    10 or 11 with it), the last one."""
    tasks = [made(s.run("add", t), t) for t in DELETE_TITLES]
    for gone in (tasks[1], tasks[0], tasks[-1]):
        before = tasks_after(s.history[-1])
        inv = s.run("delete", gone.id)
        succeeded(inv, f"deleting task {gone.id}")
        left = tasks_after(inv)
        kept = [t for t in before if t.id != gone.id]
        if sorted(t.id for t in left) != sorted(t.id for t in kept):
            raise Mismatch(inv, f"only task {gone.id} gone; tasks {', '.join(t.id for t in kept) or 'none'} left",
                           f"tasks {', '.join(t.id for t in left) or 'none'} left",
                           "Remove the task whose id matches (not the one at that position).")
        for task in kept:
            unchanged(inv, task, find(inv, task.id), FIELDS, f"task {task.id}")
    listing = s.run("list")
    listed_order(listing, tasks_after(listing))
    for gone in (tasks[0], tasks[1], tasks[-1]):
        if gone.title in listing.run.stdout_text:
            raise Mismatch(listing, "the deleted tasks no longer listed", f"`list` still shows {gone.title!r}",
                           "Delete from the saved file, not only from what is printed.")


def persistence(s: Session) -> None:
    """With no file `list` exits 0 and `add` starts one; every change is in the file when the command exits and a
    new `list` reads it back."""
    succeeded(s.run("list"), "listing with no tasks file yet (a missing file means no tasks)")
    title = 'Call Mom "re: trip" — café'
    first = made(s.run("add", title, "--priority", "high"), title)
    inv = s.run("add", "Second task", "--due", "2026-12-01")
    second = made(inv, "Second task")
    if [t.title for t in tasks_after(inv) if t.id == first.id] != [title]:
        raise Mismatch(inv, f"task {first.id} still titled {title!r} after the next add",
                       "it is missing or its title changed", "Load the file, append, then save everything back.")
    listed_order(s.run("list"), [first, second])


def ids_not_reused(s: Session) -> None:
    """Ids are unique, and a deleted task's id is never given to a new task: not when it was the highest id, not
    after every task was deleted."""
    tasks = [made(s.run("add", t), t) for t in ("Task A", "Task B", "Task C")]
    used = {t.id for t in tasks}
    for gone in (tasks[2], tasks[0]):
        succeeded(s.run("delete", gone.id), f"deleting task {gone.id}")
    fresh = [_fresh(s, title, used) for title in ("Task D", "Task E")]
    for gone in (tasks[1], *fresh):
        succeeded(s.run("delete", gone.id), f"deleting task {gone.id} (then no task is left)")
    _fresh(s, "Task F", used)


def _fresh(s: Session, title: str, used: set[str]) -> Task:
    inv = s.run("add", title)
    new = made(inv, title)
    if new.id in used:
        raise Mismatch(inv, f"a new id for {title!r}, never used before", f"it got {new.id}, used before",
                       "Keep a counter of the next id in the file (never lowered, even when no task is left), "
                       "or use ids that cannot repeat.")
    used.add(new.id)
    return new


def _fields(inv: Invocation, task: Task, **expected: object) -> None:
    for name, value in expected.items():
        if getattr(task, name) != value:
            raise Mismatch(inv, f"the new task's {name} to be {value!r}", f"{getattr(task, name)!r}",
                           "Store exactly what the command gave, with the contract's defaults for the rest.")
