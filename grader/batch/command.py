"""The `grade batch` command line."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import click

from grader.outcome import CannotGrade

DEFAULT_TIMEOUT = 300.0
FORMATS = ("junit", "gradescope")


@click.command("batch", context_settings={"ignore_unknown_options": False})
@click.argument("step_name", metavar="STEP")
@click.argument("submissions", type=click.Path(path_type=Path))
@click.argument("extra", nargs=-1, type=click.UNPROCESSED, metavar="[-- GRADING OPTIONS]")
@click.option("--output", "-o", "results", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="The results folder: learners/*.json, summary.csv, report.html.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="the cores",
              help="How many submissions to grade at once.")
@click.option("--timeout", type=click.FloatRange(min=1), default=DEFAULT_TIMEOUT, show_default=True,
              help="Seconds one submission may take before it is stopped and recorded as timed out.")
@click.option("--regrade", is_flag=True,
              help="Re-grade results made by another grader version, spec or options; show whose scores change.")
@click.option("--dry-run", is_flag=True, help="With --regrade: show the score changes but keep the old results.")
@click.option("--format", "formats", type=click.Choice(FORMATS), multiple=True,
              help="Also write junit.xml or gradescope/<learner>.json (repeat for both).")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="Grade on this Dask distributed cluster.")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def batch_command(step_name: str, submissions: Path, extra: tuple[str, ...], results: Path, jobs: int,
                  timeout: float, regrade: bool, dry_run: bool, formats: tuple[str, ...], scheduler: str | None,
                  quiet: bool) -> None:
    """Grade a cohort: SUBMISSIONS holds one file or folder per learner (or, for API steps, a CSV roster
    learner,url). Finished results are kept: run it again after an interruption to grade only the rest.

    Grading options for every learner go after `--`, e.g. `grade batch step-2 subs/ -o results -- --dialect mysql`.
    """
    from grader.batch.run import BatchOptions, run_batch  # the batch machinery loads only when a batch runs

    if dry_run and not regrade:
        raise CannotGrade("--dry-run only goes with --regrade")
    options = BatchOptions(step=step_name, submissions=submissions, results=results, jobs=jobs, timeout=timeout,
                           regrade=regrade, dry_run=dry_run, formats=formats, scheduler=scheduler, extra=extra,
                           progress=not quiet)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        code = run_batch(options, sys.stdout, sys.stderr)
    finally:
        signal.signal(signal.SIGTERM, previous)
    sys.exit(code)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt
