"""Turns what the runner recorded for one problem into its outcome, with feedback that never reveals hidden tests."""

from __future__ import annotations

import json

from checkers.algorithms.bank import Case, Problem, canonical
from checkers.algorithms.harness import HarnessRun, Language
from grader.outcome import Feedback, Outcome
from grader.text import capped

INPUT_CAP = 600


def outcome_id(step: int, problem: Problem) -> str:
    return f"step-{step}/{problem.slug}"


def judge(step: int, problem: Problem, language: Language, result: HarnessRun, seconds: float) -> Outcome:
    """Pass when every case gave the expected answer; else fail on the first case that did not."""
    oid, title, points = outcome_id(step, problem), problem.title, problem.points
    name = problem.python_name if language.suffix == ".py" else problem.javascript_name
    records = result.records
    if records and "load_error" in records[0]:
        return Outcome.failed(oid, title, points, Feedback(
            did=f"loaded your {language.name} file to call {name}",
            expected="the file loads without an error",
            got=capped(records[0]["load_error"]),
            hint="Run the file yourself first; fix the error it shows."))
    if records and records[0].get("missing"):
        signature = problem.python if language.suffix == ".py" else problem.javascript
        export = "" if language.suffix == ".py" else " (and list it in module.exports)"
        return Outcome.failed(oid, title, points, Feedback(
            did=f"looked for the function {name} in your file",
            expected=f"a function {signature}",
            got="no function with that name: this problem is missing",
            hint=f"Define {name} with exactly this name{export}; `grade init step-{step}` writes the signatures."))
    if result.run.could_not_start:
        return Outcome.errored(oid, title, points, Feedback(
            did=f"started your {language.name} file in the sandbox", got=f"the program {result.run.killed_reason}",
            hint="This is the grader's or the machine's problem, not yours: try --sandbox none, or report it."))
    for index, case in enumerate(problem.cases):
        if index >= len(records):
            return Outcome.failed(oid, title, points, _stopped(problem, case, result, seconds))
        failure = _mismatch(case, records[index], problem)
        if failure is not None:
            return Outcome.failed(oid, title, points, failure)
    examples = sum(case.visible for case in problem.cases)
    return Outcome.passed(oid, title, points, Feedback(
        did=f"called {name} on {len(problem.cases)} inputs ({examples} examples, {len(problem.cases) - examples} "
            f"hidden) in {result.run.elapsed:.1f} s"))


def _describe(case: Case) -> str:
    if case.visible:
        return "an example from the statement"
    return f"a hidden test ({case.kind}: {case.size})" if case.size else f"a hidden test ({case.kind})"


def _input(case: Case) -> str:
    return capped(", ".join(json.dumps(arg) for arg in case.args), INPUT_CAP)


def _mismatch(case: Case, record: dict, problem: Problem) -> Feedback | None:
    if "error" in record:
        error = record["error"].strip()
        shown = error if case.visible else error.splitlines()[-1]
        return Feedback(
            did=f"called your function on {_describe(case)}" + (f" with {_input(case)}" if case.visible else ""),
            expected=f"it returns {json.dumps(case.expected)}" if case.visible else "it returns the right answer",
            got=f"it raised an error:\n{capped(shown)}",
            hint="Check the edge cases the statement mentions (empty input, one element, no answer).")
    if "unjsonable" in record:
        return Feedback(did=f"called your function on {_describe(case)}",
                        expected="a plain value: a number, a string, a boolean, or a list of them",
                        got=f"a value the grader cannot compare ({record['unjsonable']})",
                        hint="Return a list instead of a set, tuple of sets, generator or custom object.")
    got = record.get("ok")
    if canonical(got) == canonical(case.expected):
        return None
    got_text = "nothing (undefined)" if record.get("undefined") else capped(json.dumps(got), INPUT_CAP)
    if case.visible:
        return Feedback(did=f"called your function on {_describe(case)} with {_input(case)}",
                        expected=capped(json.dumps(case.expected), INPUT_CAP), got=got_text,
                        hint="Work through this example by hand next to your code.")
    return Feedback(did=f"called your function on {_describe(case)}", expected="the right answer",
                    got="a different answer (hidden tests do not show their input)",
                    hint=f"Think about this kind of case: {case.kind}. Re-read the statement's rules for it.")


def _stopped(problem: Problem, case: Case, result: HarnessRun, seconds: float) -> Feedback:
    run = result.run
    if run.timed_out:
        size = f" on a large input ({case.size})" if case.size else f" on {_describe(case)}"
        return Feedback(did=f"called your function on {_describe(case)}",
                        expected=f"all {len(problem.cases)} tests finish within {seconds:g} s",
                        got=f"it timed out{size} after {seconds:g} s",
                        hint=f"Your answer is probably right but too slow; aim for {problem.complexity}.")
    reason = run.killed_reason or f"exited with status {run.exit_status}"
    return Feedback(did=f"called your function on {_describe(case)}",
                    expected="it returns an answer",
                    got=f"the program stopped: {reason}\n{run.stderr_text}".strip(),
                    hint="Deep recursion, a huge list or an exit() call can do this; an iterative version may help.")
