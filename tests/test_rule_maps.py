"""Every contract rule of steps with a rule map has an outcome that checks it and a broken sample that fails it."""

from __future__ import annotations

import pytest

from grader.registry import checker_for
from tests.support.rule_map import failing_outcomes, rules, steps_with_rule_maps

STEPS = steps_with_rule_maps()
RULES = [rule for step in STEPS for rule in rules(step)]


def _planned(step: int) -> set[str]:
    return {planned.id.removeprefix(f"step-{step}/") for planned in checker_for(step).planned()}


def test_the_steps_with_contracts_have_rule_maps():
    assert {1, 3, 4} <= set(STEPS)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: f"step-{rule.step}:{rule.rule[:60]}")
def test_each_rule_is_checked_by_an_outcome_and_broken_by_a_sample(rule):
    if rule.unchecked:
        assert not rule.outcomes and not rule.broken, "a rule is either checked or says why it cannot be"
        return
    assert rule.outcomes, "this rule has no outcome that checks it"
    assert set(rule.outcomes) <= _planned(rule.step), f"unknown outcomes: {set(rule.outcomes) - _planned(rule.step)}"
    assert rule.broken, "this rule has no broken sample that breaks it"
    for sample in rule.broken:
        fails = failing_outcomes(rule.step, sample)
        assert fails is not None, f"no broken sample named {sample!r} in step {rule.step}'s corpus"
        assert fails & set(rule.outcomes), f"{sample} is not recorded to fail any of {rule.outcomes} (it fails {fails})"


@pytest.mark.parametrize("step", STEPS)
def test_every_outcome_of_a_contract_step_checks_some_rule(step):
    mapped = {outcome for rule in rules(step) for outcome in rule.outcomes}
    unmapped = _planned(step) - mapped - _algorithm_problems(step)
    assert not unmapped, f"outcomes that check no rule of the contract: {sorted(unmapped)}"


def _algorithm_problems(step: int) -> set[str]:
    """Step 1's algorithm problems are graded from --problems, not from the task-manager contract."""
    from checkers.algorithms.bank import load_bank

    return {problem.slug for problem in load_bank(step)} if step == 1 else set()
