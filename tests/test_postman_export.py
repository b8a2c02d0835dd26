"""`grade export step-N --postman FILE`: a valid Postman v2.1 collection of the step's probes that newman runs, passing
on the reference server and failing, under the right outcome names, on broken ones."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import ROOT, SAMPLES, run_grade

sys.path.insert(0, str(SAMPLES))

from bookstore_servers import DEFAULT_ENV, catalog, running_bookstore  # noqa: E402

NEWMAN = ROOT / "node_modules" / ".bin" / "newman"
SCHEMA = ROOT / "tests" / "data" / "postman_collection_v2.1.subset.schema.json"
BROKEN = [(3, "create-returns-200"), (3, "malformed-json-500"), (4, "alg-none-accepted"),
          (4, "signature-not-verified")]
CREDENTIALS = {"adminEmail": DEFAULT_ENV["ADMIN_EMAIL"], "adminPassword": DEFAULT_ENV["ADMIN_PASSWORD"],
               "jwtSecret": DEFAULT_ENV["JWT_SECRET"]}


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> dict[int, Path]:
    """Both collections, written by the real `grade export` command."""
    folder = tmp_path_factory.mktemp("postman")
    paths = {}
    for step in (3, 4):
        paths[step] = folder / f"step-{step}.postman_collection.json"
        done = run_grade("export", f"step-{step}", "--postman", paths[step])
        assert done.returncode == 0, done.stderr
        assert str(paths[step]) in done.stdout
    return paths


def _newman(collection: Path, base_url: str, report: Path) -> tuple[int, set[str], list[str]]:
    """Run newman: its exit code, the outcome names of the failed assertions, and failures that are not assertions."""
    if not NEWMAN.exists():
        pytest.fail(f"newman is not installed at {NEWMAN}: run `npm ci` in {ROOT} first (package-lock.json pins it)")
    variables = [arg for key, value in {"baseUrl": base_url, **CREDENTIALS}.items()
                 for arg in ("--env-var", f"{key}={value}")]
    done = subprocess.run([str(NEWMAN), "run", str(collection), *variables, "--reporters", "json",
                           "--reporter-json-export", str(report)], capture_output=True, text=True, timeout=300)
    failures = json.loads(report.read_text())["run"]["failures"]
    outcomes = {failure["error"]["test"].split(":", 1)[0] for failure in failures if failure["error"].get("test")}
    others = [failure["error"]["message"] for failure in failures if not failure["error"].get("test")]
    return done.returncode, outcomes, others


@pytest.mark.parametrize("step", [3, 4])
def test_the_collection_is_postman_v21_with_a_folder_per_probe_in_order(exported, step):
    collection = json.loads(exported[step].read_text())
    jsonschema.Draft7Validator(json.loads(SCHEMA.read_text())).validate(collection)
    probes = import_module(f"checkers.bookstore.step{step}").PROBES
    folders = collection["item"]
    assert [folder["name"] for folder in folders] == [probe.slug for probe in probes]
    assert all(folder["item"] and all("request" in item for item in folder["item"]) for folder in folders)
    names = {variable["key"] for variable in collection["variable"]}
    assert {"baseUrl", "adminEmail", "adminPassword"} <= names
    assert step == 3 or "jwtSecret" in names
    ids = [item["id"] for folder in folders for item in folder["item"]]
    assert len(ids) == len(set(ids)), "setNextRequest loops need unique request ids"


def test_the_export_is_the_same_on_every_run(exported, tmp_path):
    again = tmp_path / "again.json"
    assert run_grade("export", "step-4", "--postman", again).returncode == 0
    assert again.read_text() == exported[4].read_text()


def test_a_step_without_an_api_has_no_export(tmp_path):
    done = run_grade("export", "step-2", "--postman", tmp_path / "x.json")
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0 and "no Postman export" in done.stderr
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize("step", [3, 4])
def test_newman_passes_every_check_on_the_reference_server(exported, tmp_path, step):
    with running_bookstore("reference") as base_url:
        code, failed, others = _newman(exported[step], base_url, tmp_path / "report.json")
    assert (code, failed, others) == (0, set(), [])


@pytest.mark.parametrize(("step", "name"), BROKEN)
def test_newman_fails_a_broken_server_on_exactly_its_outcomes(exported, tmp_path, step, name):
    with running_bookstore(name) as base_url:
        code, failed, others = _newman(exported[step], base_url, tmp_path / "report.json")
    assert code != 0
    assert (failed, others) == (set(catalog()[name].fails), [])
