"""Reporters: the terminal report a learner reads and the JSON document tools read, from the same run."""

from __future__ import annotations

import io
import json

import jsonschema

from grader.outcome import Feedback, Outcome
from grader.report import Report
from grader.reporters import REPORTERS, make_reporter
from grader.steps import schema


def _report() -> Report:
    report = Report(step="step-2", title="SQL", submission="queries.sql")
    report.notices.append("line 9: there is no question 21")
    report.outcomes += [
        Outcome.passed("step-2/q01", "Restaurants in Bengaluru", 5),
        Outcome.failed("step-2/q02", "Top restaurants", 5, Feedback(
            did="ran your answer on the public dataset", expected="10 rows x 3 columns",
            got="expected 10 rows, got 11\nrows we did not expect:\n  ('Dosa Point', 'Pune', 1200.50)",
            hint="check the LIMIT", reproduce="grade step-2 queries.sql --only q02")),
        Outcome.errored("step-2/q03", "Revenue per month", 5, Feedback(got="the reference answer failed")),
        Outcome.skipped("step-2/design/fk-indexed", "Foreign keys indexed", 3, Feedback(got="DDL did not parse")),
    ]
    return report


def _render(name: str, color: bool = False, encoding: str = "utf-8") -> str:
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding, newline="\n")
    reporter = make_reporter(name, stream, color)
    report = _report()
    reporter.start(report)
    for text in report.notices:
        reporter.notice(text)
    for outcome in report.outcomes:
        reporter.outcome(outcome)
    reporter.finish(report)
    stream.flush()
    return buffer.getvalue().decode(encoding)


def test_text_report_marks_each_outcome_and_details_the_failures():
    text = _render("text")
    assert "✓ q01" in text and "✗ q02" in text and "! q03" in text and "(error)" in text
    assert "What to fix" in text
    failure = text[text.index("✗ step-2/q02"):]
    for line in ("What we did: ran your answer", "Expected: 10 rows x 3 columns", "Got: expected 10 rows, got 11",
                 "Hint: check the LIMIT", "Reproduce: grade step-2 queries.sql --only q02"):
        assert line in failure
    assert "\n       rows we did not expect:" in failure  # continuation lines stay under their label
    assert "Score: 5/18 (1 passed, 1 failed, 1 errors, 1 skipped) - not yet" in text
    assert "note: line 9" in text
    assert "\x1b[" not in text


def test_text_report_uses_colour_only_when_asked():
    assert "\x1b[32m" in _render("text", color=True)


def test_text_report_falls_back_to_ascii_marks_on_an_ascii_terminal():
    text = _render("text", encoding="ascii")
    assert "ok q01" in text and "X q02" in text


def test_json_report_validates_against_the_shipped_schema():
    document = json.loads(_render("json"))
    jsonschema.validate(document, schema("result.schema.json"))
    assert document["score"] == 5 and document["max_score"] == 18 and document["passed"] is False
    assert document["counts"] == {"pass": 1, "fail": 1, "error": 1, "skipped": 1}
    assert document["outcomes"][1]["feedback"]["hint"] == "check the LIMIT"


def test_every_reporter_in_the_table_renders_a_run():
    for name in REPORTERS:
        assert "q02" in _render(name)


def _finished(*outcomes: Outcome) -> tuple[Report, str]:
    report = Report(step="step-3", title="Bookstore", submission="http://127.0.0.1:5000")
    report.outcomes += outcomes
    buffer = io.StringIO()
    reporter = make_reporter("text", buffer, False)
    reporter.start(report)
    for outcome in outcomes:
        reporter.outcome(outcome)
    reporter.finish(report)
    return report, buffer.getvalue()


def test_a_check_skipped_for_want_of_the_learners_input_is_not_passed_and_says_what_to_give():
    report, text = _finished(
        Outcome.passed("step-3/unknown-route", "Unknown route", 2),
        Outcome.skipped("step-3/crud-create", "Create", 3, Feedback(got="POST /books answered 401"),
                        needs="--admin-email and --admin-password"),
        Outcome.skipped("step-3/crud-read", "Read", 3, Feedback(got="POST /books answered 401"),
                        needs="--admin-email and --admin-password"),
    )
    assert (report.passed, report.exit_code) == (False, 1)
    assert "all passed" not in text and "- not yet" in text
    assert "crud-create" in text and "(not checked: needs --admin-email and --admin-password)" in text
    assert ("Not checked, so not passed: pass --admin-email and --admin-password to check crud-create, crud-read."
            in text)
    document = report.to_dict()
    jsonschema.validate(document, schema("result.schema.json"))
    assert document["passed"] is False
    assert [o["needs"] for o in document["outcomes"]] == ["", *["--admin-email and --admin-password"] * 2]


def test_a_plain_skip_of_an_absent_bonus_still_passes():
    report, text = _finished(
        Outcome.passed("step-4/login", "Login", 3),
        Outcome.skipped("step-4/refresh", "Refresh (bonus)", 2, Feedback(got="POST /auth/refresh answered 404")),
    )
    assert (report.passed, report.exit_code) == (True, 0)
    assert "- all passed" in text and "Not checked" not in text
