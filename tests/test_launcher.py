"""Starting a learner's server from a command: ready when it answers, one clear line when it cannot start,
and the server and all its children stopped in every case."""

from __future__ import annotations

import os
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from grader.launcher import ServerDidNotStart, loopback_url, server_from_command
from grader.outcome import CannotGrade

TINY = Path(__file__).parent / "servers" / "tiny_health.py"
PYTHON = sys.executable


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    with open(f"/proc/{pid}/stat") as handle:
        return handle.read().split()[2] != "Z"


def test_the_server_is_reachable_while_graded_and_gone_with_its_children_after(tmp_path):
    pid_file = tmp_path / "child.pid"
    with server_from_command(f"{PYTHON} {TINY} --with-child", None, {"CHILD_PID_FILE": str(pid_file)}) as url:
        assert urllib.request.urlopen(url + "/health", timeout=5).status == 200
        child = int(pid_file.read_text())
        assert _alive(child)
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


def test_a_server_that_crashes_at_start_is_one_clear_message_with_its_output():
    command = f"{PYTHON} -c \"import sys; print('KeyError: DATABASE_URL'); sys.exit(3)\""
    with pytest.raises(ServerDidNotStart) as caught, server_from_command(command, None, {}):
        pass
    assert "exited with status 3" in str(caught.value) and "KeyError: DATABASE_URL" in str(caught.value)


def test_a_server_that_never_listens_is_reported_after_the_timeout():
    command = f"{PYTHON} -c \"import time; print('starting...', flush=True); time.sleep(60)\""
    started = time.monotonic()
    with pytest.raises(ServerDidNotStart) as caught, server_from_command(command, None, {}, ready_timeout=2):
        pass
    assert "did not answer GET /health or GET /books" in str(caught.value) and "starting..." in str(caught.value)
    assert time.monotonic() - started < 30


def test_the_server_is_stopped_when_grading_is_interrupted(tmp_path):
    pid_file = tmp_path / "child.pid"
    command = f"{PYTHON} {TINY} --with-child"
    with pytest.raises(KeyboardInterrupt), server_from_command(command, None, {"CHILD_PID_FILE": str(pid_file)}):
        raise KeyboardInterrupt
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)


@pytest.mark.parametrize("command", ["", "'unclosed", "/no/such/program --flag"])
def test_a_command_that_cannot_start_is_refused_clearly(command):
    with pytest.raises(CannotGrade), server_from_command(command, None, {}):
        pass


@pytest.mark.parametrize(("url", "ok"), [
    ("http://localhost:5000/", "http://localhost:5000"),
    ("127.0.0.1:8080", "http://127.0.0.1:8080"),
    ("http://10.0.0.5:5000", None),
    ("https://example.com", None),
    ("http://localhost", None),
    ("http://127.evil.example:5000", None),
])
def test_only_servers_on_this_machine_are_graded(url, ok):
    if ok is None:
        with pytest.raises(CannotGrade):
            loopback_url(url)
    else:
        assert loopback_url(url) == ok


def test_servers_can_be_started_from_worker_threads(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    def start(n: int) -> int:
        env = {"CHILD_PID_FILE": str(tmp_path / f"child{n}.pid")}
        with server_from_command(f"{PYTHON} {TINY}", None, env) as url:
            return urllib.request.urlopen(url + "/health", timeout=5).status

    with ThreadPoolExecutor(max_workers=2) as pool:
        assert list(pool.map(start, range(2))) == [200, 200]
