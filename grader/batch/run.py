"""`grade batch`: grade a whole cohort, keep every finished result, resume after an interruption, then write reports."""

from __future__ import annotations

import shlex
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

import click

from grader.batch.progress import Progress
from grader.batch.records import make_record, read_record, record_path, write_record
from grader.batch.regrade import Regrade
from grader.batch.reports import write_reports
from grader.batch.stamp import grading_stamp, submission_hash
from grader.batch.submissions import Submission, find_submissions
from grader.batch.workers import Job
from grader.checker import Checker, PlannedOutcome
from grader.outcome import CannotGrade
from grader.registry import checker_for
from grader.steps import Step, find_step


@dataclass(frozen=True)
class BatchOptions:
    step: str
    submissions: Path
    results: Path
    jobs: int
    timeout: float
    regrade: bool = False
    dry_run: bool = False
    formats: tuple[str, ...] = ()
    scheduler: str | None = None
    extra: tuple[str, ...] = ()
    progress: bool = True


@dataclass
class _Plan:
    """What this run does with each learner: grade (new or changed work), re-grade (stale), or keep (current)."""

    todo: list[tuple[Submission, dict]]
    regrade: list[tuple[Submission, dict]]
    stale: list[str]


def run_batch(options: BatchOptions, out: TextIO, err: TextIO) -> int:
    """Grade what is missing, write each result as it finishes, then the reports; the exit code of the cohort."""
    step = find_step(options.step)
    checker = checker_for(step.number)
    if checker is None:
        raise CannotGrade(f"{step.name} is not graded yet; `grade list` shows what is")
    submissions = find_submissions(step, checker, options.submissions)
    planned = _planned(step, checker, submissions[0], options.extra)
    stamp = grading_stamp(step, options.extra)
    _prepare(options.results)
    plan = _plan(submissions, options, stamp)
    regrade = Regrade(options.results) if options.regrade and plan.stale else None
    jobs = _jobs(options, step, plan, err)
    grading = len(plan.todo) + len(plan.regrade)
    out.write(f"{step.name} ({step.title}): {len(submissions)} learners in {options.submissions}; grading "
              f"{grading}, {len(submissions) - grading} already graded\n")
    counts: Counter[str] = Counter()
    max_score = sum(p.points for p in planned)
    targets = {s.learner: (s, st, False) for s, st in plan.todo}
    targets.update({s.learner: (s, st, True) for s, st in plan.regrade})
    progress = Progress(len(targets), err, options.progress)
    lock = threading.Lock()

    def on_answer(job: Job, answer: dict) -> None:
        submission, learner_stamp, staged = targets[job.learner]
        record = make_record(step, job.learner, " ".join(submission.args), answer, learner_stamp, max_score,
                             _reproduce(step, submission, options.extra))
        write_record(regrade.staging if staged else options.results, record)
        with lock:
            counts[answer["status"]] += 1
        progress.advance(failed=not record["result"]["passed"])

    try:
        for job in _unreadable(plan, options):
            on_answer(job, {"status": "cannot_grade", "reason": targets[job.learner][0].problem, "seconds": 0.0,
                            "result": None})
        _execute(options, jobs, on_answer)
    except KeyboardInterrupt:
        progress.close()
        err.write(f"grade: interrupted after {sum(counts.values())} of {len(targets)} gradings this run; every "
                  "finished result is saved: run the same command again to grade the rest\n")
        return 130
    progress.close()
    if regrade is not None:
        regrade.report(out, plan.stale)
        if not options.dry_run:
            regrade.apply()
    return _finish(options, step, submissions, planned, plan, out)


def _planned(step: Step, checker: Checker, first: Submission, extra: tuple[str, ...]) -> list[PlannedOutcome]:
    """The outcomes every learner is graded on; bad grading options after `--` are the instructor's usage error."""
    try:
        return checker.outcomes_for(checker.parse(step.name, [*first.args, *extra]))
    except click.ClickException as exc:
        raise CannotGrade(f"the grading options after `--` do not suit {step.name}: {exc.format_message()}") from None


