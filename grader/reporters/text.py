"""The terminal reporter: a ✓/✗ line per outcome as it arrives, then each failure's details and the score."""

from __future__ import annotations

import codecs
from typing import TextIO

import click

from grader.outcome import Outcome, Status
from grader.report import Report

MARKS = {Status.PASS: "✓", Status.FAIL: "✗", Status.ERROR: "!", Status.SKIPPED: "-"}
ASCII_MARKS = {Status.PASS: "ok", Status.FAIL: "X", Status.ERROR: "!", Status.SKIPPED: "-"}
COLORS = {Status.PASS: "green", Status.FAIL: "red", Status.ERROR: "yellow", Status.SKIPPED: "bright_black"}
WORDS = {Status.PASS: "passed", Status.FAIL: "failed", Status.ERROR: "errors", Status.SKIPPED: "skipped"}
LABELS = (
    ("did", "What we did"),
    ("expected", "Expected"),
    ("got", "Got"),
    ("hint", "Hint"),
    ("reproduce", "Reproduce"),
)


def _can_encode(stream: TextIO, text: str) -> bool:
    try:
        codecs.encode(text, getattr(stream, "encoding", None) or "utf-8")
    except (LookupError, UnicodeEncodeError):
        return False
    return True


class TextReporter:
    def __init__(self, stream: TextIO, color: bool = False) -> None:
        self.stream = stream
        self.color = color
        self.marks = MARKS if _can_encode(stream, "".join(MARKS.values())) else ASCII_MARKS

    def _style(self, text: str, **style: object) -> str:
        return click.style(text, **style) if self.color else text

    def _write(self, text: str = "") -> None:
        if not _can_encode(self.stream, text):
            text = text.encode("ascii", "replace").decode("ascii")
        self.stream.write(text + "\n")

    def start(self, report: Report) -> None:
        self._write(self._style(f"Grading {report.step} ({report.title}): {report.submission}", bold=True))
        self._write()

    def notice(self, text: str) -> None:
        self._write(self._style(f"  note: {text}", fg="yellow"))

    def outcome(self, outcome: Outcome) -> None:
        mark = self._style(self.marks[outcome.status], fg=COLORS[outcome.status], bold=True)
        short_id = outcome.id.split("/", 1)[-1]
        status = "" if outcome.status in (Status.PASS, Status.FAIL) else f" ({_status_word(outcome)})"
        points = f"{_fmt(outcome.points)}/{_fmt(outcome.max_points)}"
        self._write(f"  {mark} {short_id:<24} {outcome.title}{status}  {self._style(points, dim=True)}")

    def finish(self, report: Report) -> None:
        details = [o for o in report.outcomes if o.status is not Status.PASS and not o.feedback.is_empty()]
        if details:
            self._write()
            self._write(self._style("What to fix", bold=True))
        for outcome in details:
            self._write()
            mark = self._style(self.marks[outcome.status], fg=COLORS[outcome.status], bold=True)
            self._write(f"{mark} {outcome.id}  {outcome.title}")
            for attribute, label in LABELS:
                value = getattr(outcome.feedback, attribute)
                if value:
                    self._write(_indent(f"{label}: ", value))
        self._write()
        counts = ", ".join(
            f"{report.count(status)} {WORDS[status]}"
            for status in Status
            if report.count(status) or status is Status.PASS
        )
        verdict = "all passed" if report.passed else "not yet"
        score = f"Score: {_fmt(report.score)}/{_fmt(report.max_score)} ({counts}) - {verdict}"
        self._write(self._style(score, bold=True, fg="green" if report.passed else "red"))
        for line in unchecked_lines(report):
            self._write(self._style(line, fg="yellow"))


def unchecked_lines(report: Report) -> list[str]:
    """One line per thing the learner can give that would let the grader check what it skipped."""
    by_need: dict[str, list[str]] = {}
    for outcome in report.unchecked:
        by_need.setdefault(outcome.needs, []).append(outcome.id.split("/", 1)[-1])
    return [f"Not checked, so not passed: pass {needs} to check {', '.join(ids)}." for needs, ids in by_need.items()]


def _status_word(outcome: Outcome) -> str:
    return f"not checked: needs {outcome.needs}" if outcome.unchecked else outcome.status.value


def _indent(label: str, text: str) -> str:
    lines = text.rstrip("\n").split("\n")
    pad = " " * (len(label) + 2)
    return "\n".join([f"  {label}{lines[0]}", *(f"{pad}{line}" for line in lines[1:])])


def _fmt(value: float) -> str:
    return f"{value:g}"
