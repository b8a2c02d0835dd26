"""Hostile learner programs are stopped or refused by the process sandbox, reported clearly, and the next run works."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import uuid
from pathlib import Path

import pytest

from grader.process_bwrap import interpreter_prefixes
from grader.process_sandbox import Limits, run_sandboxed, sandbox_available

HOSTILE = Path(__file__).resolve().parent / "hostile_programs"
REPO_FILE = Path(__file__).resolve().parent.parent / "exercises" / "step-02" / "schema.sql"
QUICK = Limits(wall_seconds=2.0, cpu_seconds=2.0)

needs_bwrap = pytest.mark.skipif(not sandbox_available(), reason="bubblewrap (bwrap) is not installed or cannot start")
BOTH = [pytest.param("none", id="none"), pytest.param("bwrap", id="bwrap", marks=needs_bwrap)]
BWRAP = [pytest.param("bwrap", id="bwrap", marks=needs_bwrap)]


def run_program(name: str, mode: str, workdir: Path, *args: str, limits: Limits = QUICK):
    """Copy a hostile program into the fresh work folder, as a learner's submission would be, and run it."""
    shutil.copy(HOSTILE / name, workdir / name)
    interpreter = "node" if name.endswith(".js") else "python3"
    return run_sandboxed([interpreter, name, *args], workdir=workdir, env={}, limits=limits, mode=mode)


