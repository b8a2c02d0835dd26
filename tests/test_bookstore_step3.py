"""`grade step-3` on the sample bookstores: correct servers pass, each broken one fails exactly its outcomes."""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor

import pytest

from checkers.bookstore.probe import Credentials, ProbeContext
from checkers.bookstore.step3 import PROBES
from checkers.bookstore.step3_books import unknown_id
from checkers.bookstore.step3_errors import is_json_type, readable_message
from tests.conftest import ROOT, SAMPLES, run_grade

sys.path.insert(0, str(SAMPLES))

from bookstore_servers import CATALOG, DEFAULT_ENV, SERVE, catalog, outcome_names, running_bookstore  # noqa: E402

SERVERS = catalog()
STEP3 = [name for name, server in SERVERS.items() if 3 in server.steps]
STEP4_ONLY = [name for name, server in SERVERS.items() if server.steps == (4,)]
CORRECT = [name for name in STEP3 if SERVERS[name].kind == "correct"]
BROKEN = [name for name in STEP3 if SERVERS[name].kind == "broken"]
# Speed only: bcrypt's cheapest cost, and the servers' SQLite files in memory where the machine has a tmpfs.
FAST = {"BCRYPT_ROUNDS": "4", **({"TMPDIR": "/dev/shm"} if os.access("/dev/shm", os.W_OK) else {})}
OPENAPI = ROOT / "exercises" / "step-03" / "openapi.json"


def _grade_by_command(name: str) -> tuple[int, dict]:
    command = shlex.join([sys.executable, str(SERVE), name])
    done = run_grade("step-3", "--cmd", command, "--format", "json", env=FAST, timeout=120)
    return done.returncode, json.loads(done.stdout) if done.stdout.strip() else {"stderr": done.stderr}


@pytest.fixture(scope="module")
def graded() -> dict[str, tuple[int, dict]]:
    """Every server that must meet step 3 (or fail parts of it), graded once by the real command, four at a time."""
    names = [*STEP3, *STEP4_ONLY]
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(names, pool.map(_grade_by_command, names), strict=True))


def _statuses(report: dict) -> dict[str, str]:
    return {outcome["id"].removeprefix("step-3/"): outcome["status"] for outcome in report.get("outcomes", [])}


def test_the_probes_are_the_outcomes_of_the_catalog_in_its_order():
    assert [probe.slug for probe in PROBES] + ["no-5xx"] == list(outcome_names(3))
    assert all(2 <= probe.points <= 3 and probe.check.__doc__ for probe in PROBES)


def _catalogued(name: str, key: str) -> set[str]:
    return set(tomllib.loads(CATALOG.read_text())["servers"][name].get(key, ()))


def _bonus_routes_missing(name: str) -> set[str]:
    """The bonus outcomes a correct server is catalogued to skip (it has no such route)."""
    return _catalogued(name, "skips")


@pytest.mark.parametrize("name", CORRECT + STEP4_ONLY)
def test_a_correct_or_step4_server_meets_every_step3_outcome(graded, name):
    """A step-4 variant passes step 3, but for the few whose one bug step 3 meets too (its `step3_fails`)."""
    code, report = graded[name]
    skips, fails = _bonus_routes_missing(name), _catalogued(name, "step3_fails")
    expected = {slug: "skipped" if slug in skips else "fail" if slug in fails else "pass" for slug in outcome_names(3)}
    assert _statuses(report) == expected, report
    assert code == (1 if fails else 0)


def test_a_server_without_the_bonus_patch_is_skipped_there_and_told_why(graded):
    without = [name for name in CORRECT if "crud-patch" in _bonus_routes_missing(name)]
    assert without
    for name in without:
        outcome = next(o for o in graded[name][1]["outcomes"] if o["id"] == "step-3/crud-patch")
        assert outcome["status"] == "skipped" and "PATCH" in outcome["feedback"]["got"], outcome


def test_errors_in_the_styles_the_contract_allows_count_as_messages():
    fastapi = {"detail": [{"loc": ["body", "price"], "msg": "Input should be a valid number", "type": "float_type"}]}
    problem = {"type": "about:blank", "title": "Not Found", "status": 404}
    assert readable_message(fastapi, "application/json")
    assert readable_message(problem, "application/problem+json; charset=utf-8")
    assert readable_message({"error": {"code": 404, "message": "no such book"}}, "application/json")
    assert not readable_message(problem, "application/json")
    assert not readable_message({"detail": []}, "application/json")
    assert not readable_message({"error": "  "}, "application/json")
    assert is_json_type("application/json; charset=utf-8") and is_json_type("application/problem+json")
    assert not is_json_type("text/json") and not is_json_type("text/html; charset=utf-8")


def test_show_says_which_styles_of_a_correct_server_are_accepted():
    shown = run_grade("show", "step-3").stdout
    for style in ("problem+json", "422", "charset", "PATCH", "UUID"):
        assert style in shown, style


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_variant_fails_exactly_its_outcomes(graded, name):
    code, report = graded[name]
    fails = set(SERVERS[name].fails)
    assert _statuses(report) == {slug: "fail" if slug in fails else "pass" for slug in outcome_names(3)}, report
    assert code == 1


