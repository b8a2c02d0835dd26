"""Steps 1 and 10's algorithm problems, through `grade` as a learner runs it: samples, broken variants, starters."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from checkers.algorithms.bank import _expected, load_bank
from checkers.algorithms.checker import grade_problems
from grader.outcome import Status

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_solutions"
STEP10, STEP1 = SAMPLES / "step-10", SAMPLES / "step-01-problems"
TIME_LIMIT = "2"
# Step 10 may not be in grader/registry.py yet; the shim adds it without touching the file, then runs the real CLI.
SHIM = ("import grader.registry as r; r.CHECKERS.setdefault(10, 'checkers.algorithms.checker:CHECKER'); "
        "from grader.cli import main; main()")


def grade(*args: str | Path, cwd: Path = ROOT) -> tuple[int, dict | str]:
    """`grade ARGS --format json` in a fresh process; the parsed report (or the raw output when it is not JSON)."""
    done = subprocess.run([sys.executable, "-c", SHIM, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env={"PATH": "/usr/local/bin:/usr/bin:/bin", "PYTHONPATH": str(ROOT)}, timeout=300)
    try:
        return done.returncode, json.loads(done.stdout)
    except json.JSONDecodeError:
        return done.returncode, done.stdout + done.stderr


def statuses(report: dict) -> dict[str, str]:
    return {outcome["id"].rsplit("/", 1)[1]: outcome["status"] for outcome in report["outcomes"]}


def feedback_text(report: dict, slug: str) -> str:
    outcome = next(o for o in report["outcomes"] if o["id"].endswith("/" + slug))
    return json.dumps(outcome["feedback"])


@pytest.mark.parametrize("step", [1, 10])
def test_bank_examples_agree_with_the_reference_solution(step: int) -> None:
    problems = load_bank(step)
    assert len(problems) >= (8 if step == 1 else 12)
    for problem in problems:
        examples = [c for c in problem.cases if c.visible]
        assert examples and any(not c.visible and not c.size for c in problem.cases), problem.slug
        assert any(c.size for c in problem.cases), f"{problem.slug} has no large input"
        for case in examples:
            assert _expected(problem.python_name, case.args, problem.tree_args) == case.expected, problem.slug


def test_step10_covers_the_required_topics() -> None:
    topics = " ".join(p.topic for p in load_bank(10))
    for topic in ("arrays", "strings", "two pointers", "sliding window", "trees", "graphs", "dynamic programming"):
        assert topic in topics


@pytest.mark.parametrize("name", ["solutions.py", "solutions.js"])
def test_step10_correct_solutions_pass_every_problem(name: str) -> None:
    code, report = grade("step-10", STEP10 / name, "--format", "json")
    assert code == 0, report
    assert set(statuses(report).values()) == {"pass"}
    assert len(report["outcomes"]) == len(load_bank(10))


@pytest.mark.parametrize("name", ["algorithms.py", "algorithms.js"])
def test_step1_correct_solutions_pass_every_problem(name: str) -> None:
    outcomes = list(grade_problems(STEP1 / name, 1, "auto", 2.0))
    assert [o.status for o in outcomes] == [Status.PASS] * len(load_bank(1)), [o.feedback for o in outcomes]


def _variants(folder: Path) -> list[Path]:
    return sorted((folder / "wrong").glob("*.*")) + sorted((folder / "slow").glob("*.*"))


def _broken_submission(tmp_path: Path, correct: Path, variant: Path) -> Path:
    """The correct file with one function replaced by the variant's (a later definition wins, in both languages)."""
    correct = correct.with_suffix(variant.suffix)
    submission = tmp_path / correct.name
    submission.write_text(correct.read_text() + "\n\n" + variant.read_text())
    return submission


