"""Step specs: the roadmap's steps and each step's learner-facing instructions, validated when loaded."""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable

from grader.cache import leave_stamp, stamp
from grader.outcome import CannotGrade


class SpecError(Exception):
    """A file in exercises/ does not match its schema: the grader's own bug, caught by the tests."""


@dataclass(frozen=True)
class Step:
    number: int
    title: str
    submit: str
    files: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    replaced_by: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"step-{self.number}"

    @property
    def folder(self) -> Traversable:
        return files("exercises") / f"step-{self.number:02d}"


def schema(name: str) -> dict:
    """One of the JSON Schemas shipped in grader/schemas."""
    return json.loads((files("grader") / "schemas" / name).read_text(encoding="utf-8"))


def load_toml(resource: Traversable, schema_document: dict) -> dict:
    """Read a TOML file from exercises/ and validate it, naming the file and the path of the first problem.

    A file already validated in exactly this form against exactly this schema is not validated again, which keeps
    jsonschema off the path of a learner's every run.
    """
    text = resource.read_text(encoding="utf-8")
    data = tomllib.loads(text)
    digest = hashlib.sha256(json.dumps([text, schema_document], sort_keys=True).encode()).hexdigest()
    validated = stamp("validated", digest)
    if validated.exists():
        return data
    import jsonschema

    error = jsonschema.exceptions.best_match(jsonschema.Draft202012Validator(schema_document).iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise SpecError(f"{resource.name}: {where}: {error.message}")
    leave_stamp(validated)
    return data


@cache
def all_steps() -> tuple[Step, ...]:
    """Every step of the roadmap, in order."""
    data = load_toml(files("exercises") / "steps.toml", schema("steps.schema.json"))
    return tuple(Step(**{key: tuple(value) if isinstance(value, list) else value for key, value in entry.items()})
                 for entry in data["steps"])


def find_step(name: str) -> Step:
    """The step named `step-2`, `2` or `step-02`; CannotGrade with the valid names otherwise."""
    match = re.fullmatch(r"(?:step-?)?0*(\d+)", name.strip().lower())
    for step in all_steps():
        if match and int(match.group(1)) == step.number:
            return step
    names = ", ".join(s.name for s in all_steps())
    raise CannotGrade(f"there is no step called {name!r}; the steps are {names}")


@cache
def step_spec(number: int) -> dict:
    """The learner-facing spec of a step that has one (title, summary, instructions, starter file)."""
    step = find_step(str(number))
    return load_toml(step.folder / "step.toml", schema("step.schema.json"))
