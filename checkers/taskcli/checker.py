"""Step 1's checker: the task manager's scenarios in parallel, and step 1's algorithm problems with --problems."""

from __future__ import annotations

import os
import shlex
import shutil
import tempfile
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from importlib import import_module
from pathlib import Path

import click

from checkers.taskcli.checks import Mismatch
from checkers.taskcli.harness import Program, Session
from checkers.taskcli.scenarios import SCENARIOS, Scenario
from grader.checker import Checker, Event, Notice, PlannedOutcome
from grader.inputs import read_text_file
from grader.outcome import CannotGrade, Feedback, Outcome
from grader.parallelism import threads
from grader.process_sandbox import PYTHON, sandbox_available

ALGORITHMS = "checkers.algorithms.checker"
WORKERS = max(2, min(4, os.cpu_count() or 2))
QUIET_ENV = (("PYTHONDONTWRITEBYTECODE", "1"), ("PYTHONIOENCODING", "utf-8"))


def program_for(path: Path | None, cmd: str | None) -> Program:
    """How to run the submission: a .py file with this Python, a .js file with node, or the --cmd words."""
    if (path is None) == (cmd is None):
        raise CannotGrade(f"give your task manager {'either' if path else 'as'} a file (grade step-1 tasks.py) or "
                          "a command (grade step-1 --cmd 'python -m mytasks'); problems go with --problems FILE")
    if cmd is not None:
        argv = tuple(shlex.split(cmd))
        if not argv:
            raise CannotGrade("--cmd is empty; give the command that runs your task manager")
        if shutil.which(argv[0]) is None:
            raise CannotGrade(f"--cmd: there is no program called {argv[0]!r} here; check the command's first word")
        here = Path.cwd().resolve()
        return Program(argv, (here,), (*QUIET_ENV, ("PYTHONPATH", str(here)), ("NODE_PATH", str(here))))
    source = path.resolve()
    if not source.is_file():
        raise CannotGrade(f"{path}: no such file; give the path to your task manager (tasks.py or tasks.js)")
    interpreters = {".py": PYTHON, ".js": shutil.which("node")}
    if source.suffix not in interpreters:
        raise CannotGrade(f"{path}: only .py and .js files run directly; for anything else use --cmd '...'")
    if interpreters[source.suffix] is None:
        raise CannotGrade(f"{path}: node is not installed here, so a .js file cannot run; install Node.js")
    return Program((interpreters[source.suffix], str(source)), (source.parent,), QUIET_ENV)


def play(scenario: Scenario, program: Program, mode: str) -> Outcome:
    """Run one scenario in its own fresh folder and turn what happened into an outcome."""
    outcome_id = f"step-1/{scenario.slug}"
    with tempfile.TemporaryDirectory(prefix="grade-step1-") as folder:
        session = Session(program, Path(folder), mode)
        try:
            scenario.play(session)
        except Mismatch as miss:
            return Outcome.failed(outcome_id, scenario.title, scenario.points, Feedback(
                did=_did(session, miss), expected=miss.expected,
                got=f"{miss.got}\n\n{miss.invocation.describe(with_file=miss.show_file)}",
                hint=miss.hint, reproduce=session.reproduce()))
        except Exception as exc:  # the grader's own failure, never the learner's
            return Outcome.errored(outcome_id, scenario.title, scenario.points, Feedback(
                did=f"ran {len(session.history)} commands", got=f"the grader failed: {type(exc).__name__}: {exc}",
                reproduce=session.reproduce()))
    return Outcome.passed(outcome_id, scenario.title, scenario.points,
                          Feedback(did=f"ran {len(session.history)} commands; all behaved as the contract says"))


def _did(session: Session, miss: Mismatch) -> str:
    earlier = [inv.shell for inv in session.history if inv is not miss.invocation]
    steps = "\n".join(f"  $ {line}" for line in earlier[:12])
    more = f"\n  ... and {len(earlier) - 12} more" if len(earlier) > 12 else ""
    first = "in a fresh empty folder with TASKS_FILE=tasks.json"
    return f"{first}, after these commands:\n{steps}{more}" if earlier else first


def grade(path: Path | None, cmd: str | None, problems: Path | None, sandbox: str) -> Iterator[Event]:
    """The task manager if given, then the algorithm problems if given."""
    program = program_for(path, cmd) if (path or cmd or not problems) else None
    algorithms = _algorithms() if problems is not None else None
    if problems is not None:
        read_text_file(problems, "your algorithm solutions (algorithms.py or algorithms.js)")
    if sandbox == "bwrap" and not sandbox_available():
        raise CannotGrade("--sandbox bwrap: bubblewrap is not available here; install it or use --sandbox auto")
    if sandbox == "none":
        yield Notice("--sandbox none: your programs run WITHOUT the sandbox, with full access to your files and "
                     "network; use it only for code you trust")
    elif sandbox == "auto" and not sandbox_available():
        yield Notice("bubblewrap is not available, so programs run with resource limits only (no filesystem or "
                     "network isolation)")
    if program is not None:
        with ThreadPoolExecutor(max_workers=threads(WORKERS)) as pool:
            yield from pool.map(lambda scenario: play(scenario, program, sandbox), SCENARIOS)
    if algorithms is not None:
        yield from algorithms.grade_problems(problems, step=1, sandbox=sandbox)


def _algorithms():
    try:
        return import_module(ALGORITHMS)
    except ModuleNotFoundError as exc:
        if exc.name and ALGORITHMS.startswith(exc.name):
            raise CannotGrade("--problems: the algorithm problems are not graded yet in this version") from None
        raise


def planned() -> list[PlannedOutcome]:
    items = [PlannedOutcome(f"step-1/{s.slug}", s.title, s.points, s.description) for s in SCENARIOS]
    try:
        extra = getattr(_algorithms(), "step1_planned", None)
    except CannotGrade:
        extra = None
    return items + (list(extra()) if extra else [])


def planned_for(path: Path | None, cmd: str | None, problems: Path | None, **_: object) -> list[PlannedOutcome]:
    """The task-manager scenarios when a manager is graded, and step 1's problems when --problems is given."""
    everything = planned()
    scenarios = everything[:len(SCENARIOS)] if (path or cmd or not problems) else []
    return scenarios + (everything[len(SCENARIOS):] if problems else [])


def starter_files() -> dict[str, str]:
    try:
        extra = getattr(_algorithms(), "step1_starter_files", None)
    except CannotGrade:
        extra = None
    return dict(extra()) if extra else {}


def describe(path: Path | None, cmd: str | None, problems: Path | None, **_: object) -> str:
    parts = [str(path) if path else f"--cmd {cmd}" if cmd else "", f"--problems {problems}" if problems else ""]
    return " + ".join(p for p in parts if p)


CHECKER = Checker(
    step=1,
    params=(
        click.Argument(["path"], required=False, type=click.Path(path_type=Path)),
        click.Option(["--cmd"], help="Run your task manager with this command instead, e.g. 'python -m mytasks'."),
        click.Option(["--problems"], type=click.Path(path_type=Path),
                     help="Also grade step 1's algorithm problems in this file (algorithms.py or algorithms.js)."),
        click.Option(["--sandbox"], type=click.Choice(["auto", "bwrap", "none"]), default="auto", show_default=True,
                     help="auto: bubblewrap when available; bwrap: require it; none: no isolation (trusted code)."),
    ),
    grade=grade,
    planned=planned,
    starter_files=starter_files,
    describe_submission=describe,
    planned_for=planned_for,
)
