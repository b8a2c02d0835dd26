"""The datasets tell right answers from almost-right ones: every mutant of a reference query fails somewhere."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from checkers.sql.dataset.cache import dataset_files
from checkers.sql.questions import load_questions
from checkers.sql.sandbox import open_dataset, run_query
from tests.support.mutants import OPERATORS, Mutant, mutants, rejects

EQUIVALENT_FILE = Path(__file__).parent / "data" / "step2_equivalent_mutants.toml"


def _equivalent() -> dict[str, dict]:
    entries = tomllib.loads(EQUIVALENT_FILE.read_text(encoding="utf-8")).get("equivalent", [])
    return {entry["id"]: entry for entry in entries}


@pytest.fixture(scope="module")
def survivors() -> tuple[int, list[Mutant]]:
    """(how many mutants ran, the mutants that no dataset rejected); the small hidden datasets run first."""
    questions = load_questions()
    files = dataset_files()
    connections = [(d, open_dataset(d.path)) for d in [*files[1:], files[0]]]
    try:
        reference = {(q.id, d.name): run_query(con, q.sql) for q in questions for d, con in connections}
        total, alive = 0, []
        for question in questions:
            for mutant in mutants(question.id, question.sql):
                total += 1
                if not any(rejects(reference[question.id, d.name], mutant.sql, con, question.order_keys)
                           for d, con in connections):
                    alive.append(mutant)
        return total, alive
    finally:
        for _, con in connections:
            con.close()


def test_no_almost_right_query_is_accepted(survivors, capsys):
    total, alive = survivors
    equivalent = _equivalent()
    false_accepts = [m for m in alive if m.id not in equivalent]
    killed = total - len(alive)
    with capsys.disabled():
        print(f"\nstep-2 mutants: {total}, killed {killed}, equivalent {len(alive) - len(false_accepts)}, "
              f"false accepts {len(false_accepts)} ({len(false_accepts) / total:.1%})")
    assert not false_accepts, "mutants accepted on every dataset:\n" + "\n".join(
        f"{m.id} [{m.fingerprint}]: {m.sql}" for m in false_accepts)


def test_every_listed_equivalent_mutant_still_survives_with_a_reason(survivors):
    _, alive = survivors
    by_id = {m.id: m for m in alive}
    for mutant_id, entry in _equivalent().items():
        assert mutant_id in by_id, f"{mutant_id} is listed as equivalent but the datasets now reject it: remove it"
        assert entry["fingerprint"] == by_id[mutant_id].fingerprint, (
            f"{mutant_id} now names a different mutant ({by_id[mutant_id].sql}); re-check its reason")
        assert len(entry["reason"]) > 30, f"{mutant_id}: write down why it is equivalent"


def test_every_operator_makes_mutants_of_some_reference_query():
    made = {m.id.split("/")[1] for q in load_questions() for m in mutants(q.id, q.sql)}
    assert made == set(OPERATORS), f"operators with no site in any reference query: {set(OPERATORS) - made}"
