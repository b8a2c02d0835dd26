"""The outcome model: plain frozen data a checker produces and a reporter renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Status(StrEnum):
    """How one outcome ended. `fail` is the learner's mistake; `error` is the grader's or the environment's."""

    PASS = "pass"
    FAIL = "fail"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class Feedback:
    """What we did, what we expected, what we got, a hint, and how to reproduce it. Any part may be empty."""

    did: str = ""
    expected: str = ""
    got: str = ""
    hint: str = ""
    reproduce: str = ""

    def is_empty(self) -> bool:
        return not (self.did or self.expected or self.got or self.hint or self.reproduce)


@dataclass(frozen=True)
class Outcome:
    """One graded rule of a step, e.g. `step-2/q07`."""

    id: str
    title: str
    status: Status
    points: float
    max_points: float
    feedback: Feedback = field(default_factory=Feedback)

    @classmethod
    def passed(cls, id: str, title: str, max_points: float, feedback: Feedback | None = None) -> Outcome:
        return cls(id, title, Status.PASS, max_points, max_points, feedback or Feedback())

    @classmethod
    def failed(cls, id: str, title: str, max_points: float, feedback: Feedback) -> Outcome:
        return cls(id, title, Status.FAIL, 0, max_points, feedback)

    @classmethod
    def errored(cls, id: str, title: str, max_points: float, feedback: Feedback) -> Outcome:
        return cls(id, title, Status.ERROR, 0, max_points, feedback)

    @classmethod
    def skipped(cls, id: str, title: str, max_points: float, feedback: Feedback) -> Outcome:
        return cls(id, title, Status.SKIPPED, 0, max_points, feedback)


class CannotGrade(Exception):
    """The submission cannot be graded at all (missing, unreadable, wrong kind): one clear line, exit 2."""
