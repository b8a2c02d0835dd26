"""Reporters render a run, chosen by name from REPORTERS; each sees the same events: start, notice, outcome, finish."""

from __future__ import annotations

from importlib import import_module
from typing import Protocol, TextIO

from grader.outcome import Outcome
from grader.report import Report


class Reporter(Protocol):
    def start(self, report: Report) -> None: ...

    def notice(self, text: str) -> None: ...

    def outcome(self, outcome: Outcome) -> None: ...

    def finish(self, report: Report) -> None: ...


REPORTERS: dict[str, str] = {
    "text": "grader.reporters.text:TextReporter",
    "json": "grader.reporters.json_report:JsonReporter",
    "junit": "grader.reporters.junit:JunitReporter",
    "gradescope": "grader.reporters.gradescope:GradescopeReporter",
}


def make_reporter(name: str, stream: TextIO, color: bool) -> Reporter:
    """The named reporter; each is imported only when chosen, so a plain run does not pay for the others."""
    module, _, attribute = REPORTERS[name].partition(":")
    return getattr(import_module(module), attribute)(stream, color=color)
