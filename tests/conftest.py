"""Shared test helpers: run the `grade` command exactly as a user does, in a fresh process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_solutions"


def run_grade(*args: str | Path, cwd: Path | None = None, env: dict | None = None,
              timeout: float = 300) -> subprocess.CompletedProcess:
    """`grade ARGS…` in a subprocess; the console script when installed, else `python -m grader`."""
    command = [shutil.which("grade")] if shutil.which("grade") else [sys.executable, "-m", "grader"]
    return subprocess.run([*command, *map(str, args)], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, **(env or {})}, timeout=timeout)


@pytest.fixture
def grade():
    return run_grade
