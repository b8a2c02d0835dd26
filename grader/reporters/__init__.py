"""Reporters render a run, chosen by name from REPORTERS; each sees the same events: start, notice, outcome, finish."""

from __future__ import annotations

from typing import Protocol, TextIO

from grader.outcome import Outcome
from grader.report import Report
from grader.reporters.json_report import JsonReporter
from grader.reporters.text import TextReporter


class Reporter(Protocol):
    def start(self, report: Report) -> None: ...

    def notice(self, text: str) -> None: ...

    def outcome(self, outcome: Outcome) -> None: ...

    def finish(self, report: Report) -> None: ...


REPORTERS: dict[str, type] = {
    "text": TextReporter,
    "json": JsonReporter,
}


def make_reporter(name: str, stream: TextIO, color: bool) -> Reporter:
    return REPORTERS[name](stream, color=color)
