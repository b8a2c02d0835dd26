"""`grade step-4` on the bookstore sample servers: the correct ones pass, each broken one fails exactly its outcomes."""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor

import jwt
import pytest
from conftest import SAMPLES, run_grade

from checkers.bookstore import jwt_forge
from checkers.bookstore.step4_leaks import leak_in
from grader.http_probe import Headers, ProbeRequest, ProbeResponse

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


ACCESS_TOKEN = jwt.encode(CLAIMS, SIGNING_SECRET, algorithm="HS256")
BCRYPT = "$2b$12$" + "a" * 53
# (body, where the leak is, or None): what a right server may answer, and each way a wrong one gives a secret away.
BODIES = [
    ({"access_token": ACCESS_TOKEN, "refresh_token": ACCESS_TOKEN, "token_type": "bearer"}, None),
    ({"id": 1, "email": "a@example.com", "password": "********", "has_password": True, "password_hash": None}, None),
    ({"id": 1, "email": "a@example.com", "role": "user", "passport": "X123"}, None),
    ({"id": 1, "user": {"credentials": {"passwordHash": hashlib.sha256(b"x").hexdigest()}}}, "passwordHash"),
    ({"pwd": "hunter22"}, "'pwd'"),
    ([{"HASHED_PASSWORD": "abc"}], "HASHED_PASSWORD"),
    ({"detail": "stored as " + BCRYPT}, "$2b$12$"),
    ({"note": "$6$rounds=5000$saltsalt$" + "b" * 86}, "$6$"),
    ({"hash": "pbkdf2:sha256:600000$salt$" + "c" * 64}, "pbkdf2:sha2"),
    ({"access_token": jwt.encode({**CLAIMS, "password_hash": BCRYPT}, SIGNING_SECRET, algorithm="HS256")},
     "the JWT's claims"),
]


def _answer(body: object) -> ProbeResponse:
    request = ProbeRequest("GET", "http://127.0.0.1:9/auth/me", Headers(), None)
    return ProbeResponse(200, "OK", Headers([("Content-Type", "application/json")]), json.dumps(body).encode(),
                         False, 0.0, request)


@pytest.mark.parametrize(("body", "where"), BODIES)
def test_a_password_or_hash_is_found_wherever_it_is_and_a_jwt_is_not_one(body, where):
    leak = leak_in(_answer(body), ["Pw-reader-abc123-horse"])
    assert leak is None if where is None else where in leak


def test_an_error_naming_the_password_field_is_no_leak():
    request = ProbeRequest("POST", "http://127.0.0.1:9/auth/register", Headers(), None)
    body = json.dumps({"message": "invalid", "errors": {"password": "must be at least 8 characters"}}).encode()
    refused = ProbeResponse(422, "Unprocessable Entity", Headers(), body, False, 0.0, request)
    assert leak_in(refused, []) is None


def test_the_password_itself_is_found_in_a_body_or_a_header():
    secret = "Pw-reader-abc123-horse"
    assert secret in leak_in(_answer({"echo": secret}), [secret])
    request = ProbeRequest("POST", "http://127.0.0.1:9/auth/login", Headers(), None)
    header = ProbeResponse(200, "OK", Headers([("X-Debug", f"password={secret}")]), b"{}", False, 0.0, request)
    assert secret in leak_in(header, [secret])


@pytest.mark.parametrize(("depth", "found"), [(900, True), (100_000, False)])
def test_a_hostile_deeply_nested_body_is_searched_without_crashing(depth, found):
    text = '{"next": ' * depth + '{"password": "hunter22"}' + "}" * depth
    assert (leak_in(_answer_text(text), []) is not None) == found  # too deep for JSON: read as text, no hash in it


def _answer_text(text: str) -> ProbeResponse:
    request = ProbeRequest("GET", "http://127.0.0.1:9/auth/me", Headers(), None)
    return ProbeResponse(200, "OK", Headers(), text.encode(), False, 0.0, request)


@pytest.mark.parametrize("name", [name for name in STEP4 if SKIPS.get(name)])
def test_a_check_the_grader_cannot_do_for_a_server_says_why(graded, name):
    reasons = {outcome["id"].removeprefix("step-4/"): outcome["feedback"]["got"]
               for outcome in graded[name][1]["outcomes"] if outcome["status"] == "skipped"}
    assert set(reasons) == set(SKIPS[name]) and all(reasons.values())


def test_an_rs256_token_passes_with_a_note_that_its_signature_was_not_verified(graded):
    claims = next(o for o in graded["rs256-tokens"][1]["outcomes"] if o["id"] == "step-4/token-claims")
    assert claims["status"] == "pass" and "RS256" in claims["feedback"]["got"]
