"""A grading worker process, driven over pipes, with a deadline per job and a clean kill of everything it started."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

from grader.parallelism import THREADS_ENV

LOG_TAIL = 400
JOBS_PER_WORKER = 50


@dataclass(frozen=True)
class Job:
    """One learner's grading: `grade STEP ARGS…` with a time limit."""

    learner: str
    step: str
    args: tuple[str, ...]
    timeout: float


def worker_environment() -> dict[str, str]:
    """The batch's parallelism is across submissions, so each grading runs on one thread."""
    return {**os.environ, THREADS_ENV: "1", "PYTHONDONTWRITEBYTECODE": "1"}


class WorkerProcess:
    """`python -m grader.batch.worker`, kept for many jobs; killed with its whole process tree on a timeout."""

    def __init__(self) -> None:
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 (closed in close(), with the process)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "grader.batch.worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self.log, start_new_session=True, env=worker_environment(), text=True, encoding="utf-8")
        self.jobs_done = 0

    def run(self, job: Job) -> dict:
        """The worker's answer, or a timed_out / crashed answer; after either, this worker is dead."""
        expired = threading.Event()
        timer = threading.Timer(job.timeout, self._expire, (expired,))
        timer.daemon = True
        started = time.monotonic()
        timer.start()
        try:
            self.process.stdin.write(json.dumps({"step": job.step, "args": list(job.args)}) + "\n")
            self.process.stdin.flush()
            line = self.process.stdout.readline()
        except (BrokenPipeError, OSError):
            line = ""
        finally:
            timer.cancel()
        seconds = round(time.monotonic() - started, 3)
        self.jobs_done += 1
        if line:
            return {**json.loads(line), "seconds": seconds}
        if expired.is_set():
            reason = (f"grading took longer than the {job.timeout:g} s limit per submission and was stopped; "
                      "the submission may hang or loop forever (the limit is --timeout)")
        else:
            reason = f"the grader's worker stopped unexpectedly ({self._exit()}){self._log_tail()}"
        self.close()
        return {"status": "timed_out" if expired.is_set() else "crashed", "seconds": seconds, "result": None,
                "reason": reason}

    def _expire(self, expired: threading.Event) -> None:
        expired.set()
        kill_tree(self.process.pid)

    def kill(self) -> None:
        """Kill the worker and its tree now (from any thread); a job it was running ends as if it crashed."""
        if self.alive():
            kill_tree(self.process.pid)

    def alive(self) -> bool:
        return self.process.poll() is None

    @property
    def worn_out(self) -> bool:
        """Dead, or past JOBS_PER_WORKER jobs: replaced, so that whatever one grading leaks cannot pile up."""
        return not self.alive() or self.jobs_done >= JOBS_PER_WORKER

    def close(self) -> None:
        """Stop the worker and anything it left running."""
        if self.alive():
            kill_tree(self.process.pid)
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                stream.close()
        self.process.wait()
        self.log.close()

    def _exit(self) -> str:
        kill_tree(self.process.pid)
        code = self.process.wait()
        if code < 0:
            return f"killed by signal {signal.Signals(-code).name}"
        return f"exit status {code}"

    def _log_tail(self) -> str:
        self.log.seek(0, os.SEEK_END)
        self.log.seek(max(0, self.log.tell() - LOG_TAIL))
        tail = self.log.read().decode("utf-8", "replace").strip().splitlines()
        return f": {tail[-1]}" if tail else ""


def kill_tree(pid: int) -> None:
    """SIGKILL a process and all its descendants, including those in other sessions (sandboxed programs, servers)."""
    for victim in [pid, *descendants(pid)]:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(victim, signal.SIGKILL)


def descendants(pid: int) -> list[int]:
    """Every live process below `pid`, read from /proc (their parents' ids), children before grandchildren."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                parent = int(handle.read().rsplit(b")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found