@pytest.mark.parametrize("name", BROKEN)
def test_a_failure_says_what_was_sent_expected_and_got_with_a_hint(graded, name):
    _, report = graded[name]
    for outcome in report["outcomes"]:
        if outcome["status"] == "fail":
            feedback = outcome["feedback"]
            assert all(feedback[part] for part in ("did", "expected", "got", "hint", "reproduce")), outcome
            assert feedback["reproduce"].startswith("curl -i "), outcome


@pytest.fixture(scope="module")
def reference_with_accounts():
    with running_bookstore("reference", env=FAST) as base_url:
        yield base_url


def test_a_url_is_graded_like_a_command(reference_with_accounts):
    done = run_grade("step-3", reference_with_accounts, "--admin-email", DEFAULT_ENV["ADMIN_EMAIL"],
                     "--admin-password", DEFAULT_ENV["ADMIN_PASSWORD"], "--format", "json")
    assert _statuses(json.loads(done.stdout)) == dict.fromkeys(outcome_names(3), "pass")
    assert done.returncode == 0


def test_writes_to_a_server_with_accounts_are_skipped_when_no_admin_was_given(reference_with_accounts):
    done = run_grade("step-3", reference_with_accounts, "--format", "json")
    report = json.loads(done.stdout)
    statuses = _statuses(report)
    assert set(statuses.values()) == {"pass", "skipped"} and statuses["crud-create"] == "skipped"
    assert {"unknown-route", "pagination-bad-params", "no-5xx"} <= {s for s, status in statuses.items()
                                                                    if status == "pass"}
    skipped = next(o for o in report["outcomes"] if o["status"] == "skipped")
    assert "--admin-email" in skipped["feedback"]["got"]
    assert skipped["needs"] == "--admin-email and --admin-password"
    assert report["passed"] is False and done.returncode == 1  # not checked is not passed


def test_the_terminal_says_what_to_pass_when_writes_could_not_be_checked(reference_with_accounts):
    done = run_grade("step-3", reference_with_accounts)
    assert done.returncode == 1 and "all passed" not in done.stdout
    assert "Not checked, so not passed: pass --admin-email and --admin-password to check crud-create" in done.stdout


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize("name", ["create-returns-200", "page-params-unchecked"])
def test_the_reproduce_command_gets_the_same_status_when_run_as_is(name):
    with running_bookstore(name, env=FAST) as base_url:
        report = json.loads(run_grade("step-3", base_url, "--format", "json", env=FAST).stdout)
        failing = [o for o in report["outcomes"] if o["status"] == "fail"]
        assert failing
        for outcome in failing:
            reported = re.search(r"^HTTP (\d{3})", outcome["feedback"]["got"], re.MULTILINE).group(1)
            ran = subprocess.run(outcome["feedback"]["reproduce"], shell=True, capture_output=True, text=True,
                                 timeout=10)
            assert ran.stdout.split(None, 2)[1] == reported, (outcome["feedback"]["reproduce"], ran.stdout)


def test_show_lists_every_outcome_with_its_description():
    done = run_grade("show", "step-3")
    assert done.returncode == 0
    for slug in outcome_names(3):
        assert f"step-3/{slug}" in done.stdout
    for probe in PROBES:
        assert probe.check.__doc__.strip() in done.stdout
    assert "openapi.json" in done.stdout


def test_a_url_where_nothing_listens_is_one_clear_line():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    done = run_grade("step-3", f"http://127.0.0.1:{port}")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and f"127.0.0.1:{port}" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_the_openapi_document_is_valid_and_covers_every_route_of_the_contract():
    validator = pytest.importorskip("openapi_spec_validator")
    document = json.loads(OPENAPI.read_text())
    validator.validate(document)
    routes = {(path, method) for path, item in document["paths"].items() for method in item if method != "parameters"}
    assert routes == {("/health", "get"), ("/books", "get"), ("/books", "post"), ("/books/{id}", "get"),
                      ("/books/{id}", "put"), ("/books/{id}", "patch"), ("/books/{id}", "delete"),
                      ("/auth/register", "post"), ("/auth/login", "post"), ("/auth/refresh", "post"),
                      ("/auth/me", "get")}



@pytest.mark.parametrize(("example", "unknown"), [
    (7, 987654),
    ("7", "987654"),
    ("3f2a1c9e-5b7d-4e1f-9a2b-c3d4e5f60718", "00000000-0000-0000-0000-000000987654"),
    ("65a1f0c2e4b0a1b2c3d4e5f6", "000000000000000000987654"),
    ("bk_Zx81", "987654"),
])
def test_an_unknown_id_has_the_shape_of_the_servers_ids(example, unknown):
    ctx = ProbeContext(client=None, credentials=Credentials(), cache={"example_id": example})
    assert unknown_id(ctx, 987654) == unknown
