"""Step-2 speed: `grade step-2` on the reference answers vs bare DuckDB running the same queries (the floor).

Both run in fresh processes on the same cached datasets, in the same run, several times; the medians are compared.
Target: the grader under 2x the floor and under one second.  Usage: python bench/step2_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ANSWERS = ROOT / "sample_solutions" / "step-02" / "correct-duckdb.sql"

FLOOR = """
import duckdb, json, sys
paths, queries = json.loads(sys.argv[1])
for path in paths:
    con = duckdb.connect(path, read_only=True)
    for sql in queries:
        con.execute(sql).fetchall()
    con.close()
"""


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=False, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()

    from checkers.sql.dataset.cache import dataset_files
    from checkers.sql.questions import load_questions

    grade = [shutil.which("grade") or sys.executable, *([] if shutil.which("grade") else ["-m", "grader"])]
    command = [*grade, "step-2", str(ANSWERS), "--dialect", "duckdb"]
    warm = subprocess.run(command, capture_output=True, text=True)
    if warm.returncode != 0:
        sys.exit(f"the reference answers did not pass:\n{warm.stdout}{warm.stderr}")
    payload = json.dumps([[str(d.path) for d in dataset_files()], [q.sql for q in load_questions()]])
    floor_command = [sys.executable, "-c", FLOOR, payload]

    grader_times, floor_times = [], []
    for _ in range(args.repeat):
        grader_times.append(_timed(command))
        floor_times.append(_timed(floor_command))
    grader, floor = statistics.median(grader_times), statistics.median(floor_times)
    print(f"datasets: {len(dataset_files())}, questions: {len(load_questions())}, repeats: {args.repeat}")
    print(f"grade step-2 (fresh process)        median {grader:.3f} s")
    print(f"bare duckdb, same queries (floor)   median {floor:.3f} s")
    print(f"ratio grader / floor                {grader / floor:.2f}x  (target < 2x, and under 1 s)")


if __name__ == "__main__":
    main()
