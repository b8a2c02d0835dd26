"""What a learner sees from `grade step-2`: the terminal report (colour only on a terminal), --output, exit codes."""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys

from tests.conftest import SAMPLES, run_grade

REFERENCE = SAMPLES / "step-02" / "correct-duckdb.sql"


def _one_wrong(tmp_path):
    text = REFERENCE.read_text() + "\n-- q02\nSELECT 1;\n"
    path = tmp_path / "queries.sql"
    path.write_text(text)
    return path


def test_the_reference_answers_pass_with_exit_0_and_a_full_score():
    result = run_grade("step-2", REFERENCE)
    assert result.returncode == 0, result.stdout
    assert result.stdout.count("✓") == 20 and "Score: 100/100 (20 passed) - all passed" in result.stdout
    assert "\x1b[" not in result.stdout


def test_a_wrong_answer_exits_1_and_is_explained_with_a_way_to_reproduce_it(tmp_path):
    result = run_grade("step-2", _one_wrong(tmp_path))
    assert result.returncode == 1
    assert "✗ q02" in result.stdout and "Score: 95/100 (19 passed, 1 failed)" in result.stdout
    details = result.stdout[result.stdout.index("What to fix"):]
    assert "Expected: 16 rows x 6 columns" in details and "Got: expected 6 columns, got 1" in details
    assert f"Reproduce: grade step-2 {tmp_path / 'queries.sql'} --only q02" in details
    assert "public.duckdb" in details


def test_output_writes_the_report_to_a_file_and_nothing_to_the_terminal(tmp_path):
    target = tmp_path / "result.json"
    result = run_grade("step-2", _one_wrong(tmp_path), "--format", "json", "--output", target)
    assert result.returncode == 1 and result.stdout == ""
    document = json.loads(target.read_text())
    assert document["score"] == 95 and document["counts"]["fail"] == 1


def test_only_grades_the_named_questions():
    result = run_grade("step-2", REFERENCE, "--only", "q03", "--only", "7,q12", "--format", "json")
    document = json.loads(result.stdout)
    assert [o["id"] for o in document["outcomes"]] == ["step-2/q03", "step-2/q07", "step-2/q12"]
    assert document["max_score"] == 15


def test_colour_is_used_on_a_terminal(tmp_path):
    command = shutil.which("grade") or sys.executable
    args = [command] if shutil.which("grade") else [command, "-m", "grader"]
    main, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    process = subprocess.Popen([*args, "step-2", str(REFERENCE), "--only", "q01"], stdout=secondary,
                               stderr=secondary, env=env)
    os.close(secondary)
    chunks = []
    while True:
        try:
            chunk = os.read(main, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    process.wait(timeout=120)
    output = b"".join(chunks).decode()
    assert "\x1b[32m" in output and "q01" in output
