"""`grade gradescope-package`: the zip it writes installs with its own setup.sh and grades like Gradescope would run it.

The module fixture unpacks the zip into tmp/autograder/source, runs setup.sh for real into a fresh venv (made with
--system-site-packages, so the grader's dependencies are there offline), and then each test puts a submission in
tmp/autograder/submission and runs run_autograder from /autograder as Gradescope does.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import tomllib
import venv
import zipfile
from importlib.resources import files
from pathlib import Path
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from grader.gradescope_package import gradescope_package_command, requirements
from grader.outcome import CannotGrade
from tests.conftest import SAMPLES
from tests.support.overlay import compose

STEP2 = SAMPLES / "step-02"
STATUS = {"pass": "passed", "fail": "failed"}


def build(tmp: Path, *args: str) -> tuple[Path, object]:
    """Run the command like `grade gradescope-package ARGS -o tmp/autograder.zip`; the zip path and click's result."""
    target = tmp / "autograder.zip"
    result = CliRunner().invoke(gradescope_package_command, [*args[:1], "-o", str(target), *args[1:]])
    return target, result


def unpack(archive: Path, folder: Path) -> None:
    """Extract like Gradescope's unzip: file modes (the executable bits) come from the zip."""
    with zipfile.ZipFile(archive) as opened:
        for entry in opened.infolist():
            opened.extract(entry, folder)
            os.chmod(folder / entry.filename, (entry.external_attr >> 16) & 0o777)


def test_zip_holds_the_entry_points_and_the_installed_grader(tmp_path):
    archive, result = build(tmp_path, "step-2")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(archive) as opened:
        modes = {e.filename: (e.external_attr >> 16) & 0o777 for e in opened.infolist()}
        pyproject = tomllib.loads(opened.read("grader-src/pyproject.toml").decode())
        config = json.loads(opened.read("autograder.json"))
    assert modes["setup.sh"] == modes["run_autograder"] == 0o755
    assert not any("__pycache__" in name or name.endswith(".pyc") for name in modes)
    for shipped in ("grader/cli.py", "checkers/sql/questions.schema.json", "exercises/step-02/questions.toml"):
        assert f"grader-src/{shipped}" in modes
    assert pyproject["project"]["dependencies"] == requirements()
    assert "click>=8.1" in requirements() and not any("pytest" in r for r in requirements())
    assert config == {"step": "step-2", "extra": [], "names": ["queries.sql"], "patterns": ["*.sql"],
                      "file": True, "server": False}


