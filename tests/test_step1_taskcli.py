"""Step 1's task-manager checker, through the `grade` command: every sample gets the result stored beside it.

A sample `NAME.py` / `NAME.js` in sample_solutions/step-01 with `NAME.expected.toml` is graded as a task manager.
Set GRADER_RECORD=1 to re-record the expected files after a deliberate change (then review the diff).
"""

from __future__ import annotations

import json
import os
import subprocess
import tomllib
from pathlib import Path

import jsonschema
import pytest

from checkers.taskcli.tasks_file import FileProblem, Task, read_tasks
from grader.steps import schema
from tests.conftest import SAMPLES, run_grade

STEP1 = SAMPLES / "step-01"
CASES = sorted(p for p in [*STEP1.glob("*.py"), *STEP1.glob("*.js")] if p.with_suffix(".expected.toml").exists())


def _grade(*args: str | Path) -> tuple[int, dict]:
    result = run_grade("step-1", *args, "--format", "json")
    assert "Traceback" not in result.stderr
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def _outcome(document: dict, slug: str) -> dict:
    return next(o for o in document["outcomes"] if o["id"] == f"step-1/{slug}")


def _record(path: Path, expected: dict, code: int, outcomes: dict[str, str]) -> None:
    header = [line for line in path.read_text().splitlines() if line.startswith("#")] if path.exists() else []
    lines = [*header, f"exit_code = {code}", f"args = {json.dumps(expected.get('args', []))}", "", "[outcomes]"]
    lines += [f'"{oid}" = "{status}"' for oid, status in outcomes.items()]
    path.write_text("\n".join(lines) + "\n")


def test_there_are_three_correct_managers_and_at_least_twelve_broken_ones():
    names = [p.name for p in CASES]
    assert {"tasks.py", "tasks-node.js", "tasks-array.py"} <= set(names)
    assert sum(name.startswith("broken-") for name in names) >= 12


@pytest.mark.parametrize("sample", CASES, ids=[p.name for p in CASES])
def test_sample_gets_its_recorded_result(sample: Path):
    expected_file = sample.with_suffix(".expected.toml")
    expected = tomllib.loads(expected_file.read_text())
    code, document = _grade(sample, *expected.get("args", []))
    jsonschema.validate(document, schema("result.schema.json"))
    outcomes = {o["id"]: o["status"] for o in document["outcomes"]}
    if os.environ.get("GRADER_RECORD"):
        _record(expected_file, expected, code, outcomes)
        return
    failing = {oid: o["feedback"] for o in document["outcomes"]
               if outcomes[oid := o["id"]] != expected["outcomes"].get(oid)}
    assert outcomes == expected["outcomes"], f"differs from {expected_file.name}: {failing}"
    assert code == expected["exit_code"]
    if sample.name.startswith("broken-"):
        assert "fail" in outcomes.values()


def test_the_reproduction_script_shows_the_same_file_change(tmp_path: Path):
    _, document = _grade(STEP1 / "broken-save-before-validate.py")
    feedback = _outcome(document, "error-bad-date")["feedback"]
    assert "--due 2026-02-30" in feedback["got"]
    assert "tasks.json before:" in feedback["got"] and "tasks.json after:" in feedback["got"]
    subprocess.run(["bash", "-c", feedback["reproduce"]], capture_output=True, cwd=tmp_path, timeout=60,
                   env={**os.environ, "TMPDIR": str(tmp_path)})
    [replayed] = tmp_path.glob("*/tasks.json")
    shown = json.loads(replayed.read_text())
    assert [t["due"] for t in shown["tasks"]] == ["2026-12-01", "2026-02-30"]


@pytest.mark.parametrize("sample, got", [
    ("broken-rewrites-on-error.py", "the file changed"),
    ("broken-touches-on-error.py", "the same bytes, but its modification time changed"),
])
def test_a_file_saved_again_on_an_error_is_seen_even_with_the_same_bytes(sample: str, got: str, tmp_path: Path):
    _, document = _grade(STEP1 / sample)
    feedback = _outcome(document, "error-unknown-id")["feedback"]
    assert got in feedback["got"].splitlines()[0]
    assert "touch -t 200101010000 tasks.json" in feedback["reproduce"]
    replay = subprocess.run(["bash", "-c", feedback["reproduce"]], capture_output=True, text=True, cwd=tmp_path,
                            timeout=60, env={**os.environ, "TMPDIR": str(tmp_path), "TZ": "UTC"})
    assert " 2001 " not in replay.stdout, "the replayed file should show it was written again"


