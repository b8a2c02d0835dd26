"""A whole run's result: the outcomes of one submission for one step, with its score and exit code."""

from __future__ import annotations

from dataclasses import dataclass, field

from grader import __version__
from grader.outcome import Outcome, Status


@dataclass
class Report:
    step: str
    title: str
    submission: str
    outcomes: list[Outcome] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    version: str = __version__

    @property
    def score(self) -> float:
        return sum(o.points for o in self.outcomes)

    @property
    def max_score(self) -> float:
        return sum(o.max_points for o in self.outcomes)

    def count(self, status: Status) -> int:
        return sum(1 for o in self.outcomes if o.status is status)

    @property
    def unchecked(self) -> list[Outcome]:
        """The outcomes not checked for want of something the learner can give (see Outcome.needs)."""
        return [o for o in self.outcomes if o.unchecked]

    @property
    def passed(self) -> bool:
        """True when nothing failed or errored and nothing was left unchecked for want of the learner's input.

        A plain skip (a bonus feature that is absent) does not count against the learner.
        """
        return not any(o.status in (Status.FAIL, Status.ERROR) or o.unchecked for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    def to_dict(self) -> dict:
        """The document `--format json` writes; it validates against grader/schemas/result.schema.json."""
        return {
            "grader": {"name": "roadmap-grader", "version": self.version},
            "step": self.step,
            "title": self.title,
            "submission": self.submission,
            "score": _number(self.score),
            "max_score": _number(self.max_score),
            "passed": self.passed,
            "counts": {status.value: self.count(status) for status in Status},
            "notices": list(self.notices),
            "outcomes": [
                {
                    "id": o.id,
                    "title": o.title,
                    "status": o.status.value,
                    "points": _number(o.points),
                    "max_points": _number(o.max_points),
                    "needs": o.needs,
                    "feedback": {
                        "did": o.feedback.did,
                        "expected": o.feedback.expected,
                        "got": o.feedback.got,
                        "hint": o.feedback.hint,
                        "reproduce": o.feedback.reproduce,
                    },
                }
                for o in self.outcomes
            ],
        }


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)
