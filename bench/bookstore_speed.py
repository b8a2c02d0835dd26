"""Steps 3 and 4 speed: `grade step-3` + `grade step-4` vs newman running the exported collections (same requests).

Both run in fresh processes against the same reference server on loopback, in the same run, several times, alternating;
the medians are compared. Targets: the grader at most half of newman's time, and a full step-3 + step-4 run under 3 s.
Usage: python bench/bookstore_speed.py [--repeat N]   (newman comes from `npm ci` at the repository root)
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
NEWMAN = ROOT / "node_modules" / ".bin" / "newman"
sys.path.insert(0, str(ROOT / "sample_solutions"))

from bookstore_servers import DEFAULT_ENV, running_bookstore  # noqa: E402

GRADE = [shutil.which("grade")] if shutil.which("grade") else [sys.executable, "-m", "grader"]


def _timed(commands: list[list[str]]) -> float:
    """Seconds to run the commands one after the other; exits when one fails (the numbers would mean nothing)."""
    start = time.perf_counter()
    for command in commands:
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command[:3])} failed on the reference server:\n{done.stdout[-2000:]}{done.stderr}")
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not NEWMAN.exists():
        sys.exit(f"newman is missing: run `npm ci` in {ROOT}")
    with tempfile.TemporaryDirectory() as folder, running_bookstore("reference") as url:
        collections = [Path(folder) / f"step-{step}.json" for step in (3, 4)]
        _timed([[*GRADE, "export", f"step-{step}", "--postman", str(path)] for step, path in zip((3, 4), collections,
                                                                                                strict=True)])
        credentials = ["--admin-email", DEFAULT_ENV["ADMIN_EMAIL"], "--admin-password", DEFAULT_ENV["ADMIN_PASSWORD"],
                       "--jwt-secret", DEFAULT_ENV["JWT_SECRET"]]
        grader = [[*GRADE, "step-3", url, *credentials], [*GRADE, "step-4", url, *credentials]]
        variables = [arg for key, value in (("baseUrl", url), ("adminEmail", DEFAULT_ENV["ADMIN_EMAIL"]),
                                            ("adminPassword", DEFAULT_ENV["ADMIN_PASSWORD"]),
                                            ("jwtSecret", DEFAULT_ENV["JWT_SECRET"]))
                     for arg in ("--env-var", f"{key}={value}")]
        newman = [[str(NEWMAN), "run", str(path), *variables, "--reporters", "cli"] for path in collections]
        grade_times, newman_times = [], []
        for _ in range(args.repeat):
            grade_times.append(_timed(grader))
            newman_times.append(_timed(newman))
    grade_median, newman_median = statistics.median(grade_times), statistics.median(newman_times)
    print(f"runs: {args.repeat} of step-3 + step-4 each, against the reference server at {url}")
    print(f"grade  median {grade_median:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in grade_times)})")
    print(f"newman median {newman_median:.2f} s  (runs: {', '.join(f'{t:.2f}' for t in newman_times)})")
    ratio = grade_median / newman_median
    print(f"grade / newman = {ratio:.2f}  (target <= 0.50: {'met' if ratio <= 0.5 else 'NOT met'}); "
          f"grade under 3 s: {'met' if grade_median < 3 else 'NOT met'}")


if __name__ == "__main__":
    main()
