"""Step-1 speed: `grade step-1` on the reference task manager vs the same invocations run back to back (the floor).

The floor replays, in one process, every command the harness runs (same arguments, stdin and starting file), one
after another with a bare subprocess call and no sandbox. The grader runs its scenarios in parallel inside the
sandbox. Both are timed in the same run, several times; the medians are compared. Target: at most the floor.
Usage: python bench/step1_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "sample_solutions" / "step-01" / "tasks.py"


def recorded_invocations() -> list[list[tuple[tuple[str, ...], bytes, bytes | None]]]:
    """Per scenario, each command the harness runs: (argv, stdin, the file's bytes before it)."""
    from checkers.taskcli.checker import program_for
    from checkers.taskcli.harness import Session
    from checkers.taskcli.scenarios import SCENARIOS

    program = program_for(REFERENCE, None)
    scenarios = []
    for scenario in SCENARIOS:
        with tempfile.TemporaryDirectory() as folder:
            session = Session(program, Path(folder), "none")
            scenario.play(session)
            scenarios.append([((*program.argv, *inv.args), inv.stdin, inv.before) for inv in session.history])
    return scenarios


def floor(scenarios: list[list[tuple[tuple[str, ...], bytes, bytes | None]]]) -> float:
    """Seconds to run every recorded command back to back, each scenario in a fresh folder."""
    total = 0.0
    for commands in scenarios:
        with tempfile.TemporaryDirectory() as folder:
            tasks = Path(folder) / "tasks.json"
            for argv, stdin, before in commands:
                if before is not None:
                    tasks.write_bytes(before)
                else:
                    tasks.unlink(missing_ok=True)
                started = time.perf_counter()
                subprocess.run(argv, input=stdin, cwd=folder, env={"TASKS_FILE": "tasks.json", "PATH": "/usr/bin:/bin"},
                               capture_output=True, check=False)
                total += time.perf_counter() - started
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    grade = [shutil.which("grade")] if shutil.which("grade") else [sys.executable, "-m", "grader"]
    command = [*grade, "step-1", str(REFERENCE)]
    warm = subprocess.run(command, capture_output=True, text=True)
    if warm.returncode != 0:
        sys.exit(f"the reference task manager did not pass:\n{warm.stdout}{warm.stderr}")
    scenarios = recorded_invocations()
    grader_times, floor_times = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False)
        grader_times.append(time.perf_counter() - started)
        floor_times.append(floor(scenarios))
    grader, bare = statistics.median(grader_times), statistics.median(floor_times)
    print(f"scenarios: {len(scenarios)}, commands: {sum(map(len, scenarios))}, repeats: {args.repeat}")
    print(f"grade step-1 (fresh process, sandboxed, parallel)  median {grader:.3f} s")
    print(f"the same commands back to back, bare (floor)       median {bare:.3f} s")
    print(f"ratio grader / floor                               {grader / bare:.2f}x  (target <= 1x)")


if __name__ == "__main__":
    main()
