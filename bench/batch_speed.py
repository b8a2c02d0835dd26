"""Batch speed: `grade batch step-2` on a seeded cohort, --jobs 1 vs --jobs 2, and peak memory for 100 vs all learners.

All runs grade the same files (bench/cohort.py) in one bench run, each into a fresh results folder. Peak memory is the
largest summed RSS of the `grade` process and every process under it, sampled from /proc every 50 ms. The runs' results
must agree learner by learner (and with the answers the cohort meant to be right), else the timings mean nothing.
Targets: --jobs 2 at least 1.8x faster than --jobs 1; peak memory for all learners under 1.2x that for 100.
Usage: python bench/batch_speed.py [--count N]   (default 500: about 12 minutes on 2 cores)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cohort import write_cohort  # noqa: E402

from grader.batch.workers import descendants  # noqa: E402

GRADE = [shutil.which("grade")] if shutil.which("grade") else [sys.executable, "-m", "grader"]
PAGE = os.sysconf("SC_PAGE_SIZE")
MEMORY_BASELINE = 100
SAMPLE_SECONDS = 0.05
NOISY_CORES = 0.2


@dataclass(frozen=True)
class BatchRun:
    """One `grade batch` run: wall time, peak summed RSS of its process tree, largest single process, its results."""

    learners: int
    jobs: int
    seconds: float
    peak_tree_bytes: int
    max_process_bytes: int
    results: dict[str, tuple]
    grading_seconds: float
    cpu_seconds: float
    others_cores: float
    coordinator_cpu: float


def tree_rss(root: int) -> list[int]:
    """Resident memory of a process and each of its descendants, in bytes (processes gone meanwhile are skipped)."""
    sizes = []
    for pid in [root, *descendants(root)]:
        try:
            with open(f"/proc/{pid}/statm", "rb") as handle:
                sizes.append(int(handle.read().split()[1]) * PAGE)
        except (OSError, IndexError, ValueError):
            continue
    return sizes


class PeakSampler(threading.Thread):
    """Samples tree_rss(pid) until stopped; keeps the largest sum and the largest single process seen."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak, self.largest, self.done = pid, 0, 0, threading.Event()
        self.own_cpu = 0.0

    def run(self) -> None:
        while not self.done.wait(SAMPLE_SECONDS):
            self.own_cpu = max(self.own_cpu, _own_cpu(self.pid))
            sizes = tree_rss(self.pid)
            self.peak = max(self.peak, sum(sizes))
            self.largest = max(self.largest, *sizes, 0)


def _own_cpu(pid: int) -> float:
    """CPU seconds (user + system) the process itself has used, its children not counted; 0 once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_bytes().rsplit(b")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def read_results(results: Path) -> dict[str, tuple]:
    """Per learner: batch status, score, and each outcome's status — what two correct runs must agree on."""
    found = {}
    for path in sorted((results / "learners").glob("*.json")):
        record = json.loads(path.read_text())
        outcomes = tuple((o["id"], o["status"]) for o in record["result"]["outcomes"])
        found[record["learner"]] = (record["batch"]["status"], record["result"]["score"], outcomes,
                                    record["batch"]["seconds"])
    return found


def run_batch(submissions: Path, results: Path, jobs: int) -> BatchRun:
    """Grade the folder into a fresh results folder, timing and sampling it; exits if the batch itself failed."""
    command = [*GRADE, "batch", "step-2", str(submissions), "-o", str(results), "--jobs", str(jobs), "-q"]
    cpu_before, busy_before = _children_cpu(), _machine_busy()
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = PeakSampler(process.pid)
    sampler.start()
    out, err = process.communicate()
    seconds = time.perf_counter() - start
    cpu = _children_cpu() - cpu_before
    others = max(0.0, (_machine_busy() - busy_before - cpu) / seconds)
    sampler.done.set()
    sampler.join()
    if process.returncode not in (0, 1):
        sys.exit(f"{' '.join(command)} failed (exit {process.returncode}):\n{out[-2000:]}{err[-2000:]}")
    found = read_results(results)
    learners = len(list(submissions.glob("*.sql")))
    if len(found) != learners:
        sys.exit(f"{results} holds {len(found)} results for {learners} learners")
    return BatchRun(learners, jobs, seconds, sampler.peak, sampler.largest,
                    {k: v[:3] for k, v in found.items()}, sum(v[3] for v in found.values()), cpu, others,
                    sampler.own_cpu)