def _prepare(results: Path) -> None:
    try:
        (results / "learners").mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotGrade(f"cannot create the results folder {results}: {exc.strerror}") from None


def _plan(submissions: list[Submission], options: BatchOptions, grading: dict[str, str]) -> _Plan:
    plan = _Plan([], [], [])
    for submission in submissions:
        stamp = {**grading, "submission_hash": submission_hash(submission)}
        stored = read_record(record_path(options.results, submission.learner))
        stored_stamp = stored["batch"].get("stamp", {}) if stored else {}
        if stored_stamp == stamp:
            continue
        if stored and stored_stamp.get("submission_hash") == stamp["submission_hash"]:
            plan.stale.append(submission.learner)
            if options.regrade and _staged_stamp(options.results, submission.learner) != stamp:
                plan.regrade.append((submission, stamp))
        else:
            plan.todo.append((submission, stamp))
    return plan


def _staged_stamp(results: Path, learner: str) -> dict:
    staged = read_record(record_path(Regrade.staging_of(results), learner))
    return staged["batch"].get("stamp", {}) if staged else {}


def _unreadable(plan: _Plan, options: BatchOptions) -> list[Job]:
    """Learners whose folder holds no file to grade: recorded at once, without a worker."""
    return [Job(s.learner, "", (), options.timeout) for s, _ in plan.todo + plan.regrade if s.problem]


def _jobs(options: BatchOptions, step: Step, plan: _Plan, err: TextIO) -> tuple[list[Job], int]:
    chosen = [s for s, _ in plan.todo + plan.regrade if not s.problem]
    workers = max(1, options.jobs)
    if workers > 1 and any(s.in_container for s in chosen):
        err.write("grade: submissions with a Dockerfile are built and run one at a time\n")
        workers = 1
    return [Job(s.learner, step.name, (*s.args, *options.extra), options.timeout) for s in chosen], workers


def _execute(options: BatchOptions, jobs: tuple[list[Job], int], on_answer) -> None:
    todo, workers = jobs
    if not todo:
        return
    if options.scheduler:
        from grader.batch.dask_pool import run_on_dask

        run_on_dask(todo, options.scheduler, on_answer)
    else:
        from grader.batch.local_pool import run_locally

        run_locally(todo, workers, on_answer)


def _reproduce(step: Step, submission: Submission, extra: tuple[str, ...]) -> str:
    return shlex.join(["grade", step.name, *submission.args, *extra])


def _finish(options: BatchOptions, step: Step, submissions: list[Submission], planned: list[PlannedOutcome],
            plan: _Plan, out: TextIO) -> int:
    """Reports over every learner's stored result, a summary on stdout, and 0 only if every learner passed."""
    records = [r for s in submissions if (r := read_record(record_path(options.results, s.learner)))]
    written = write_reports(records, planned, step, options.results, options.formats)
    statuses = Counter(r["batch"]["status"] for r in records)
    passed = sum(1 for r in records if r["result"]["passed"])
    out.write(f"{len(records)} results: {passed} passed everything, "
              f"{statuses['graded'] - passed} did not pass every outcome, {statuses['cannot_grade']} could not be "
              f"graded, {statuses['timed_out']} timed out, {statuses['crashed']} hit a grader error\n")
    if plan.stale and options.dry_run:
        out.write("--dry-run: the old results were kept; run again with --regrade alone to replace them "
                  "(what was just re-graded is reused)\n")
    elif plan.stale and not options.regrade:
        out.write(f"{len(plan.stale)} results came from another grader version, spec or options and were kept "
                  f"(e.g. {', '.join(plan.stale[:5])}); `--regrade` re-grades them and shows whose scores change\n")
    missing = len(submissions) - len(records)
    if missing:
        out.write(f"{missing} learners have no result yet; run the same command again\n")
    out.write("wrote " + ", ".join(str(p) for p in written) + "\n")
    return 0 if passed == len(submissions) else 1
