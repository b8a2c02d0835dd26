"""The bookstore sample servers by name: their catalog, and starting one on a free loopback port for a test."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent
CATALOG = SAMPLES / "bookstore_variants.toml"
SERVE = SAMPLES / "serve.py"
DEFAULT_ENV = {
    "ADMIN_EMAIL": "admin@bookstore.test",
    "ADMIN_PASSWORD": "admin-password-123",
    "JWT_SECRET": "sample-solutions-jwt-secret-0123456789",
    "BCRYPT_ROUNDS": "4",  # bcrypt's cheapest cost keeps test runs fast; the servers default to 12
}


@dataclass(frozen=True)
class BookstoreServer:
    """One sample server: correct or broken, which steps it targets, and the outcomes it must fail there."""

    name: str
    kind: str
    app: str
    steps: tuple[int, ...]
    auth: bool
    module: Path | None
    fails: tuple[str, ...]
    description: str


def catalog() -> dict[str, BookstoreServer]:
    """Every sample server in bookstore_variants.toml, by name."""
    data = tomllib.loads(CATALOG.read_text())
    return {
        name: BookstoreServer(
            name=name,
            kind=entry["kind"],
            app=entry["app"],
            steps=tuple(entry["steps"]),
            auth=entry["auth"],
            module=SAMPLES / entry["module"] if "module" in entry else None,
            fails=tuple(entry.get("fails", ())),
            description=entry["description"],
        )
        for name, entry in data["servers"].items()
    }


def outcome_names(step: int) -> dict[str, str]:
    """The outcome names of a step, each with what the corpus assumes the probe checks."""
    return tomllib.loads(CATALOG.read_text())["outcomes"][f"step-{step}"]


def serve_command(name: str, auth: bool | None = None) -> list[str]:
    """The command that starts the named server on 127.0.0.1:$PORT."""
    switch = [] if auth is None else ["--auth", "on" if auth else "off"]
    return [sys.executable, str(SERVE), name, *switch]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _healthy(base_url: str) -> bool:
    try:
        with urllib.request.urlopen(base_url + "/health", timeout=1) as response:
            return response.status == 200
    except (OSError, urllib.error.URLError):
        return False


@contextmanager
def running_bookstore(name: str, env: dict[str, str] | None = None, auth: bool | None = None,
                      ready_timeout: float = 30) -> Iterator[str]:
    """Start the named server in its own process group, yield its base URL once /health answers, then stop it."""
    port = _free_port()
    child_env = {key: value for key, value in os.environ.items() if key != "DATABASE_PATH"}
    child_env.update({**DEFAULT_ENV, **(env or {}), "PORT": str(port)})
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(serve_command(name, auth), env=child_env, stdout=log, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            deadline = time.monotonic() + ready_timeout
            while not _healthy(base_url):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    output = log.read().decode(errors="replace")[-3000:]
                    raise RuntimeError(f"bookstore server {name!r} did not start:\n{output}")
                time.sleep(0.05)
            yield base_url
        finally:
            _stop(process)


def _stop(process: subprocess.Popen) -> None:
    """Terminate the server's whole process group, killing it if it lingers."""
    for sig, grace in ((signal.SIGTERM, 5), (signal.SIGKILL, 5)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            break
        try:
            process.wait(grace)
            break
        except subprocess.TimeoutExpired:
            continue
    process.wait()
