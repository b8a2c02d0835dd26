"""Step 1's scenarios, one per rule of the contract; each plays commands in a fresh folder and checks the results."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass

from checkers.taskcli import play_commands as ok
from checkers.taskcli import play_errors as bad
from checkers.taskcli.harness import Session


@dataclass(frozen=True)
class Scenario:
    """One graded rule: its outcome slug, title, points, and the commands that check it."""

    slug: str
    title: str
    points: float
    play: Callable[[Session], None]

    @property
    def description(self) -> str:
        return inspect.cleandoc(self.play.__doc__ or "")


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("add", "add saves a task with its due date and priority, and prints its id", 3, ok.add_with_everything),
    Scenario("add-defaults", "add without options: priority medium, no due date", 2, ok.add_with_defaults),
    Scenario("list", "list shows every task with its id, by id", 3, ok.list_everything),
    Scenario("sort-priority", "list --sort priority, ties by id", 3, ok.sort_by_priority),
    Scenario("sort-due", "list --sort due, undated last, ties by id", 3, ok.sort_by_due),
    Scenario("done", "done marks one task done", 3, ok.mark_done),
    Scenario("update-one-field", "update changes only the given fields", 3, ok.update_fields),
    Scenario("delete", "delete removes exactly one task", 3, ok.delete_one),
    Scenario("persistence", "a missing file is no tasks; changes are saved to it", 3, ok.persistence),
    Scenario("ids-not-reused", "ids are unique and deleted ids are not reused", 3, ok.ids_not_reused),
    Scenario("error-unknown-id", "unknown ids are refused", 3, bad.error_unknown_id),
    Scenario("error-empty-title", "missing or empty titles are refused", 2, bad.error_missing_title),
    Scenario("error-bad-date", "invalid dates are refused", 3, bad.error_bad_date),
    Scenario("error-bad-priority", "unknown priorities are refused", 2, bad.error_bad_priority),
    Scenario("error-unknown-command", "unknown commands are refused", 2, bad.error_unknown_command),
    Scenario("corrupt-file", "a corrupt JSON file is reported, never overwritten", 3, bad.corrupt_file),
)
