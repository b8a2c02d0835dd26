"""`grade step-4` on the bookstore sample servers: the correct ones pass, each broken one fails exactly its outcomes."""

from __future__ import annotations

import json
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor

import jwt
import pytest
from conftest import SAMPLES, run_grade

from checkers.bookstore import jwt_forge

sys.path.insert(0, str(SAMPLES))

from bookstore_servers import CATALOG, DEFAULT_ENV, catalog, outcome_names, running_bookstore, serve_command  # noqa: E402

SERVERS = catalog()
SKIPS = {name: entry.get("step4_skips", []) for name, entry in tomllib.loads(CATALOG.read_text())["servers"].items()}
STEP4 = [name for name, server in SERVERS.items() if 4 in server.steps]
FAST_BCRYPT = {"BCRYPT_ROUNDS": DEFAULT_ENV["BCRYPT_ROUNDS"]}
ADMIN = ("--admin-email", DEFAULT_ENV["ADMIN_EMAIL"], "--admin-password", DEFAULT_ENV["ADMIN_PASSWORD"])
SECRET = ("--jwt-secret", DEFAULT_ENV["JWT_SECRET"])
NEEDS_ADMIN, NEEDS_SECRET = "admin-can-delete", "expired-token-refused"


def grade_json(*args: str) -> tuple[int, dict]:
    """`grade step-4 ARGS --format json`: the exit code and the report."""
    result = run_grade("step-4", *args, "--format", "json", env=FAST_BCRYPT, timeout=120)
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def statuses(report: dict) -> dict[str, str]:
    """Each outcome's slug (without `step-4/`) and its status."""
    return {outcome["id"].removeprefix("step-4/"): outcome["status"] for outcome in report["outcomes"]}


def with_status(report: dict, status: str) -> set[str]:
    return {slug for slug, value in statuses(report).items() if value == status}


@pytest.fixture(scope="module")
def graded() -> dict[str, tuple[int, dict]]:
    """Every server that targets step 4, started by the grader with --cmd, six at a time."""
    commands = {name: " ".join(serve_command(name)) for name in STEP4}
    with ThreadPoolExecutor(max_workers=6) as pool:
        return dict(zip(commands, pool.map(lambda command: grade_json("--cmd", command), commands.values()),
                        strict=True))


@pytest.mark.parametrize("name", STEP4)
def test_grader_started_server_fails_exactly_its_catalog_outcomes(graded, name):
    code, report = graded[name]
    expected = set(SERVERS[name].fails)
    assert with_status(report, "fail") == expected
    # The grader made the admin and the secret, so only what it cannot do for this server is skipped.
    assert with_status(report, "skipped") == set(SKIPS.get(name, ()))
    assert code == (1 if expected else 0)


@pytest.mark.parametrize("name", [name for name in STEP4 if SERVERS[name].fails])
def test_every_failure_says_what_happened_and_how_to_reproduce_it(graded, name):
    failed = [outcome for outcome in graded[name][1]["outcomes"] if outcome["status"] == "fail"]
    for outcome in failed:
        assert outcome["feedback"]["got"] and outcome["feedback"]["hint"], outcome
        assert outcome["feedback"]["reproduce"].startswith("curl "), outcome


def test_the_report_has_one_outcome_per_catalog_line(graded):
    ids = [outcome["id"] for outcome in graded["reference"][1]["outcomes"]]
    assert sorted(ids) == sorted(f"step-4/{slug}" for slug in outcome_names(4))


@pytest.fixture(scope="module")
def reference_url():
    with running_bookstore("reference") as base_url:
        yield base_url


def test_url_with_every_value_checks_every_outcome(reference_url):
    code, report = grade_json(reference_url, *ADMIN, *SECRET)
    assert (code, with_status(report, "pass")) == (0, set(outcome_names(4)))