def assert_next_run_works(mode: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"next-{uuid.uuid4().hex}"
    fresh.mkdir()
    run = run_sandboxed(["python3", "-c", "print('still fine')"], workdir=fresh, env={}, mode=mode)
    assert run.ok, run
    assert run.stdout == b"still fine\n"


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("mode", BOTH)
def test_a_well_behaved_program_sees_only_its_folder_and_env(mode: str, workdir: Path) -> None:
    script = "import os,sys; print(os.getcwd()); print(os.environ['HOME'], os.environ['GREETING'], sys.stdin.read())"
    run = run_sandboxed(["python3", "-c", script], workdir=workdir, env={"GREETING": "hi"}, stdin=b"typed", mode=mode)
    assert run.ok and run.killed_reason is None and not run.timed_out
    assert run.stdout.decode().split() == [str(workdir), str(workdir), "hi", "typed"]
    assert run.command_line().startswith("python3 -c 'import os,sys;")


@pytest.mark.parametrize("mode", BOTH)
@pytest.mark.parametrize("program", ["infinite_loop.py", "infinite_loop.js"])
def test_an_infinite_loop_is_stopped_at_the_wall_clock_limit(mode: str, program: str, workdir: Path,
                                                             tmp_path: Path) -> None:
    run = run_program(program, mode, workdir, limits=Limits(wall_seconds=1.0, cpu_seconds=10.0))
    assert run.timed_out and not run.ok
    assert run.killed_reason == "ran past its 1 s limit"
    assert run.elapsed < 3
    assert_next_run_works(mode, tmp_path)


@pytest.mark.parametrize("mode", BOTH)
def test_an_infinite_loop_is_stopped_at_the_cpu_limit(mode: str, workdir: Path) -> None:
    run = run_program("infinite_loop.py", mode, workdir, limits=Limits(wall_seconds=10.0, cpu_seconds=1.0))
    assert not run.timed_out and not run.ok
    assert run.killed_reason == "used more than 1 s of CPU time"


@pytest.mark.parametrize("mode", BOTH)
def test_a_fork_bomb_is_bounded(mode: str, workdir: Path, tmp_path: Path) -> None:
    run = run_program("fork_bomb.py", mode, workdir, limits=Limits(wall_seconds=10.0, processes=32))
    assert not run.ok
    assert run.killed_reason == "started more than 32 processes" or b"fork failed" in run.stdout
    assert run.elapsed < 5
    assert_next_run_works(mode, tmp_path)


@pytest.mark.parametrize("mode", BOTH)
def test_a_memory_hog_is_stopped_and_the_reason_mentions_memory(mode: str, workdir: Path, tmp_path: Path) -> None:
    run = run_program("memory_hog.py", mode, workdir, limits=Limits(memory_bytes=128 * 2**20))
    assert not run.ok
    assert run.killed_reason == "used more than 128 MB of memory"
    assert "MemoryError" in run.stderr_text
    assert_next_run_works(mode, tmp_path)


@pytest.mark.parametrize("mode", BOTH)
def test_a_gigabyte_of_output_is_cut_at_the_cap_promptly(mode: str, workdir: Path, tmp_path: Path) -> None:
    run = run_program("flood_output.py", mode, workdir, limits=Limits(output_bytes=4096, wall_seconds=10.0))
    assert run.stdout == b"y" * 4096
    assert run.stdout_truncated and not run.stderr_truncated
    assert run.killed_reason == "printed far more than its 4 KB output limit"
    assert "output cut" in run.stdout_text
    assert run.elapsed < 3
    assert_next_run_works(mode, tmp_path)


@pytest.mark.parametrize("mode", BOTH)
def test_a_file_larger_than_the_limit_cannot_be_written(mode: str, workdir: Path) -> None:
    run = run_program("big_file.py", mode, workdir, limits=Limits(file_bytes=2**20))
    assert not run.ok
    assert run.killed_reason == "wrote a file larger than 1 MB"
    assert (workdir / "big.bin").stat().st_size <= 2**20


@pytest.mark.parametrize("mode", BOTH)
def test_a_child_left_behind_is_killed_with_its_parent(mode: str, workdir: Path) -> None:
    marker = workdir / "orphan.txt"
    run = run_program("orphan_child.py", mode, workdir, str(marker))
    assert run.ok and run.stdout == b"parent exiting\n"
    time.sleep(1.5)
    assert not marker.exists(), "the orphan outlived the run"


def test_without_the_sandbox_the_grader_files_are_readable(workdir: Path) -> None:
    """The control for the next test: in plain mode the same program does read the file."""
    run = run_program("read_secret.py", "none", workdir, str(REPO_FILE))
    assert run.ok and run.stdout.startswith(b"LEAKED")


@pytest.mark.parametrize("mode", BWRAP)
@pytest.mark.parametrize("program", ["read_secret.py", "read_secret.js"])
def test_the_grader_files_and_home_are_invisible(mode: str, program: str, workdir: Path,
                                                 tmp_path_factory: pytest.TempPathFactory) -> None:
    answers = tmp_path_factory.mktemp("reference") / "answers.txt"
    answers.write_text("the reference answers")
    for secret in (answers, REPO_FILE, Path.home() / ".bashrc", Path(__file__)):
        run = run_program(program, mode, workdir, str(secret))
        assert run.exit_status == 3 and run.stdout.startswith(b"blocked"), (secret, run)
    home = run_program("read_secret.py", mode, workdir, str(Path.home()))
    interpreter_paths = sorted({p.relative_to(Path.home()).parts[0] for p in interpreter_prefixes()
                                if Path.home() in p.parents})
    assert home.exit_status == 3 or home.stdout == f"LEAKED: {interpreter_paths}\n".encode(), home


@pytest.mark.parametrize("mode", BWRAP)
def test_extra_readable_folders_are_visible_but_read_only(mode: str, workdir: Path, tmp_path: Path) -> None:
    source = tmp_path / "submission"
    source.mkdir()
    (source / "main.py").write_text("open(__file__ + '.bak', 'w')\n")
    run = run_sandboxed(["python3", str(source / "main.py")], workdir=workdir, env={}, mode=mode, readable=[source])
    assert "Read-only file system" in run.stderr_text
    assert not (source / "main.py.bak").exists()


@pytest.mark.parametrize("mode", BWRAP)
def test_writing_outside_the_folder_fails(mode: str, workdir: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside" / "escaped.txt"
    outside.parent.mkdir()
    in_repo = HOSTILE / f"escaped-{uuid.uuid4().hex}.txt"
    try:
        run = run_program("write_outside.py", mode, workdir, str(outside), str(in_repo), "/usr/escaped.txt")
        assert run.ok
        assert b"blocked" in run.stdout
        assert not outside.exists() and not in_repo.exists() and not Path("/usr/escaped.txt").exists()
    finally:
        in_repo.unlink(missing_ok=True)


@pytest.fixture
def loopback_server():
    """A listening loopback server that records every connection it accepts."""
    accepted: list[bytes] = []
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                accepted.append(conn.recv(100))
                conn.sendall(b"answer")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    server.close()


def test_without_the_sandbox_the_loopback_server_is_reachable(workdir: Path, loopback_server) -> None:
    """The control for the next test: in plain mode the same program does connect."""
    port, accepted = loopback_server
    run = run_program("connect_loopback.py", "none", workdir, str(port))
    assert run.ok and b"CONNECTED" in run.stdout
    assert accepted == [b"hello\n"]


@pytest.mark.parametrize("mode", BWRAP)
@pytest.mark.parametrize("program", ["connect_loopback.py", "connect_loopback.js"])
def test_the_network_is_unreachable(mode: str, program: str, workdir: Path, loopback_server) -> None:
    port, accepted = loopback_server
    run = run_program(program, mode, workdir, str(port))
    assert run.exit_status == 3 and run.stdout.startswith(b"blocked"), run
    assert accepted == []


def test_bwrap_mode_refuses_to_run_without_bubblewrap(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("grader.process_sandbox.bwrap_path", lambda: None)
    monkeypatch.setattr("grader.process_sandbox._bwrap_checked", {})
    with pytest.raises(RuntimeError, match="bubblewrap"):
        run_sandboxed(["python3", "-c", "pass"], workdir=workdir, env={}, mode="bwrap")


def test_a_missing_program_is_reported_not_raised(workdir: Path) -> None:
    run = run_sandboxed(["no-such-program-xyz"], workdir=workdir, env={}, mode="none")
    assert not run.ok and run.killed_reason and "could not be started" in run.killed_reason


def test_the_grader_environment_does_not_leak(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_TOKEN", "s3cr3t")
    run = run_sandboxed(["python3", "-c", "import os; print(sorted(os.environ))"], workdir=workdir, env={},
                        mode="none")
    assert run.stdout.decode().strip() == str(sorted(["HOME", "LANG", "PATH"]))
    assert os.environ["SECRET_TOKEN"] == "s3cr3t"


@pytest.mark.skipif(not sandbox_available(), reason="bubblewrap is not installed")
def test_a_program_the_sandbox_cannot_start_says_so(tmp_path):
    run = run_sandboxed(["/tmp/no/such/interpreter", "x.py"], workdir=tmp_path, env={}, mode="bwrap")
    assert not run.ok and run.killed_reason.startswith("could not be started (bwrap: execvp")
