"""Runs one problem's tests in one sandboxed process: the learner's file, a small runner, and the inputs as job.json."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from grader.outcome import CannotGrade
from grader.process_sandbox import PYTHON, Limits, Run, run_sandboxed

MEMORY_BYTES = 1024 * 2**20


@dataclass(frozen=True)
class Language:
    """How to run a learner's file of one language: the runner that loads it, and the interpreter."""

    name: str
    suffix: str
    runner: str

    def argv(self) -> list[str]:
        if self.suffix == ".py":
            return [PYTHON, "-I", "-X", "utf8", self.runner]
        node = shutil.which("node")
        if node is None:
            raise CannotGrade("node is not installed here, so a JavaScript file cannot be graded; install Node.js 18+")
        return [node, "--stack-size=4000", self.runner]

    def readable(self) -> list[Path]:
        return [Path(sys.base_prefix)] if self.suffix == ".py" else []


LANGUAGES = {".py": Language("Python", ".py", "runner.py"), ".js": Language("JavaScript", ".js", "runner.js")}


def language_of(path: Path) -> Language:
    """The language of a learner's file, from its suffix; CannotGrade for anything but .py and .js."""
    language = LANGUAGES.get(path.suffix.lower())
    if language is None:
        raise CannotGrade(f"{path}: give a Python (.py) or JavaScript (.js) file with your solutions")
    return language


@dataclass(frozen=True)
class HarnessRun:
    """The runner's records (one per test it finished, or one load_error / missing record) and the process."""

    records: list[dict]
    run: Run


def run_tests(source: str, language: Language, function: str, tree_args: tuple[int, ...], tests: list[list],
              *, seconds: float, mode: str) -> HarnessRun:
    """Call `function` of the learner's `source` on every test, in order, within `seconds` of wall time."""
    with tempfile.TemporaryDirectory(prefix="grade-algo-") as folder:
        workdir = Path(folder)
        (workdir / f"solutions{language.suffix}").write_text(source, encoding="utf-8")
        runner = files("checkers.algorithms") / "runners" / language.runner
        (workdir / language.runner).write_text(runner.read_text(encoding="utf-8"), encoding="utf-8")
        job = {"function": function, "tree_args": list(tree_args), "tests": tests}
        (workdir / "job.json").write_text(json.dumps(job), encoding="utf-8")
        limits = Limits(wall_seconds=seconds, cpu_seconds=seconds + 1, memory_bytes=MEMORY_BYTES)
        run = run_sandboxed(language.argv(), workdir=workdir, env={}, limits=limits, mode=mode,
                            readable=language.readable())
        return HarnessRun(_records(workdir / "results.jsonl"), run)


def _records(path: Path) -> list[dict]:
    """Every complete line the runner wrote; a line cut short by a kill is dropped."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")[:-1]
    except FileNotFoundError:
        return []
    records = []
    for line in lines:
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            break
    return records