def _children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children and all their descendants."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _machine_busy() -> float:
    """CPU seconds the whole machine has spent busy since boot (all cores, all processes)."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def disagreements(first: dict[str, tuple], second: dict[str, tuple]) -> list[str]:
    """Learners graded differently by two runs (over the learners both graded)."""
    return sorted(k for k in first.keys() & second.keys() if first[k] != second[k])


def unexpected(results: dict[str, tuple], expected: dict[str, frozenset[int]]) -> list[str]:
    """Learners whose passed questions are not the ones the cohort gave right answers to."""
    wrong = []
    for learner, (_, _, outcomes) in results.items():
        passed = {int(oid.rsplit("/q", 1)[1]) for oid, status in outcomes if "/q" in oid and status == "pass"}
        if passed != expected[learner]:
            wrong.append(learner)
    return sorted(wrong)


def _report(run: BatchRun, label: str) -> None:
    print(f"{label:<24} {run.seconds:6.1f} s wall, {run.seconds / run.learners:.3f} s/learner "
          f"(in a worker {run.grading_seconds / run.learners:.3f} s, CPU {run.cpu_seconds / run.learners:.3f} s, "
          f"of it in `grade` itself {run.coordinator_cpu / run.learners:.3f} s); "
          f"other work on the machine used {run.others_cores:.2f} cores")
    print(f"{'':<24} "
          f"peak RSS: tree {run.peak_tree_bytes / 2**20:4.0f} MiB, "
          f"largest process {run.max_process_bytes / 2**20:4.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    args = parser.parse_args()
    small = min(MEMORY_BASELINE, args.count // 5 or 1)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        expected = write_cohort(base / "all", args.count)
        write_cohort(base / "first", small)
        runs = {}
        for name, cohort, jobs in (("first-j2", "first", 2), ("all-j1", "all", 1), ("all-j2", "all", 2)):
            runs[name] = run_batch(base / cohort, base / f"results-{name}", jobs)
            _report(runs[name], f"{runs[name].learners} learners, --jobs {jobs}")
    one, two, first = runs["all-j1"], runs["all-j2"], runs["first-j2"]
    print(f"on {os.cpu_count()} cores")
    differ = disagreements(one.results, two.results) + disagreements(first.results, two.results)
    off = unexpected(two.results, expected)
    print(f"results: --jobs 1 vs --jobs 2 vs the first {small}: {len(differ)} learners graded differently "
          f"{differ[:5]}; {len(off)} of {two.learners} differ from the cohort's intended right answers {off[:5]}")
    speedup = one.seconds / two.seconds
    memory = two.peak_tree_bytes / first.peak_tree_bytes
    print(f"speed-up --jobs 2 / --jobs 1       {speedup:.2f}x")
    print(f"peak memory {two.learners} / {first.learners} learners     {memory:.2f}x")
    busiest = max(run.others_cores for run in runs.values())
    if busiest > NOISY_CORES:
        print(f"warning: other work used up to {busiest:.2f} of the {os.cpu_count()} cores during a run; "
              "the ratios are unreliable, run again on a quiet machine")
    print(f"results agree across runs: {'met' if not differ else 'NOT met'}")
    print(f"speed-up >= 1.8x: {'met' if speedup >= 1.8 else 'NOT met'}")
    print(f"peak memory {two.learners} vs {first.learners} < 1.2x: {'met' if memory < 1.2 else 'NOT met'}")


if __name__ == "__main__":
    main()
