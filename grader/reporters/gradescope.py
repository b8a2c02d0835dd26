"""The `--format gradescope` reporter: the results.json a Gradescope autograder writes to /autograder/results/.

Gradescope knows only `passed` and `failed`, so an outcome that was not checked is `failed` with 0 points and says
why first: `skipped` (not tested, e.g. no admin password was given) and `error` (the grader's or environment's
problem, not the learner's). No points are given for what was not verified; the summary asks for a regrade on errors.
"""

from __future__ import annotations

import json
from collections import Counter

from grader.report import Report
from grader.reporters.document import DocumentReporter
from grader.reporters.junit import feedback_text, visible

NOT_CHECKED = {
    "skipped": "Not checked, so no points yet: the grader did not test this (see why below); it is not a mistake "
               "found in your work.",
    "error": "Not checked, so no points yet: the grader or its environment had a problem; this is not your mistake. "
             "Ask your instructor to regrade.",
}


def gradescope_results(result: dict) -> dict:
    """Gradescope's results.json for one Report.to_dict() result: the total score, one test per outcome."""
    counts = Counter(outcome["status"] for outcome in result["outcomes"])
    return {
        "score": result["score"],
        "output": _summary(result, counts),
        "output_format": "text",
        "test_output_format": "text",
        "test_name_format": "text",
        "tests": [_test(outcome) for outcome in result["outcomes"]],
        "extra_data": {
            "grader": visible(f"{result['grader']['name']} {result['grader']['version']}"),
            "step": visible(result["step"]),
            "submission": visible(result["submission"]),
            "max_score": result["max_score"],
            "counts": {status: counts[status] for status in ("pass", "fail", "error", "skipped")},
        },
    }


def _test(outcome: dict) -> dict:
    status = outcome["status"]
    why = NOT_CHECKED.get(status, "")
    if status == "skipped" and outcome.get("needs"):
        why = f"Not checked, so no points yet: pass {outcome['needs']} to the grader to check this."
    output = "\n".join(filter(None, [why, feedback_text(outcome["feedback"])]))
    return {
        "name": visible(f"{outcome['id']} {outcome['title']}"),
        "score": outcome["points"],
        "max_score": outcome["max_points"],
        "status": "passed" if status == "pass" else "failed",
        "output": output,
        "visibility": "visible",
    }


def _summary(result: dict, counts: Counter[str]) -> str:
    """The text above the tests: the score, what was not checked and why it matters, then the grader's notes."""
    parts = [f"{counts['pass']} passed", f"{counts['fail']} failed"]
    parts += [f"{counts[status]} {status}" for status in ("error", "skipped") if counts[status]]
    lines = [f"{result['title']}: {result['score']}/{result['max_score']} points ({', '.join(parts)})."]
    if counts["error"]:
        lines.append(f"{_checks(counts['error'])} not run because of a problem with the grader or its "
                     "environment, not your work: ask your instructor to regrade.")
    if counts["skipped"]:
        lines.append(f"{_checks(counts['skipped'])} not run; each one below says why.")
    lines += [f"Note: {notice}" for notice in result["notices"]]
    return visible("\n".join(lines))


def _checks(count: int) -> str:
    return "1 check was" if count == 1 else f"{count} checks were"


class GradescopeReporter(DocumentReporter):
    def render(self, report: Report) -> str:
        return json.dumps(gradescope_results(report.to_dict()), indent=2, ensure_ascii=False) + "\n"
