"""A seeded cohort of step-2 answer files: mostly partial work, some perfect, a few empty or garbage, in three dialects.

Each learner writes in one dialect (named by the file's `-- dialect:` header) and answers each of the twenty questions
with the reference answer, an alternative right answer (tests/cases/alternatives), a wrong answer (an answer that a
broken sample in sample_solutions/step-02 overrides and that its .expected.toml says fails), or nothing.
Usage: python bench/cohort.py FOLDER [--count N]   (or import write_cohort)
"""

from __future__ import annotations

import argparse
import random
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from checkers.sql.sections import split_answers

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_solutions" / "step-02"
ALTERNATIVES = ROOT / "tests" / "cases" / "alternatives"
QUESTIONS = range(1, 21)
SEED = 20260630
DIALECTS = {"postgres": 0.6, "mysql": 0.25, "duckdb": 0.15}
GARBAGE = "Dear instructor, I could not get the database to start, so here are my notes instead.\n\x00\xff SELEKT ???\n"


@dataclass
class AnswerPool:
    """One dialect's answers per question: the reference one, alternative right ones, and known wrong ones."""

    reference: dict[int, str]
    alternatives: dict[int, list[str]] = field(default_factory=dict)
    wrong: dict[int, list[str]] = field(default_factory=dict)


def answer_pools() -> dict[str, AnswerPool]:
    """Every dialect's pool, read from the sample solutions and the alternative-answer test cases."""
    pools = {d: AnswerPool(_answers(SAMPLES / f"correct-{d}.sql")) for d in DIALECTS}
    for case in sorted(ALTERNATIVES.glob("q*.sql")):
        dialect = case.suffixes[-2].lstrip(".")
        for number, sql in _answers(case).items():
            pools[dialect].alternatives.setdefault(number, []).append(sql)
    for broken in sorted(SAMPLES.glob("broken-*.sql")):
        text = broken.read_text()
        dialect = split_answers(text, QUESTIONS).dialect
        if "-- base:" not in text or dialect not in pools:
            continue
        expected = tomllib.loads(broken.with_suffix(".expected.toml").read_text())["outcomes"]
        for number, sql in _answers(broken).items():
            if expected.get(f"step-2/q{number:02d}") != "pass":
                pools[dialect].wrong.setdefault(number, []).append(sql)
    return pools


def _answers(path: Path) -> dict[int, str]:
    return {n: a.sql.strip() for n, a in split_answers(path.read_text(), QUESTIONS).answers.items() if not a.is_blank}


def learner_file(rng: random.Random, pools: dict[str, AnswerPool]) -> tuple[str, frozenset[int]]:
    """One learner's whole answer file and the questions it answers right; ~8% perfect, 5% empty or garbage."""
    kind = rng.random()
    if kind < 0.03:
        return "", frozenset()
    if kind < 0.05:
        return GARBAGE, frozenset()
    dialect = rng.choices(list(DIALECTS), weights=list(DIALECTS.values()))[0]
    pool = pools[dialect]
    skill = 1.0 if kind < 0.13 else rng.uniform(0.3, 0.95)
    sections = [f"-- dialect: {dialect}\n-- Step 2 answers\n"]
    right = set()
    for number in QUESTIONS:
        if rng.random() < skill:
            right.add(number)
            alternatives = pool.alternatives.get(number, [])
            sql = rng.choice(alternatives) if alternatives and rng.random() < 0.4 else pool.reference[number]
        else:
            wrong = pool.wrong.get(number, [])
            sql = rng.choice(wrong) if wrong and rng.random() < 0.8 else ""
        sections.append(f"-- q{number:02d}\n{sql}\n")
    return "\n".join(sections), frozenset(right)


def write_cohort(folder: Path, count: int, seed: int = SEED) -> dict[str, frozenset[int]]:
    """Write FOLDER/learner-NNNN.sql for `count` learners (seeded); each one's right questions."""
    rng = random.Random(seed)
    pools = answer_pools()
    folder.mkdir(parents=True, exist_ok=True)
    expected = {}
    for index in range(count):
        learner = f"learner-{index:04d}"
        text, expected[learner] = learner_file(rng, pools)
        (folder / f"{learner}.sql").write_text(text, encoding="utf-8")
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    print(f"wrote {len(write_cohort(args.folder, args.count))} answer files to {args.folder}")


if __name__ == "__main__":
    main()
