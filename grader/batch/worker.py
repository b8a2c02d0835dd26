"""A batch worker process: grades one job per line of stdin in-process and answers one JSON line each on its own pipe.

Run as `python -m grader.batch.worker`. The answer pipe is a private copy of stdout; the real stdout goes to stderr,
so nothing a checker or a library prints can corrupt the protocol.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import signal
import sys

import click

from grader.outcome import CannotGrade
from grader.registry import checker_for
from grader.reporters.document import SilentReporter
from grader.runner import run_step
from grader.steps import find_step

PR_SET_PDEATHSIG = 1


def grade_job(step_name: str, args: list[str]) -> dict:
    """Grade one submission as `grade STEP ARGS…` would: graded, cannot_grade (the learner's input), or crashed."""
    try:
        step = find_step(step_name)
        checker = checker_for(step.number)
        if checker is None:
            raise CannotGrade(f"{step.name} is not graded yet")
        report = run_step(step, checker, checker.parse(step.name, args), SilentReporter())
        return {"status": "graded", "reason": "", "result": report.to_dict()}
    except CannotGrade as exc:
        return {"status": "cannot_grade", "reason": str(exc), "result": None}
    except click.ClickException as exc:
        return {"status": "cannot_grade", "reason": exc.format_message(), "result": None}
    except Exception as exc:  # the batch must go on: the grader's own failure on one submission is recorded as such
        return {"status": "crashed", "reason": f"the grader failed on this submission ({type(exc).__name__}: {exc})",
                "result": None}


def _die_with_parent() -> None:
    """If the batch is killed, its workers go too (Linux); a worker left behind would grade into nowhere."""
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() == 1:
        sys.exit(0)


def main() -> None:
    """Answer each job line with one result line until stdin closes."""
    _die_with_parent()
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for line in sys.stdin:
        job = json.loads(line)
        answer = grade_job(job["step"], job["args"])
        answers.write(json.dumps(answer, ensure_ascii=False) + "\n")
        answers.flush()


if __name__ == "__main__":
    main()