def test_url_without_values_skips_only_the_outcomes_that_need_them(reference_url):
    code, report = grade_json(reference_url)
    assert with_status(report, "skipped") == {NEEDS_ADMIN, NEEDS_SECRET}
    assert with_status(report, "fail") == set()
    assert code == 1  # not checked is not passed
    reasons = {outcome["id"]: outcome["feedback"]["got"] for outcome in report["outcomes"]}
    assert "--admin-email" in reasons[f"step-4/{NEEDS_ADMIN}"]
    assert "--jwt-secret" in reasons[f"step-4/{NEEDS_SECRET}"]


def test_url_with_a_wrong_secret_fails_the_signature_and_skips_the_forged_expiry(reference_url):
    code, report = grade_json(reference_url, *ADMIN, "--jwt-secret", "not-the-server-secret")
    assert with_status(report, "fail") == {"token-claims"}
    assert with_status(report, "skipped") == {NEEDS_SECRET}
    assert code == 1


@pytest.mark.parametrize(("name", "given", "failed", "skipped"), [
    ("expired-accepted", SECRET, {NEEDS_SECRET, "refresh"}, {NEEDS_ADMIN}),
    ("expired-accepted", (), set(), {NEEDS_ADMIN, NEEDS_SECRET}),
    ("user-can-delete", (), {"user-cannot-delete"}, {NEEDS_ADMIN, NEEDS_SECRET}),
])
def test_url_without_every_value_never_counts_as_passed(name, given, failed, skipped):
    with running_bookstore(name) as base_url:
        code, report = grade_json(base_url, *given)
    assert (with_status(report, "fail"), with_status(report, "skipped")) == (failed, skipped)
    assert all(o["needs"].startswith("--") for o in report["outcomes"] if o["status"] == "skipped")
    assert (code, report["passed"]) == (1, False)


def test_show_lists_every_outcome_with_its_description():
    result = run_grade("show", "step-4")
    assert result.returncode == 0, result.stderr
    for slug in outcome_names(4):
        assert f"step-4/{slug} " in result.stdout
    assert "--jwt-secret" in result.stdout and "openapi.json" in result.stdout


SIGNING_SECRET = "a-signing-secret-of-at-least-32-bytes"
CLAIMS = {"sub": "42", "exp": 4_102_444_800, "type": "access"}


def test_forged_hs256_tokens_are_what_a_jwt_library_signs():
    token = jwt_forge.sign_hs256(CLAIMS, SIGNING_SECRET)
    assert jwt.decode(token, SIGNING_SECRET, algorithms=["HS256"]) == CLAIMS
    assert jwt_forge.hs256_signature_matches(jwt.encode(CLAIMS, SIGNING_SECRET, algorithm="HS256"), SIGNING_SECRET)
    assert not jwt_forge.hs256_signature_matches(token, "other")


def test_unsigned_and_tampered_tokens_carry_the_claims_but_do_not_verify():
    unsigned = jwt_forge.unsigned(CLAIMS)
    assert jwt.get_unverified_header(unsigned)["alg"] == "none" and unsigned.endswith(".")
    assert jwt.decode(unsigned, options={"verify_signature": False}) == CLAIMS
    original = jwt.encode(CLAIMS, SIGNING_SECRET, algorithm="HS256")
    tampered = jwt_forge.with_claims(original, {**CLAIMS, "role": "admin"})
    assert tampered.rsplit(".", 1)[1] == original.rsplit(".", 1)[1]
    assert jwt_forge.read(tampered)[1]["role"] == "admin"
    with pytest.raises(jwt.InvalidSignatureError):
        jwt.decode(tampered, SIGNING_SECRET, algorithms=["HS256"])


@pytest.mark.parametrize("text", ["garbage", "a.b", "bm90IGpzb24.e30.sig", "e30.WzFd.sig"])
def test_reading_something_that_is_not_a_jwt_says_so(text):
    with pytest.raises(jwt_forge.NotAJwt):
        jwt_forge.read(text)