def test_the_same_grader_gives_the_same_zip(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first, _ = build(tmp_path / "a", "step-2")
    second, _ = build(tmp_path / "b", "step-2")
    assert first.read_bytes() == second.read_bytes()


def test_extra_options_reach_the_config(tmp_path):
    archive, result = build(tmp_path, "step-3", "--pip", "flask", "--", "--cmd", "python app.py")
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(archive) as opened:
        config = json.loads(opened.read("autograder.json"))
        setup = opened.read("setup.sh").decode()
    assert config["extra"] == ["--cmd", "python app.py"] and config["server"] and not config["file"]
    assert '"$SOURCE/grader-src" flask' in setup


@pytest.mark.parametrize(("args", "says"), [
    (["step-5"], "step-5 is not graded yet"),
    (["step-3"], "--cmd 'python app.py'"),
    (["step-3", "--", "--build", "."], "Gradescope has no Docker"),
    (["step-2", "--", "--dialec", "mysql"], "Did you mean '--dialect'?"),
    (["step-2", "--", "--format", "json"], "No such option '--format'"),
])
def test_packages_that_could_never_grade_are_refused(tmp_path, args, says):
    archive, result = build(tmp_path, *args)
    assert isinstance(result.exception, CannotGrade)
    assert says in str(result.exception)
    assert not archive.exists()


def _autograde_module():
    spec = importlib.util.spec_from_file_location(
        "autograde", str(files("grader") / "templates" / "gradescope" / "autograde.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STEP2_CONFIG = {"step": "step-2", "names": ["queries.sql"], "patterns": ["*.sql"], "file": True, "server": False}
STEP10_CONFIG = {"step": "step-10", "names": ["solutions.py", "solutions.js"], "patterns": ["*.py", "*.js"],
                 "file": True, "server": False}
SERVER_CONFIG = {"step": "step-3", "names": [], "patterns": [], "file": False, "server": True}


@pytest.mark.parametrize(("config", "submitted", "chosen_or_message"), [
    (STEP2_CONFIG, ["answers.sql"], "answers.sql"),
    (STEP2_CONFIG, ["queries.sql", "schema.sql", "README.md"], "queries.sql"),
    (STEP2_CONFIG, ["repo/sql/queries.sql", ".git/x.sql"], "repo/sql/queries.sql"),
    (STEP2_CONFIG, [], "your submission has no files at all"),
    (STEP2_CONFIG, ["notes.txt"], "step-2 grades queries.sql (or a single *.sql file), and your submission has "
                                  "notes.txt"),
    (STEP2_CONFIG, ["a.sql", "b.sql"], "Several files could be your step-2 submission: a.sql, b.sql"),
    (STEP2_CONFIG, ["one/queries.sql", "two/queries.sql"], "one/queries.sql, two/queries.sql"),
    (STEP10_CONFIG, ["solutions.js", "helper.py"], "solutions.js"),
    (STEP10_CONFIG, ["solutions.js", "solutions.py"], "Several files"),
    (SERVER_CONFIG, ["app.py"], None),
    (SERVER_CONFIG, [], "Your submission is empty"),
])
def test_finding_the_learners_file(tmp_path, config, submitted, chosen_or_message):
    autograde = _autograde_module()
    for name in submitted:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("-- x\n")
    if chosen_or_message is None or chosen_or_message in submitted:
        chosen = autograde.find_submission(tmp_path, config)
        assert chosen == (tmp_path / chosen_or_message if chosen_or_message else None)
    else:
        with pytest.raises(autograde.NoSubmission) as problem:
            autograde.find_submission(tmp_path, config)
        assert chosen_or_message in str(problem.value)


@pytest.fixture(scope="module")
def gradescope(tmp_path_factory):
    """An /autograder folder whose source is the step-2 zip, set up by its own setup.sh into a fresh venv."""
    base = tmp_path_factory.mktemp("gradescope")
    root = base / "autograder"
    archive, result = build(base, "step-2")
    assert result.exit_code == 0, result.output
    unpack(archive, root / "source")
    environment = base / "venv"
    venv.create(environment, system_site_packages=True, with_pip=True, symlinks=True)
    env = {**os.environ, "AUTOGRADER_ROOT": str(root), "PATH": f"{environment / 'bin'}{os.pathsep}{os.environ['PATH']}"}
    env.pop("PYTHONPATH", None)
    setup = subprocess.run(["bash", str(root / "source" / "setup.sh")], capture_output=True, text=True, env=env,
                           cwd=root, timeout=600)
    assert setup.returncode == 0, setup.stdout + setup.stderr
    return SimpleNamespace(root=root, venv=environment, env=env)


def run_autograder(gradescope: SimpleNamespace, submission: dict[str, str] | Path,
                   env: dict | None = None) -> tuple[dict, str]:
    """Gradescope's run: a fresh submission (files, or a folder's copy) and results folder, run from /autograder."""
    root = gradescope.root
    for folder in ("submission", "results"):
        shutil.rmtree(root / folder, ignore_errors=True)
    (root / "results").mkdir()
    if isinstance(submission, Path):
        shutil.copytree(submission, root / "submission")
    else:
        (root / "submission").mkdir()
        for name, text in submission.items():
            (root / "submission" / name).write_text(text)
    shutil.copy2(root / "source" / "run_autograder", root / "run_autograder")
    completed = subprocess.run([str(root / "run_autograder")], capture_output=True, text=True, cwd=root,
                               env={**gradescope.env, **(env or {})}, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return json.loads((root / "results" / "results.json").read_text()), completed.stdout


def test_setup_installs_the_bundled_grader_into_the_python_on_path(gradescope):
    recorded = (gradescope.root / "source" / "grader-python").read_text().strip()
    assert recorded == str(gradescope.venv / "bin" / "python3")
    where = subprocess.run([recorded, "-c", "import grader, checkers; print(grader.__file__, checkers.__file__)"],
                           capture_output=True, text=True, cwd=gradescope.root, env=gradescope.env)
    assert all(path.startswith(str(gradescope.venv)) for path in where.stdout.split()), where.stdout


def _by_outcome(results: dict, expected: dict[str, str]) -> dict[str, str]:
    """Each expected outcome id's Gradescope status, from the test whose name holds the id."""
    return {oid: next(t["status"] for t in results["tests"] if oid in t["name"]) for oid in expected}


def test_correct_answers_get_full_score(gradescope):
    results, stdout = run_autograder(gradescope, {"queries.sql": (STEP2 / "correct-postgres.sql").read_text()})
    assert str(gradescope.venv / "bin" / "python3") in stdout
    assert len(results["tests"]) == 20
    assert all(t["status"] == "passed" and t["score"] == t["max_score"] for t in results["tests"])
    assert results["score"] == sum(t["max_score"] for t in results["tests"]) > 0


def test_wrong_answers_fail_exactly_their_tests(gradescope):
    sample = STEP2 / "broken-count-star.sql"
    expected = tomllib.loads(sample.with_suffix(".expected.toml").read_text())["outcomes"]
    results, _ = run_autograder(gradescope, {"my-answers.sql": compose(sample)})
    assert _by_outcome(results, expected) == {oid: STATUS[status] for oid, status in expected.items()}
    assert results["score"] == sum(t["score"] for t in results["tests"]) < sum(t["max_score"] for t in results["tests"])


def test_an_empty_submission_gets_a_message_and_zero(gradescope):
    results, _ = run_autograder(gradescope, {})
    assert results["score"] == 0 and results["tests"] == []
    assert "No file to grade: step-2 grades queries.sql" in results["output"]


def test_a_file_the_grader_refuses_is_explained(gradescope):
    results, _ = run_autograder(gradescope, {"queries.sql": ""})
    assert results["score"] == 0
    assert results["output"].startswith("The grader could not grade your submission:\n\ngrade: ")


def test_a_grader_crash_still_leaves_results(gradescope, tmp_path):
    broken = tmp_path / "grader"
    broken.mkdir()
    (broken / "__init__.py").write_text("")
    (broken / "__main__.py").write_text("raise RuntimeError('the grader broke')\n")
    results, _ = run_autograder(gradescope, {"queries.sql": "SELECT 1;\n"}, env={"PYTHONPATH": str(tmp_path)})
    assert results["score"] == 0
    assert "stopped with an error (exit code 1)" in results["output"] and "the grader broke" in results["output"]


def test_a_python_that_does_not_start_still_leaves_results(tmp_path):
    archive, _ = build(tmp_path, "step-2")
    root = tmp_path / "autograder"
    unpack(archive, root / "source")
    (root / "source" / "grader-python").write_text(str(tmp_path / "no-such-python"))
    completed = subprocess.run([str(root / "source" / "run_autograder")], capture_output=True, text=True,
                               env={**os.environ, "AUTOGRADER_ROOT": str(root)}, timeout=60)
    results = json.loads((root / "results" / "results.json").read_text())
    assert completed.returncode == 0
    assert results["score"] == 0 and "could not start" in results["output"]


def test_a_server_step_starts_the_learners_server_from_the_submission(gradescope, tmp_path):
    archive, result = build(tmp_path, "step-3", "--", "--cmd", "python app.py")
    assert result.exit_code == 0, result.output
    root = tmp_path / "autograder"
    unpack(archive, root / "source")
    (root / "source" / "grader-python").write_text(str(gradescope.venv / "bin" / "python3"))
    server = SimpleNamespace(root=root, venv=gradescope.venv, env={**gradescope.env, "AUTOGRADER_ROOT": str(root)})
    results, stdout = run_autograder(server, SAMPLES / "step-04" / "reference")
    assert f"--cwd {root / 'submission'}" in stdout
    assert results["tests"] and all(t["status"] == "passed" for t in results["tests"])
