"""Each step's contract as data: every rule, the outcomes that check it, and the broken samples that break only it.

`exercises/step-NN/rules.toml` holds one `[[rules]]` entry per sentence of the learner contract:

    [[rules]]
    rule = "add: priority defaults to medium, due to none"   # the contract's words, shortened
    outcomes = ["add-defaults"]                               # outcome ids of the step, without the `step-N/` prefix
    broken = ["broken-any-priority"]                          # samples that break this rule and no other

A rule nothing outside the server can observe (how a password is stored) says so instead of naming outcomes:

    unchecked = "a black-box probe cannot see how passwords are stored"

A broken sample is named as its step's corpus names it: a file stem under sample_solutions/step-01 (with its
`.expected.toml`), or a server of sample_solutions/bookstore_variants.toml.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"
SAMPLES = ROOT / "sample_solutions"


@dataclass(frozen=True)
class Rule:
    step: int
    rule: str
    outcomes: tuple[str, ...]
    broken: tuple[str, ...]
    unchecked: str


def steps_with_rule_maps() -> list[int]:
    return sorted(int(path.parent.name.removeprefix("step-")) for path in EXERCISES.glob("step-*/rules.toml"))


def rules(step: int) -> list[Rule]:
    data = tomllib.loads((EXERCISES / f"step-{step:02d}" / "rules.toml").read_text())
    return [
        Rule(step, entry["rule"], tuple(entry.get("outcomes", ())), tuple(entry.get("broken", ())),
             entry.get("unchecked", ""))
        for entry in data["rules"]
    ]


def failing_outcomes(step: int, sample: str) -> set[str] | None:
    """The outcomes (without prefix) a broken sample is recorded to fail, or None when no such sample exists."""
    if step == 1:
        expected = SAMPLES / "step-01" / f"{sample}.expected.toml"
        if not expected.is_file():
            return None
        outcomes = tomllib.loads(expected.read_text())["outcomes"]
        return {key.removeprefix("step-1/") for key, status in outcomes.items() if status == "fail"}
    if step in (3, 4):
        from sample_solutions.bookstore_servers import catalog

        server = catalog().get(sample)
        if server is None or server.kind != "broken" or step not in server.steps:
            return None
        return set(server.fails)
    raise ValueError(f"step {step} has no corpus of broken samples this map knows how to read")
