"""The bookstore sample catalog is consistent and its servers start and stop by name.

That the correct servers pass and each variant fails exactly its outcomes is proven through the real grader in
tests/test_bookstore_step3.py and tests/test_bookstore_step4.py."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "sample_solutions"
sys.path.insert(0, str(SAMPLES))

from bookstore_servers import catalog, outcome_names, running_bookstore  # noqa: E402

SERVERS = catalog()
CORRECT = [name for name, server in SERVERS.items() if server.kind == "correct"]
BROKEN = [name for name, server in SERVERS.items() if server.kind == "broken"]


def test_there_are_enough_servers_of_each_kind():
    assert len(CORRECT) >= 2 and len(BROKEN) >= 15
    assert {SERVERS[name].app for name in CORRECT} == {"flask", "fastapi"}


def test_every_variant_file_is_in_the_catalog_once_and_a_broken_one_documents_its_bug():
    files = sorted(path for kind in ("broken", "correct") for path in SAMPLES.glob(f"step-0[34]/{kind}/*.py"))
    assert sorted(server.module for server in SERVERS.values() if server.module) == files
    for path in files:
        assert ("Breaks " in path.read_text().split('"""')[1]) == (path.parent.name == "broken"), path


@pytest.mark.parametrize("name", BROKEN)
def test_each_variant_targets_one_step_and_names_known_outcomes(name):
    server = SERVERS[name]
    assert len(server.steps) == 1 and server.fails
    assert set(server.fails) <= set(outcome_names(server.steps[0]))
    assert server.auth == (server.steps[0] == 4) or server.app == "fastapi"  # the FastAPI sample always has accounts


def test_a_server_is_gone_once_its_block_ends():
    with running_bookstore("reference-step3") as base_url:
        port = int(base_url.rsplit(":", 1)[1])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_serve_names_the_choices_when_the_name_is_unknown():
    result = subprocess.run([sys.executable, str(SAMPLES / "serve.py"), "no-such-server"],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "reference" in result.stderr

