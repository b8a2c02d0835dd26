"""Starts the server under test from a command, waits until it answers, and always stops it and its children."""

from __future__ import annotations

import http.client
import os
import shlex
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from grader.http_probe import loopback_base_url
from grader.outcome import CannotGrade

READY_PATHS = ("/health", "/books")
LOG_TAIL_BYTES = 4_000


class ServerDidNotStart(CannotGrade):
    """The learner's server never answered, or exited, before grading could begin."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def loopback_url(url: str) -> str:
    """The URL without a trailing slash, if it names a port on this machine over http; CannotGrade otherwise."""
    try:
        return loopback_base_url(url if "://" in url else f"http://{url}")
    except ValueError:
        raise CannotGrade(f"{url}: give the address and port of a server on this machine, such as "
                          "http://localhost:5000 (the grader only talks to 127.0.0.1)") from None


def answers(base_url: str, timeout: float = 1.0) -> bool:
    """True when GET /health, else GET /books, gets a 2xx answer."""
    parts = urlsplit(base_url)
    for path in READY_PATHS:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
        try:
            connection.request("GET", parts.path + path)
            if 200 <= connection.getresponse().status < 300:
                return True
        except (OSError, http.client.HTTPException):
            return False
        finally:
            connection.close()
    return False


def wait_until_ready(base_url: str, timeout: float, still_running=lambda: True) -> bool:
    """Poll until the server answers, the deadline passes, or `still_running()` turns false."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answers(base_url):
            return True
        if not still_running():
            return False
        time.sleep(0.1)
    return False


def _tail(path: Path) -> str:
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        handle.seek(max(0, size - LOG_TAIL_BYTES))
        text = handle.read().decode("utf-8", "replace")
    cut = f"(the last {LOG_TAIL_BYTES:,} bytes of {size:,})\n" if size > LOG_TAIL_BYTES else ""
    return cut + text.strip() if text.strip() else "(it printed nothing)"


def _stop_group(process: subprocess.Popen) -> None:
    """SIGTERM the whole process group, then SIGKILL whatever is left after a grace period."""
    for sig, grace in ((signal.SIGTERM, 3.0), (signal.SIGKILL, 3.0)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            continue
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            return


@contextmanager
def server_from_command(command: str, cwd: Path | None, env: dict[str, str],
                        ready_timeout: float = 20.0) -> Iterator[str]:
    """Run `command` with PORT set to a free loopback port; yield its base URL once it answers; stop it at the end."""
    try:
        argv = shlex.split(command)
    except ValueError as exc:
        raise CannotGrade(f"--cmd {command!r} cannot be read as a command line: {exc}") from None
    if not argv:
        raise CannotGrade("--cmd is empty; give the command that starts your server, e.g. --cmd 'python app.py'")
    if cwd is not None and not cwd.is_dir():
        raise CannotGrade(f"--cwd {cwd}: no such folder")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryDirectory(prefix="grade-server-") as scratch:
        log = Path(scratch) / "server.log"
        with open(log, "wb") as output:
            try:
                process = subprocess.Popen(argv, cwd=cwd, env={**os.environ, **env, "PORT": str(port)},
                                           stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT,
                                           start_new_session=True)
            except OSError as exc:
                raise CannotGrade(f"--cmd {command!r} could not be started: {exc.strerror}") from None
        on_main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _raise_interrupt) if on_main_thread else None
        try:
            if not wait_until_ready(base_url, ready_timeout, lambda: process.poll() is None):
                status = process.poll()
                why = (f"exited with status {status}" if status is not None
                       else f"did not answer GET /health or GET /books on port {port} within {ready_timeout:g} s")
                raise ServerDidNotStart(f"your server ({command}) {why}. Its output:\n{_tail(log)}")
            yield base_url
        finally:
            _stop_group(process)
            if on_main_thread:
                signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
