"""The `--format junit` reporter: JUnit XML, the test-report format CI systems (GitLab, Jenkins, GitHub) display.

The document follows the Jenkins xUnit plugin's junit-10.xsd, the strictest schema CI tools check against: the root
<testsuites> carries tests/failures/errors but not `skipped` (that schema rejects it); each <testsuite> has all four.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter

from grader.report import Report
from grader.reporters.document import DocumentReporter
from grader.reporters.text import LABELS

NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
LINE_BREAKS = re.compile("[\r\n]+")
# an outcome not checked for want of the learner's input (it has `needs`) is not passed: CI must not show it as fine
ELEMENTS = {"fail": "failure", "not_checked": "failure", "error": "error", "skipped": "skipped"}
MESSAGE_LIMIT = 200


def visible(text: str) -> str:
    """`text` with each character XML cannot hold (NUL, controls, U+FFFE, lone surrogates) written as an escape."""
    return NOT_XML.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def feedback_text(feedback: dict) -> str:
    """An outcome's feedback as labelled plain text: what we did, expected, got, a hint, how to reproduce."""
    lines = []
    for key, label in LABELS:
        value = feedback.get(key, "").rstrip("\n")
        if value:
            first, *rest = value.split("\n")
            lines += [f"{label}: {first}", *(f"  {line}" for line in rest)]
    return visible("\n".join(lines))


def junit_xml(suites: list[tuple[str, dict]], suite_name: str) -> str:
    """A <testsuites> document named `suite_name` with one <testsuite> per (name, Report.to_dict() result) pair."""
    root = ET.Element("testsuites", name=visible(suite_name))
    totals: Counter[str] = Counter()
    for name, result in suites:
        suite = _suite(name, result)
        root.append(suite)
        totals.update({key: int(suite.get(key, "0")) for key in ("tests", "failures", "errors")})
    for key in ("tests", "failures", "errors"):
        root.set(key, str(totals[key]))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _suite(name: str, result: dict) -> ET.Element:
    outcomes = result["outcomes"]
    counts = Counter(_kind(outcome) for outcome in outcomes)
    suite = ET.Element("testsuite", name=visible(name), tests=str(len(outcomes)),
                       failures=str(counts["fail"] + counts["not_checked"]),
                       errors=str(counts["error"]), skipped=str(counts["skipped"]))
    properties = ET.SubElement(suite, "properties")
    for key in ("step", "submission", "score", "max_score"):
        ET.SubElement(properties, "property", name=key, value=visible(str(result[key])))
    ET.SubElement(properties, "property", name="grader_version", value=visible(result["grader"]["version"]))
    suite.extend(_testcase(result["step"], outcome) for outcome in outcomes)
    if result["notices"]:
        ET.SubElement(suite, "system-out").text = visible("\n".join(result["notices"]))
    return suite


def _testcase(step: str, outcome: dict) -> ET.Element:
    case = ET.Element("testcase", classname=visible(step), name=visible(f"{outcome['id']} {outcome['title']}"))
    kind = _kind(outcome)
    element = ELEMENTS.get(kind)
    first = f"Not checked: pass {outcome['needs']} to check this." if kind == "not_checked" else ""
    if element is not None:
        detail = ET.SubElement(case, element, message=_message(outcome), type=kind)
        points = f"Points: {outcome['points']}/{outcome['max_points']}"
        detail.text = "\n".join(filter(None, [first, points, feedback_text(outcome["feedback"])]))
    return case


def _kind(outcome: dict) -> str:
    """The outcome's status, or `not_checked` for a skip that names what the learner must give (`needs`)."""
    return "not_checked" if outcome["status"] == "skipped" and outcome.get("needs") else outcome["status"]


def _message(outcome: dict) -> str:
    """The one line a CI system shows first: the title, then the first line of what we got."""
    got = outcome["feedback"].get("got", "").strip().split("\n", 1)[0]
    message = LINE_BREAKS.sub(" ", f"{outcome['title']}: {got}" if got else outcome["title"])
    if len(message) > MESSAGE_LIMIT:
        message = message[: MESSAGE_LIMIT - 3] + "..."
    return visible(message)


class JunitReporter(DocumentReporter):
    def render(self, report: Report) -> str:
        return junit_xml([(report.submission, report.to_dict())], report.step)
