"""What every step checker provides to the core: its options, its outcomes, its starter files and its grading."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import click

from grader.outcome import Outcome


@dataclass(frozen=True)
class Notice:
    """Something the learner should know about the whole submission that is not an outcome (an unknown marker)."""

    text: str


Event = Outcome | Notice


@dataclass(frozen=True)
class PlannedOutcome:
    """An outcome a step can produce, as listed by `grade show`."""

    id: str
    title: str
    points: float
    description: str = ""


@dataclass(frozen=True)
class Checker:
    """One step's checker. `grade` receives the parsed click options and yields outcomes and notices."""

    step: int
    params: tuple[click.Parameter, ...]
    grade: Callable[..., Iterator[Event]]
    planned: Callable[[], Iterable[PlannedOutcome]]
    starter_files: Callable[[], dict[str, str]] = field(default=lambda: {})
    describe_submission: Callable[..., str] = field(default=lambda **_: "")
    export_postman: Callable[[], dict] | None = None
    planned_for: Callable[..., Iterable[PlannedOutcome]] | None = None

    def parse(self, step_name: str, args: list[str]) -> dict:
        """The options `grade STEP ARGS…` would give `grade`; click's UsageError for arguments that do not parse."""
        command = click.Command(step_name, params=list(self.params))
        with command.make_context(step_name, list(args)) as ctx:
            return dict(ctx.params)

    def outcomes_for(self, options: dict) -> list[PlannedOutcome]:
        """The outcomes a run with these options produces: `planned`, narrowed by options such as --only."""
        return list(self.planned_for(**options) if self.planned_for else self.planned())
