"""The bookstore sample servers: the correct ones meet every outcome, and each broken one fails exactly its own."""

from __future__ import annotations

import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "sample_solutions"
sys.path.insert(0, str(SAMPLES))

from bookstore_checks import STEP3_CHECKS, STEP4_CHECKS, failing_outcomes  # noqa: E402
from bookstore_servers import DEFAULT_ENV, catalog, outcome_names, running_bookstore  # noqa: E402

SERVERS = catalog()
CORRECT = [name for name, server in SERVERS.items() if server.kind == "correct"]
BROKEN = [name for name, server in SERVERS.items() if server.kind == "broken"]
CHECKS = {3: STEP3_CHECKS, 4: STEP4_CHECKS}


def _failures(name: str) -> dict[int, set[str]]:
    server = SERVERS[name]
    steps = (3, 4) if server.auth else (3,)
    with running_bookstore(name) as base_url:
        return failing_outcomes(base_url, steps, DEFAULT_ENV, server.auth)


@pytest.fixture(scope="module")
def failures() -> dict[str, dict[int, set[str]]]:
    """Every server started once and checked, four at a time."""
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(SERVERS, pool.map(_failures, SERVERS), strict=True))


def test_there_are_enough_servers_of_each_kind():
    assert len(CORRECT) >= 2 and len(BROKEN) >= 15
    assert {SERVERS[name].app for name in CORRECT} == {"flask", "fastapi"}


def test_every_variant_file_is_in_the_catalog_once_and_documents_its_bug():
    files = sorted(SAMPLES.glob("step-0[34]/broken/*.py"))
    assert sorted(server.module for server in SERVERS.values() if server.module) == files
    for path in files:
        assert "Breaks " in path.read_text().split('"""')[1], path


@pytest.mark.parametrize("name", BROKEN)
def test_each_variant_targets_one_step_and_names_known_outcomes(name):
    server = SERVERS[name]
    assert len(server.steps) == 1 and server.fails
    assert set(server.fails) <= set(outcome_names(server.steps[0]))
    assert server.auth == (server.steps[0] == 4)


def test_the_checks_are_the_outcomes_of_the_catalog():
    assert {step: set(checks) for step, checks in CHECKS.items()} == {
        step: set(outcome_names(step)) for step in (3, 4)}


@pytest.mark.parametrize("name", CORRECT)
def test_a_correct_server_meets_every_outcome_of_its_steps(failures, name):
    assert {step: failures[name][step] for step in SERVERS[name].steps} == {step: set() for step in SERVERS[name].steps}


@pytest.mark.parametrize("name", BROKEN)
def test_a_broken_variant_fails_exactly_its_outcomes(failures, name):
    server = SERVERS[name]
    expected = {server.steps[0]: set(server.fails)}
    if server.steps[0] == 4:
        expected[3] = set()
    assert failures[name] == expected


def test_a_server_is_gone_once_its_block_ends():
    with running_bookstore("reference-step3") as base_url:
        port = int(base_url.rsplit(":", 1)[1])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_serve_names_the_choices_when_the_name_is_unknown():
    result = subprocess.run([sys.executable, str(SAMPLES / "serve.py"), "no-such-server"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "reference" in result.stderr

