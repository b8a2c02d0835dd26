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
    """One graded rule of a step, e.g. `step-2/q07`.

    A skipped outcome with `needs` was not checked for want of something the learner can give (an admin password,
    a signing secret): it names what to pass, and a run with one never counts as passed. A skip without `needs`
    (a bonus route the server does not have) is a plain skip.
    """

    id: str
    title: str
    status: Status
    points: float
    max_points: float
    feedback: Feedback = field(default_factory=Feedback)
    needs: str = ""

    @property
    def unchecked(self) -> bool:
        """Skipped for want of something the learner can give: not passed, yet not the learner's mistake either."""
        return self.status is Status.SKIPPED and bool(self.needs)

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
    def skipped(cls, id: str, title: str, max_points: float, feedback: Feedback, needs: str = "") -> Outcome:
        return cls(id, title, Status.SKIPPED, 0, max_points, feedback, needs)


class CannotGrade(Exception):
    """The submission cannot be graded at all (missing, unreadable, wrong kind): one clear line, exit 2."""
