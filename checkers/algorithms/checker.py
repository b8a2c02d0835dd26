"""Steps 1 and 10's algorithm problems: each problem is one outcome, run in its own sandboxed process."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import click

from checkers.algorithms.bank import Problem, load_bank
from checkers.algorithms.harness import Language, language_of, run_tests
from checkers.algorithms.judge import judge, outcome_id
from checkers.algorithms.starter import javascript_starter, python_starter
from grader.checker import Checker, Event, Notice, PlannedOutcome
from grader.inputs import read_text_file
from grader.outcome import CannotGrade, Outcome
from grader.parallelism import threads
from grader.process_sandbox import MODES, sandbox_available

DEFAULT_SECONDS = 6.0
WORKERS = 2


def _grade_one(step: int, problem: Problem, source: str, language: Language, seconds: float,
               sandbox: str) -> Outcome:
    name = problem.python_name if language.suffix == ".py" else problem.javascript_name
    tests = [case.args for case in problem.cases]
    result = run_tests(source, language, name, problem.tree_args, tests, seconds=seconds, mode=sandbox)
    return judge(step, problem, language, result, seconds)


def _selected(problems: tuple[Problem, ...], only: tuple[str, ...]) -> list[Problem]:
    wanted = {part.strip() for value in only for part in value.split(",") if part.strip()}
    unknown = wanted - {p.slug for p in problems}
    if unknown:
        raise CannotGrade(f"--only {', '.join(sorted(unknown))}: no such problem; the problems are "
                          f"{', '.join(p.slug for p in problems)}")
    return [p for p in problems if not wanted or p.slug in wanted]


def grade_problems(path: Path, step: int, sandbox: str, seconds: float = DEFAULT_SECONDS,
                   only: tuple[str, ...] = ()) -> Iterator[Outcome]:
    """One outcome per problem of `step`'s bank for the learner's .py or .js file, in the bank's order."""
    language = language_of(path)
    source = read_text_file(path, f"a {language.name} file with your solutions")
    if sandbox not in MODES:
        raise CannotGrade(f"--sandbox {sandbox}: choose one of {', '.join(MODES)}")
    if sandbox == "bwrap" and not sandbox_available():
        raise CannotGrade("--sandbox bwrap: bubblewrap is not available here; install it or use --sandbox auto")
    problems = _selected(load_bank(step), only)
    with ThreadPoolExecutor(max_workers=threads(WORKERS)) as pool:
        yield from pool.map(lambda p: _grade_one(step, p, source, language, seconds, sandbox), problems)


def grade(path: Path, sandbox: str, time_limit: float, only: tuple[str, ...]) -> Iterator[Event]:
    """Step 10: check the file before any output, then stream one outcome per problem."""
    outcomes = grade_problems(path, 10, sandbox, time_limit, only)
    first = next(outcomes, None)
    if sandbox == "none" or (sandbox == "auto" and not sandbox_available()):
        yield Notice("your code ran WITHOUT the bubblewrap sandbox (only time and memory limits); "
                     "install bubblewrap to isolate it")
    if first is not None:
        yield first
    yield from outcomes


def planned() -> list[PlannedOutcome]:
    return [PlannedOutcome(outcome_id(10, p), p.title, p.points, f"{p.topic}. {p.statement}") for p in load_bank(10)]


def planned_for(only: tuple[str, ...], **_: object) -> list[PlannedOutcome]:
    """The problems --only selects (all of them by default)."""
    chosen = {outcome_id(10, p) for p in _selected(load_bank(10), only)}
    return [p for p in planned() if p.id in chosen]


def starter_files() -> dict[str, str]:
    """solutions.py and solutions.js with every signature: keep the one you want."""
    problems = load_bank(10)
    return {"solutions.py": python_starter(10, problems), "solutions.js": javascript_starter(10, problems)}


def step1_starter_files() -> dict[str, str]:
    """algorithms.py and algorithms.js with step 1's problem signatures (for `grade init step-1`)."""
    problems = load_bank(1)
    return {"algorithms.py": python_starter(1, problems), "algorithms.js": javascript_starter(1, problems)}


def step1_planned() -> list[PlannedOutcome]:
    """Step 1's problems as planned outcomes (graded with --problems)."""
    return [PlannedOutcome(outcome_id(1, p), f"{p.title} (with --problems)", p.points, f"{p.topic}. {p.statement}")
            for p in load_bank(1)]


CHECKER = Checker(
    step=10,
    params=(
        click.Argument(["path"], type=click.Path(path_type=Path)),
        click.Option(["--sandbox"], type=click.Choice(MODES), default="auto", show_default=True,
                     help="Run your code in bubblewrap (bwrap), without it (none), or bwrap when available (auto)."),
        click.Option(["--time-limit"], type=float, default=DEFAULT_SECONDS, show_default=True,
                     help="Seconds each problem's tests may take together."),
        click.Option(["--only"], multiple=True, metavar="SLUG",
                     help="Grade only these problems, e.g. --only coin-change (repeat, or separate with commas)."),
    ),
    grade=grade,
    planned=planned,
    starter_files=starter_files,
    describe_submission=lambda path, **_: str(path),
    planned_for=planned_for,
)