def test_a_corrupt_file_overwritten_is_shown_before_and_after():
    _, document = _grade(STEP1 / "broken-overwrite-corrupt.py")
    got = _outcome(document, "corrupt-file")["feedback"]["got"]
    assert 'tasks.json before: [{"id": 1, "title": "Half-writ' in got
    assert "the file changed" in got


def test_a_reused_id_is_named_in_the_feedback():
    _, document = _grade(STEP1 / "broken-reuse-ids.py")
    feedback = _outcome(document, "ids-not-reused")["feedback"]
    assert "it got 3, used before" in feedback["got"]


def test_a_change_missing_from_the_file_fails_even_when_the_output_looks_right():
    _, document = _grade(STEP1 / "broken-done-not-saved.py")
    assert _outcome(document, "done")["feedback"]["got"].startswith("it is still pending")


def test_a_command_run_from_the_learners_folder_is_graded(tmp_path: Path):
    result = run_grade("step-1", "--cmd", "python3 -m tasks", "--format", "json", cwd=STEP1)
    document = json.loads(result.stdout)
    assert result.returncode == 0, [o["feedback"] for o in document["outcomes"] if o["status"] != "pass"]


def test_problems_are_graded_after_the_task_manager_when_both_are_given():
    problems = SAMPLES / "step-01-problems" / "algorithms.py"
    code, document = _grade(STEP1 / "tasks.py", "--problems", problems)
    ids = [o["id"] for o in document["outcomes"]]
    assert code == 0 and ids[0] == "step-1/add" and "step-1/two-sum" in ids


def test_running_without_the_sandbox_says_so():
    code, document = _grade(STEP1 / "tasks.py", "--sandbox", "none")
    assert code == 0 and any("WITHOUT the sandbox" in notice for notice in document["notices"])


@pytest.mark.parametrize("args, message", [
    ((), "give your task manager as a file"),
    (("tasks.rb",), "no such file"),
    ((str(STEP1 / "tasks.expected.toml"),), "only .py and .js files"),
])
def test_an_unusable_submission_is_one_line_and_exit_2(args: tuple[str, ...], message: str):
    result = run_grade("step-1", *args)
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("content, ids, done", [
    (b'[{"id": 1, "title": "a", "due": null, "priority": "low", "done": true}]', ["1"], [True]),
    (b'{"tasks": [{"id": "t1", "title": "a", "due": "2026-12-01", "priority": "high", "status": "pending"}]}',
     ["t1"], [False]),
    (b'{"tasks": [{"id": 7, "title": "a", "priority": "medium", "completed": true}], "next": 8}', ["7"], [True]),
    (None, [], []),
])
def test_every_layout_the_contract_allows_is_read(content: bytes | None, ids: list[str], done: list[bool]):
    tasks: list[Task] = read_tasks(content)
    assert [t.id for t in tasks] == ids and [t.done for t in tasks] == done


@pytest.mark.parametrize("content, problem", [
    (b'{"tasks": [', "not valid JSON"),
    (b'{"items": []}', "neither a JSON array"),
    (b'[{"id": 1, "title": "a", "priority": "low", "done": false}, '
     b'{"id": 1, "title": "b", "priority": "low", "done": false}]', "share the id 1"),
    (b'[{"id": 1, "title": "a", "priority": "urgent", "done": false}]', "low, medium or high"),
    (b'[{"id": 1, "title": "a", "priority": "low"}]', "says neither"),
])
def test_a_file_outside_the_contract_is_named_precisely(content: bytes, problem: str):
    with pytest.raises(FileProblem, match=problem):
        read_tasks(content)


def test_a_manager_that_swaps_its_file_for_a_link_touches_nothing_outside_its_folder(tmp_path: Path):
    outside = tmp_path / "host-config.json"
    outside.write_text(json.dumps([{"id": 1, "title": "Existing task", "due": "2026-12-01", "priority": "medium",
                                    "done": False}]))
    os.utime(outside, ns=(10**18, 10**18))
    before = (outside.read_bytes(), outside.stat().st_mtime_ns)
    program = tmp_path / "linker.py"
    program.write_text(
        "import os, sys\n"
        "name = os.environ.get('TASKS_FILE', 'tasks.json')\n"
        "if os.path.lexists(name):\n"
        "    os.remove(name)\n"
        f"os.symlink({str(outside)!r}, name)\n"
        "if sys.argv[1:2] == ['add'] and sys.argv[2:3] == ['Existing task']:\n"
        "    sys.exit(print('Added task 1'))\n"
        "sys.exit('tasks: refused')\n")
    done = run_grade("step-1", program, "--sandbox", "none", "--format", "json")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert (outside.read_bytes(), outside.stat().st_mtime_ns) == before
