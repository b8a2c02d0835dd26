"""The bookstore sample servers by name: their catalog, and starting one on a free loopback port for a test."""

from __future__ import annotations

import shlex
import sys
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from grader.launcher import server_from_command

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


@contextmanager
def running_bookstore(name: str, env: dict[str, str] | None = None, auth: bool | None = None,
                      ready_timeout: float = 30) -> Iterator[str]:
    """Start the named server in its own process group, yield its base URL once it answers, then stop it.

    It is started exactly as the grader starts a learner's `--cmd` (grader.launcher), with a fresh database."""
    command = shlex.join(serve_command(name, auth))
    with server_from_command(command, None, {**DEFAULT_ENV, "DATABASE_PATH": "", **(env or {})},
                             ready_timeout) as base_url:
        yield base_url
