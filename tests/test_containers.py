"""Running a learner's server in Docker: built or named, reachable while graded, always removed, never pulled,
and one clear line when it cannot start.

Needs a real engine and the local base image (scripts/setup-test-machine.sh)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import suppress
from pathlib import Path

import docker
import pytest

from grader.containers import (
    LABEL,
    OWNER_HOST,
    OWNER_PID,
    base_images,
    build_image,
    build_tag,
    docker_client,
    parse_build_args,
    server_from_container,
    sweep_leftovers,
)
from grader.launcher import ServerDidNotStart
from grader.outcome import CannotGrade

ROOT = Path(__file__).resolve().parent.parent
SERVERS = Path(__file__).parent / "servers"
REFERENCE = ROOT / "sample_solutions" / "step-04" / "reference"
BASE = "roadmap-grader/python-base:bookworm"
ENV = {"ADMIN_EMAIL": "admin@example.com", "ADMIN_PASSWORD": "s3cret-pass", "JWT_SECRET": "x" * 32}
NO_BASE = "roadmap-grader-test/no-such-base:1"
SETUP = "run `bash scripts/setup-test-machine.sh` first (CI does)"


@pytest.fixture(scope="module")
def client():
    try:
        engine = docker_client()
    except CannotGrade as exc:
        pytest.fail(f"no Docker engine for the container tests: {exc}; {SETUP}", pytrace=False)
    if not engine.images.list(name=BASE):
        pytest.fail(f"the local base image {BASE} is missing; {SETUP}", pytrace=False)
    return engine


@pytest.fixture(scope="module")
def reference_image(client) -> str:
    """The reference bookstore built once under the grader's tag; later builds of it hit Docker's cache."""
    build_image(client, REFERENCE, {"BASE": BASE})
    return build_tag(REFERENCE)


def _ours(client, owner_pid: int) -> list:
    return client.containers.list(all=True, filters={"label": f"{OWNER_PID}={owner_pid}"})


def _health(url: str) -> int:
    return urllib.request.urlopen(url + "/health", timeout=5).status


def test_the_built_reference_answers_with_limits_and_credentials_then_is_removed(client, reference_image):
    build_args = (f"BASE={BASE}",)
    with server_from_container(image=None, build=REFERENCE, build_args=build_args, env=ENV, ready_timeout=30) as url:
        assert _health(url) == 200
        [container] = _ours(client, os.getpid())
        host = container.attrs["HostConfig"]
        assert (host["NetworkMode"], host["Memory"], host["NanoCpus"], host["PidsLimit"]) == (
            "host", 512 * 1024 * 1024, 1_000_000_000, 256)
        environment = container.attrs["Config"]["Env"]
        assert f"PORT={url.rsplit(':', 1)[1]}" in environment
        assert {f"{key}={value}" for key, value in ENV.items()} <= set(environment)
    assert _ours(client, os.getpid()) == []


def test_a_local_image_runs_by_name(client, reference_image):
    with server_from_container(image=reference_image, build=None, build_args=(), env=ENV, ready_timeout=30) as url:
        assert _health(url) == 200
    assert _ours(client, os.getpid()) == []


def test_a_server_that_crashes_at_start_is_reported_at_once_with_the_end_of_its_output(client):
    started = time.monotonic()
    with pytest.raises(ServerDidNotStart) as caught, server_from_container(
            image=None, build=SERVERS / "crash-at-start", build_args=(), env=ENV, ready_timeout=120):
        pass
    assert time.monotonic() - started < 60
    message = str(caught.value)
    assert "exited with status 3" in message and "KeyError: DATABASE_URL" in message
    assert "only its last 40 lines" in message and "noise line 50\n" not in message
    assert _ours(client, os.getpid()) == []


def test_a_server_that_never_listens_is_reported_after_the_timeout(client):
    started = time.monotonic()
    with pytest.raises(ServerDidNotStart) as caught, server_from_container(
            image=None, build=SERVERS / "never-listens", build_args=(), env=ENV, ready_timeout=2):
        pass
    assert "did not answer GET /health or GET /books" in str(caught.value) and "starting..." in str(caught.value)
    assert time.monotonic() - started < 30
    assert _ours(client, os.getpid()) == []


def test_a_missing_image_is_refused_and_nothing_is_pulled(client):
    missing = "roadmap-grader-test/no-such-image:1"
    with pytest.raises(CannotGrade, match="no such image on this machine"), server_from_container(
            image=missing, build=None, build_args=(), env=ENV, ready_timeout=5):
        pass
    assert client.images.list(name=missing) == []


@pytest.mark.parametrize(("folder", "build_args", "expected"), [
    ("build-fails", (), "compiling the bookstore"),
    ("crash-at-start", (f"BASE={NO_BASE}",), f"builds FROM {NO_BASE}, which is not on this machine"),
    ("no-such-folder", (), "no such folder"),
    (".", (), "it has no Dockerfile"),
])
def test_a_build_that_cannot_succeed_is_one_clear_refusal(client, folder, build_args, expected):
    with pytest.raises(CannotGrade, match=expected), server_from_container(
            image=None, build=SERVERS / folder, build_args=build_args, env=ENV, ready_timeout=5):
        pass


@pytest.mark.parametrize(("dockerfile", "build_args", "expected"), [
    ("ARG BASE=python:3.11-slim\nFROM ${BASE}\n", {}, ["python:3.11-slim"]),
    ("ARG BASE=python:3.11-slim\nFROM ${BASE}\n", {"BASE": "local/py:1"}, ["local/py:1"]),
    ('ARG V="3.12"\nfrom --platform=$P python:$V AS build\nFROM build\nFROM scratch\n', {}, ["python:3.12"]),
    ("FROM $UNDECLARED\n", {}, []),
])
def test_the_images_a_dockerfile_builds_from_are_found_before_building(dockerfile, build_args, expected):
    assert base_images(dockerfile, build_args) == expected


def test_no_engine_is_one_clear_refusal(monkeypatch):
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent/docker.sock")
    with pytest.raises(CannotGrade, match="the Docker engine is not reachable"), server_from_container(
            image="anything", build=None, build_args=(), env=ENV, ready_timeout=5):
        pass


@pytest.mark.parametrize(("items", "expected"), [
    (("BASE=img:1", "EMPTY=", "URL=a=b"), {"BASE": "img:1", "EMPTY": "", "URL": "a=b"}),
    (("NOEQUALS",), None),
    (("=value",), None),
])
def test_build_args_are_key_value_pairs(items, expected):
    if expected is None:
        with pytest.raises(CannotGrade, match="KEY=VALUE"):
            parse_build_args(items)
    else:
        assert parse_build_args(items) == expected


def test_build_args_without_build_are_refused():
    with pytest.raises(CannotGrade, match="only applies with --build"), server_from_container(
            image="anything", build=None, build_args=("BASE=x",), env=ENV, ready_timeout=5):
        pass


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_an_interrupted_grade_command_removes_its_container(client, sig):
    command = [sys.executable, "-m", "grader", "step-3", "--build", str(SERVERS / "never-listens"),
               "--ready-timeout", "120"]
    grader = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        deadline = time.monotonic() + 60
        while not any(c.status == "running" for c in _ours(client, grader.pid)):
            assert grader.poll() is None, f"grade exited before its container ran: {grader.stderr.read()}"
            assert time.monotonic() < deadline, "the grader's container never started"
            time.sleep(0.1)
        grader.send_signal(sig)
        _, stderr = grader.communicate(timeout=30)
    finally:
        if grader.poll() is None:
            grader.kill()
            grader.wait()
    assert (grader.returncode, stderr.strip()) == (130, "grade: interrupted")
    assert _ours(client, grader.pid) == []


def test_the_sweep_removes_leftovers_of_dead_graders_only(client):
    dead = subprocess.Popen(["true"])
    dead.wait()
    owners = {"dead": dead.pid, "alive": os.getpid()}
    created = {}
    try:
        for who, pid in owners.items():
            labels = {LABEL: "1", OWNER_PID: str(pid), OWNER_HOST: socket.gethostname()}
            created[who] = client.containers.create(BASE, ["sleep", "600"], name=f"roadmap-grader-test-{who}-{pid}",
                                                    labels=labels, network_mode="host")
        removed = sweep_leftovers(client)
        assert created["dead"].name in removed and created["alive"].name not in removed
        assert [c.name for c in _ours(client, dead.pid)] == []
        assert [c.name for c in _ours(client, os.getpid())] == [created["alive"].name]
    finally:
        for container in created.values():
            with suppress(docker.errors.NotFound):
                container.remove(force=True)


def test_the_graders_own_image_builds_on_the_local_base_and_lists_the_steps(client):
    tag = "roadmap-grader-test/grader:latest"
    client.images.build(path=str(ROOT), tag=tag, buildargs={"BASE": BASE}, network_mode="host", rm=True,
                        forcerm=True, timeout=600)
    listed = subprocess.run(["docker", "run", "--rm", "--network", "host", tag, "list"], capture_output=True,
                            text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    assert any(line.startswith("step-2 ") and line.endswith("[graded]") for line in listed.stdout.splitlines())
