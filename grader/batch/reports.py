"""The cohort's reports from every stored result: summary.csv, report.html, and JUnit or Gradescope on request."""

from __future__ import annotations

import json
from pathlib import Path

from grader.batch.html_report import render_report_html
from grader.batch.summary_csv import write_summary_csv
from grader.checker import PlannedOutcome
from grader.output import write_atomically
from grader.steps import Step


def write_reports(records: list[dict], planned: list[PlannedOutcome], step: Step, results: Path,
                  formats: tuple[str, ...]) -> list[Path]:
    """Write the reports and return their paths, in the order a user would open them."""
    written = [results / "summary.csv", results / "report.html"]
    write_summary_csv(records, planned, written[0])
    write_atomically(written[1], render_report_html(records, planned, step.name, step.title), "the HTML report")
    if "junit" in formats:
        from grader.reporters.junit import junit_xml

        written.append(results / "junit.xml")
        write_atomically(written[-1], junit_xml([(r["learner"], r["result"]) for r in records], step.name),
                         "the JUnit report")
    if "gradescope" in formats:
        from grader.reporters.gradescope import gradescope_results

        folder = results / "gradescope"
        folder.mkdir(exist_ok=True)
        for record in records:
            write_atomically(folder / f"{record['learner']}.json",
                             json.dumps(gradescope_results(record["result"]), indent=1, ensure_ascii=False),
                             "a Gradescope result")
        written.append(folder)
    return written
