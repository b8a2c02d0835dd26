"""Reporters that write one whole document when a run ends (JSON, JUnit, Gradescope), and one that writes nothing."""

from __future__ import annotations

from typing import TextIO

from grader.outcome import Outcome
from grader.report import Report


class SilentReporter:
    """Takes every event and shows nothing: the Report the runner returns already holds it all."""

    def __init__(self, stream: TextIO | None = None, color: bool = False) -> None:
        self.stream = stream

    def start(self, report: Report) -> None:
        pass

    def notice(self, text: str) -> None:
        pass

    def outcome(self, outcome: Outcome) -> None:
        pass

    def finish(self, report: Report) -> None:
        pass


class DocumentReporter(SilentReporter):
    """Writes `render(report)` once the run is over: a document needs every outcome before it can be written."""

    def render(self, report: Report) -> str:
        raise NotImplementedError

    def finish(self, report: Report) -> None:
        self.stream.write(self.render(report))
