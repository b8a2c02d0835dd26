"""`grade classroom-workflow`: a valid GitHub workflow whose grading script passes, fails and reports as it should.

The workflow is checked against the GitHub workflow schema check-jsonschema ships, and its grading `run:` script is
executed with bash the way GitHub runs `shell: bash` (`bash --noprofile --norc -eo pipefail`) in a temp learner repo.
"""

from __future__ import annotations

import json
import os
import subprocess
import xml.etree.ElementTree as ElementTree
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from ruamel.yaml import YAML

from grader import __version__
from grader.classroom_workflow import classroom_workflow_command
from grader.outcome import CannotGrade
from tests.conftest import SAMPLES
from tests.support.overlay import compose

STEP2 = SAMPLES / "step-02"


def write(folder: Path, *args: str) -> tuple[Path, object]:
    """Run `grade classroom-workflow ARGS` in folder; the workflow's path and click's result."""
    target = folder / ".github" / "workflows" / "grade.yml"
    result = CliRunner().invoke(classroom_workflow_command, [*args[:1], "-o", str(target), *args[1:]])
    return target, result


def load(path: Path) -> dict:
    """The workflow as GitHub reads it (YAML 1.2, so `on` stays a string)."""
    return YAML(typ="safe").load(path.read_text())


def step_named(workflow: dict, prefix: str) -> dict:
    return next(s for s in workflow["jobs"]["grade"]["steps"] if s.get("name", "").startswith(prefix))


VARIANTS = [
    ["step-2"],
    ["step-2", "--path", "sql/my answers.sql", "--", "--dialect", "mysql"],
    ["step-1", "--", "--cmd", "node tasks.js"],
    ["step-3", "--", "--cmd", "python app.py", "--ready-timeout", "40"],
    ["step-4", "--", "--build", "."],
    ["step-10", "--install", "pip install git+https://example.org/roadmap-grader.git"],
]


@pytest.mark.parametrize("args", VARIANTS, ids=lambda args: " ".join(args))
def test_workflow_matches_githubs_schema(tmp_path, args):
    target, result = write(tmp_path, *args)
    assert result.exit_code == 0, result.output
    schema = json.loads((files("check_jsonschema") / "builtin_schemas" / "vendor" / "github-workflows.json")
                        .read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(load(target))


def test_workflow_runs_on_push_and_pull_request_and_keeps_results(tmp_path):
    target, _ = write(tmp_path, "step-2")
    workflow = load(target)
    assert set(workflow["on"]) == {"push", "pull_request"}
    steps = workflow["jobs"]["grade"]["steps"]
    assert [s["uses"].split("@")[0] for s in steps if "uses" in s] == [
        "actions/checkout", "actions/setup-python", "actions/upload-artifact"]
    assert all(s["uses"].split("@")[1].startswith("v") for s in steps if "uses" in s)
    assert step_named(workflow, "Set up Python")["with"]["python-version"] == "3.11"
    assert step_named(workflow, "Install")["run"].strip() == f"pip install roadmap-grader=={__version__}"
    upload = step_named(workflow, "Upload")
    assert upload["if"] == "always()" and upload["with"]["path"] == "grade-results.xml"


def test_server_steps_install_the_learners_dependencies(tmp_path):
    target, _ = write(tmp_path, "step-3", "--install", "pip install ./grader", "--", "--cmd", "python app.py")
    install = step_named(load(target), "Install")["run"]
    assert install.startswith("pip install ./grader\n") and "pip install -r requirements.txt" in install
    assert "grade step-3 --cmd 'python app.py' --format junit" in step_named(load(target), "Grade")["run"]


@pytest.mark.parametrize(("args", "says"), [
    (["step-5"], "step-5 is not graded yet"),
    (["step-3"], "say how to start it"),
    (["step-3", "--path", "app.py", "--", "--cmd", "python app.py"], "leave --path out"),
    (["step-2", "--", "--dialec", "mysql"], "Did you mean '--dialect'?"),
])
def test_workflows_that_could_never_grade_are_refused(tmp_path, args, says):
    target, result = write(tmp_path, *args)
    assert isinstance(result.exception, CannotGrade)
    assert says in str(result.exception)
    assert not target.exists()


def test_an_existing_workflow_is_kept_unless_forced(tmp_path):
    target = tmp_path / ".github" / "workflows" / "grade.yml"
    target.parent.mkdir(parents=True)
    target.write_text("mine\n")
    _, refused = write(tmp_path, "step-2")
    assert isinstance(refused.exception, CannotGrade) and "--force" in str(refused.exception)
    assert target.read_text() == "mine\n"
    _, forced = write(tmp_path, "step-2", "--force")
    assert forced.exit_code == 0 and "grade step-2 queries.sql" in target.read_text()


def run_grading_step(tmp_path: Path, answers: str) -> tuple[subprocess.CompletedProcess, Path, str]:
    """The workflow's grading script run in a learner repo holding queries.sql; the run, its repo and its summary."""
    repo = tmp_path / "learner"
    target, _ = write(repo, "step-2")
    (repo / "queries.sql").write_text(answers)
    script = tmp_path / "grade-step.sh"
    script.write_text(step_named(load(target), "Grade")["run"])
    summary = tmp_path / "summary.md"
    completed = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)], cwd=repo,
                               capture_output=True, text=True, env={**os.environ, "GITHUB_STEP_SUMMARY": str(summary)},
                               timeout=300)
    return completed, repo, summary.read_text()


def _junit_failures(path: Path) -> set[str]:
    cases = ElementTree.parse(path).getroot().iter("testcase")
    return {case.get("name").split()[0] for case in cases if case.find("failure") is not None}


def test_grading_script_passes_a_correct_repo(tmp_path):
    completed, repo, summary = run_grading_step(tmp_path, (STEP2 / "correct-postgres.sql").read_text())
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert len(list(ElementTree.parse(repo / "grade-results.xml").getroot().iter("testcase"))) == 20
    assert _junit_failures(repo / "grade-results.xml") == set()
    assert summary.startswith("## step-2: ") and "Score: 100/100" in summary


def test_grading_script_fails_a_wrong_repo(tmp_path):
    completed, repo, summary = run_grading_step(tmp_path, compose(STEP2 / "broken-count-star.sql"))
    assert completed.returncode == 1, completed.stdout + completed.stderr
    assert {name.rsplit("/", 1)[-1] for name in _junit_failures(repo / "grade-results.xml")} == {"q07", "q11"}
    assert "✗ q07" in summary and "✗ q11" in summary
