"""Every step-2 sample submission, graded through the `grade` command, gets exactly the result stored beside it.

A sample `NAME.sql` with `NAME.expected.toml` is graded as answers; a `design-*.sql` with `--schema`. A broken sample
that names a `-- base:` file holds only its wrong answers; it is graded as the whole file tests/support/overlay.py
composes from it, which is what a learner would have handed in.
Set GRADER_RECORD=1 to re-record the expected files after a deliberate change (then review the diff).
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

import jsonschema
import pytest

from grader.steps import schema
from tests.conftest import SAMPLES, run_grade
from tests.support.overlay import compose

STEP2 = SAMPLES / "step-02"
CASES = sorted(p for p in STEP2.glob("*.sql") if p.with_suffix(".expected.toml").exists())


def _grade(sample: Path, args: list[str], folder: Path) -> tuple[int, dict]:
    if sample.name.startswith("design-"):
        target = ["--schema", sample]
    else:
        target = [folder / sample.name]
        target[0].write_text(compose(sample))
    result = run_grade("step-2", *target, *args, "--format", "json")
    assert "Traceback" not in result.stderr
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def _record(path: Path, expected: dict, code: int, outcomes: dict[str, str]) -> None:
    header = [line for line in path.read_text().splitlines() if line.startswith("#")] if path.exists() else []
    lines = [*header, f"exit_code = {code}", f"args = {json.dumps(expected.get('args', []))}", "", "[outcomes]"]
    lines += [f'"{oid}" = "{status}"' for oid, status in outcomes.items()]
    path.write_text("\n".join(lines) + "\n")


@pytest.mark.parametrize("sample", CASES, ids=[p.stem for p in CASES])
def test_sample_gets_its_recorded_result(sample: Path, tmp_path: Path):
    expected_file = sample.with_suffix(".expected.toml")
    expected = tomllib.loads(expected_file.read_text())
    code, document = _grade(sample, expected.get("args", []), tmp_path)
    jsonschema.validate(document, schema("result.schema.json"))
    outcomes = {o["id"]: o["status"] for o in document["outcomes"]}
    if os.environ.get("GRADER_RECORD"):
        _record(expected_file, expected, code, outcomes)
        return
    failing = {oid: o["feedback"] for o in document["outcomes"] if (oid := o["id"]) in outcomes
               and outcomes[oid] != expected["outcomes"].get(oid)}
    assert outcomes == expected["outcomes"], f"differs from {expected_file.name}: {failing}"
    assert code == expected["exit_code"]
    assert document["passed"] is (code == 0)
