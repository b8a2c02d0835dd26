"""`--regrade`: stale results are graded again beside the old ones, compared, then swapped in."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TextIO

from grader.batch.records import read_record, record_path

STAGING = ".regrade"


class Regrade:
    """New results wait in RESULTS/.regrade until every stale learner has one (an interrupted regrade resumes)."""

    def __init__(self, results: Path) -> None:
        self.results = results
        self.staging = self.staging_of(results)
        (self.staging / "learners").mkdir(parents=True, exist_ok=True)

    @staticmethod
    def staging_of(results: Path) -> Path:
        return results / STAGING

    def report(self, out: TextIO, learners: list[str]) -> None:
        """Whose score changes, old to new; learners whose score stays are only counted."""
        changes = []
        for learner in learners:
            old = read_record(record_path(self.results, learner))
            new = read_record(record_path(self.staging, learner))
            if old and new and old["result"]["score"] != new["result"]["score"]:
                changes.append((learner, old["result"], new["result"]))
        out.write(f"re-graded {len(learners)} results made by another grader version, spec or options; "
                  f"{len(changes)} scores change:\n")
        width = max([len(learner) for learner, _, _ in changes] + [7])
        for learner, old, new in changes:
            delta = new["score"] - old["score"]
            out.write(f"  {learner:<{width}}  {_score(old)} -> {_score(new)}  ({delta:+g})\n")

    def apply(self) -> None:
        """Swap the new results in, one atomic rename each, then drop the staging folder."""
        for staged in sorted((self.staging / "learners").glob("*.json")):
            os.replace(staged, self.results / "learners" / staged.name)
        shutil.rmtree(self.staging, ignore_errors=True)


def _score(result: dict) -> str:
    return f"{result['score']:g}/{result['max_score']:g}"
