"""Runs one step's checker on one submission and feeds every event to a reporter."""

from __future__ import annotations

from grader.checker import Checker, Notice
from grader.report import Report
from grader.reporters import Reporter
from grader.steps import Step


def run_step(step: Step, checker: Checker, options: dict, reporter: Reporter) -> Report:
    """Grade, streaming outcomes and notices to the reporter as they come; CannotGrade propagates before any output."""
    events = checker.grade(**options)
    report = Report(step=step.name, title=step.title, submission=checker.describe_submission(**options))
    first = next(events, None)
    reporter.start(report)
    if first is not None:
        _handle(first, report, reporter)
    for event in events:
        _handle(event, report, reporter)
    reporter.finish(report)
    return report


def _handle(event: object, report: Report, reporter: Reporter) -> None:
    if isinstance(event, Notice):
        report.notices.append(event.text)
        reporter.notice(event.text)
    else:
        report.outcomes.append(event)
        reporter.outcome(event)