@pytest.mark.parametrize("variant", _variants(STEP10), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_step10_broken_variant_fails_its_problem_as_recorded(variant: Path, tmp_path: Path) -> None:
    expected = tomllib.loads((STEP10 / "expected.toml").read_text())[variant.parent.name][variant.name]
    submission = _broken_submission(tmp_path, STEP10 / "solutions.py", variant)
    code, report = grade("step-10", submission, "--only", variant.stem, "--time-limit", TIME_LIMIT,
                         "--format", "json")
    assert statuses(report) == {variant.stem: "fail"}, report
    assert expected in feedback_text(report, variant.stem)
    assert code == 1


@pytest.mark.parametrize("variant", _variants(STEP1), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_step1_broken_variant_fails_its_problem_as_recorded(variant: Path, tmp_path: Path) -> None:
    expected = tomllib.loads((STEP1 / "expected.toml").read_text())[variant.parent.name][variant.name]
    submission = _broken_submission(tmp_path, STEP1 / "algorithms.py", variant)
    [outcome] = grade_problems(submission, 1, "auto", float(TIME_LIMIT), (variant.stem,))
    assert outcome.status == Status.FAIL
    assert expected in json.dumps(outcome.feedback.__dict__)


def test_visible_failures_show_input_expected_and_got_but_hidden_ones_do_not(tmp_path: Path) -> None:
    submission = _broken_submission(tmp_path, STEP10 / "solutions.py", STEP10 / "wrong" / "max-water.py")
    submission.write_text(submission.read_text() + "\n\n" + (STEP10 / "wrong" / "tree-diameter.py").read_text())
    _, report = grade("step-10", submission, "--only", "max-water,tree-diameter", "--format", "json")
    visible = json.loads(feedback_text(report, "max-water"))
    assert "[1, 8, 6, 2, 5, 4, 8, 3, 7]" in visible["did"] and visible["expected"] == "49" and visible["got"] == "56"
    hidden = json.loads(feedback_text(report, "tree-diameter"))
    assert hidden["did"] == "called your function on a hidden test (the longest path avoids the root)"
    assert hidden["expected"] == "the right answer" and "null" not in json.dumps(hidden)


def test_missing_functions_and_files_that_do_not_load(tmp_path: Path) -> None:
    only_one = tmp_path / "solutions.py"
    only_one.write_text((STEP10 / "slow" / "coin-change.py").read_text().replace("if amount == 0", "if amount <= 0"))
    _, report = grade("step-10", only_one, "--only", "max-water,coin-change", "--time-limit", TIME_LIMIT,
                      "--format", "json")
    assert "no function with that name" in feedback_text(report, "max-water")
    assert "timed out on a large input (amount 10,000 with 6 coins) after 2 s" in feedback_text(report, "coin-change")
    broken = tmp_path / "broken.js"
    broken.write_text("function maxArea(h) {\n  return h.length +;\n}\n")
    _, report = grade("step-10", broken, "--only", "max-water", "--format", "json")
    assert statuses(report) == {"max-water": "fail"} and "SyntaxError" in feedback_text(report, "max-water")


def test_init_writes_starters_whose_stubs_are_graded_as_unfinished(tmp_path: Path) -> None:
    code, output = grade("init", "step-10", tmp_path)
    assert code == 0, output
    assert subprocess.run(["node", "--check", str(tmp_path / "solutions.js")]).returncode == 0
    code, report = grade("step-10", tmp_path / "solutions.py", "--format", "json")
    assert code == 1 and set(statuses(report).values()) == {"fail"}
    assert "NotImplementedError" in feedback_text(report, "level-order")
    code, report = grade("step-10", tmp_path / "solutions.js", "--only", "coin-change", "--format", "json")
    assert "not written yet" in feedback_text(report, "coin-change")


def test_a_file_that_is_not_python_or_javascript_is_refused_in_one_line(tmp_path: Path) -> None:
    other = tmp_path / "solutions.rb"
    other.write_text("def two_sum; end\n")
    code, output = grade("step-10", other)
    assert code == 2 and "give a Python (.py) or JavaScript (.js) file" in output
