"""The problem bank of a step (exercises/step-NN/problems.toml), with every test's expected answer."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tomllib
from dataclasses import asdict, dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from checkers.algorithms.generators import generate
from checkers.algorithms.reference import SOLUTIONS
from checkers.algorithms.trees import build_tree
from grader.cache import cache_root

CODE_THAT_MAKES_TESTS = ("generators.py", "reference.py", "trees.py", "bank.py")


class BankError(Exception):
    """A problems.toml does not hold what the loader needs: the grader's own bug, caught by the tests."""


@dataclass(frozen=True)
class Case:
    """One call of the learner's function: its arguments, the expected result, and how to talk about it."""

    args: list
    expected: object
    visible: bool
    kind: str
    size: str = ""

    @property
    def is_large(self) -> bool:
        return bool(self.size)


@dataclass(frozen=True)
class Problem:
    slug: str
    title: str
    topic: str
    statement: str
    python: str
    javascript: str
    complexity: str
    points: float
    tree_args: tuple[int, ...]
    cases: tuple[Case, ...]

    @property
    def python_name(self) -> str:
        return _function_name(self.python)

    @property
    def javascript_name(self) -> str:
        return _function_name(self.javascript)


def _function_name(signature: str) -> str:
    match = re.match(r"\s*([A-Za-z_]\w*)\s*\(", signature)
    if not match:
        raise BankError(f"{signature!r} is not a function signature such as two_sum(nums, target)")
    return match.group(1)


def canonical(value: object) -> str:
    """One text per JSON value, so 1, 1.0, true and [1] never compare equal by accident."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _expected(reference_name: str, args: list, tree_args: tuple[int, ...]) -> object:
    real = [build_tree(a) if i in tree_args else json.loads(json.dumps(a)) for i, a in enumerate(args)]
    return json.loads(json.dumps(SOLUTIONS[reference_name](*real)))


def _args(case: dict) -> list:
    """A case's arguments: TOML `args`, or `json` text where TOML cannot say it (a tree's null)."""
    return json.loads(case["json"]) if "json" in case else case["args"]


def _problem(entry: dict, points: float) -> Problem:
    try:
        tree_args = tuple(entry.get("tree_args", ()))
        name = _function_name(entry["python"])
        if name not in SOLUTIONS:
            raise BankError(f"{entry['slug']}: no reference solution named {name}")
        cases = [Case(_args(e), e["expected"], True, "example") for e in entry["examples"]]
        cases += [Case(_args(h), _expected(name, _args(h), tree_args), False, h["kind"]) for h in entry["hidden"]]
        for large in entry["large"]:
            args, size = generate(large["generator"], large["size"], large["seed"])
            cases.append(Case(args, _expected(name, args, tree_args), False, large["kind"], size))
        return Problem(entry["slug"], entry["title"], entry["topic"], entry["statement"].strip(), entry["python"],
                       entry["javascript"], entry["complexity"], points, tree_args, tuple(cases))
    except KeyError as missing:
        raise BankError(f"problem {entry.get('slug', '?')}: missing key {missing}") from None


@cache
def load_bank(step: int) -> tuple[Problem, ...]:
    """The problems of `step`, in the order of its problems.toml; the expanded tests are cached between runs."""
    text = (files("exercises") / f"step-{step:02d}" / "problems.toml").read_text(encoding="utf-8")
    sources = [(files("checkers.algorithms") / name).read_text(encoding="utf-8") for name in CODE_THAT_MAKES_TESTS]
    digest = hashlib.sha256("\0".join([text, *sources]).encode()).hexdigest()
    cached = cache_root() / "algorithms" / f"step-{step}-{digest[:24]}.json"
    try:
        return tuple(_from_json(problem) for problem in json.loads(cached.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    data = tomllib.loads(text)
    problems = tuple(_problem(entry, data["points"]) for entry in data["problems"])
    _forget_older(cached, step)
    _save(cached, json.dumps([asdict(problem) for problem in problems]))
    return problems


def _from_json(data: dict) -> Problem:
    cases = tuple(Case(**case) for case in data.pop("cases"))
    return Problem(**{**data, "tree_args": tuple(data["tree_args"]), "cases": cases})


def _forget_older(cached: Path, step: int) -> None:
    """Remove this step's caches made from older versions of the bank."""
    for stale in cached.parent.glob(f"step-{step}-*.json"):
        with contextlib.suppress(OSError):
            stale.unlink()


def _save(path: Path, text: str) -> None:
    """Write the cache file atomically; a cache that cannot be written only costs time next run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_suffix(f".{os.getpid()}.tmp")
        scratch.write_text(text, encoding="utf-8")
        os.replace(scratch, path)
    except OSError:
        pass
