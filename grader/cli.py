"""The `grade` command: list, show and init steps, and grade a submission with `grade step-N …`."""

from __future__ import annotations

import io
import os
import re
import sys
import traceback
from importlib import import_module
from pathlib import Path

import click

from grader import __version__
from grader.checker import Checker
from grader.export import export_command
from grader.outcome import CannotGrade
from grader.output import write_atomically
from grader.registry import checker_for, is_graded
from grader.reporters import REPORTERS, make_reporter
from grader.runner import run_step
from grader.steps import Step, all_steps, find_step, step_spec

STEP_NAME = re.compile(r"step-\d+")
INSTRUCTOR_COMMANDS = {
    "batch": "grader.batch.command:batch_command",
    "gradescope-package": "grader.gradescope_package:gradescope_package_command",
    "classroom-workflow": "grader.classroom_workflow:classroom_workflow_command",
}


class GradeGroup(click.Group):
    """Static commands, the instructors' commands (loaded only when used), and a `step-N` command per graded step."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [*sorted([*super().list_commands(ctx), *INSTRUCTOR_COMMANDS]),
                *(s.name for s in all_steps() if is_graded(s.number))]

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        command = super().get_command(ctx, name)
        if command is None and name in INSTRUCTOR_COMMANDS:
            module, _, attribute = INSTRUCTOR_COMMANDS[name].partition(":")
            return getattr(import_module(module), attribute)
        if command is not None or not STEP_NAME.fullmatch(name):
            return command
        step = find_step(name)
        checker = checker_for(step.number)
        if checker is None:
            raise CannotGrade(f"{step.name} ({step.title}) is not graded yet; `grade list` shows what is")
        return _step_command(step, checker)


def _step_command(step: Step, checker: Checker) -> click.Command:
    def callback(output_format: str, output: Path | None, **options: object) -> None:
        stream = io.StringIO() if output else sys.stdout
        color = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        report = run_step(step, checker, options, make_reporter(output_format, stream, color))
        if output is not None:
            write_atomically(output, stream.getvalue(), "the report")
        sys.exit(report.exit_code)

    common = [
        click.Option(["--format", "output_format"], type=click.Choice(sorted(REPORTERS)), default="text",
                     show_default=True, help="How to report the result."),
        click.Option(["--output", "-o"], type=click.Path(dir_okay=False, path_type=Path),
                     help="Write the report to this file instead of the terminal."),
    ]
    return click.Command(step.name, callback=callback, params=[*checker.params, *common],
                         help=f"Grade {step.name}: {step.title}. Submit {step.submit}.")


@click.group(cls=GradeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="grade")
def cli() -> None:
    """Grade your work on the backend-developer roadmap, step by step.

    Start with `grade list`, read a step with `grade show step-2`, get its starter files with
    `grade init step-2`, then grade with `grade step-2 queries.sql`.
    """


cli.add_command(export_command)


@cli.command("list")
def list_steps() -> None:
    """Every step: its number, title, what to submit, and whether it is graded yet."""
    for step in all_steps():
        state = "graded" if is_graded(step.number) else "not graded yet"
        click.echo(f"{step.name:<8} {step.title}  [{state}]")
        click.echo(f"{'':<8} submit: {step.submit}")


@cli.command("show")
@click.argument("step_name", metavar="STEP")
def show(step_name: str) -> None:
    """The learner-facing instructions for a step: what to build, the rules, the outcomes and their points."""
    step = find_step(step_name)
    checker = checker_for(step.number)
    click.echo(f"{step.name}: {step.title}")
    if checker is None:
        click.echo(f"\nSubmit: {step.submit}\n\nThis step is not graded yet.")
        return
    spec = step_spec(step.number)
    click.echo(f"\n{spec['summary'].strip()}\n\n{spec['instructions'].strip()}\n")
    planned = list(checker.planned())
    click.echo(f"OUTCOMES ({sum(p.points for p in planned):g} points)")
    width = max(len(item.id) for item in planned)
    for item in planned:
        click.echo(f"  {item.id:<{width}} {item.points:>4g}  {item.title}")
        for line in item.description.strip().splitlines():
            click.echo(f"{'':<{width + 9}}{line}")


@cli.command("init")
@click.argument("step_name", metavar="STEP")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
def init(step_name: str, directory: Path) -> None:
    """Write a step's starter files into DIRECTORY (default: here). Existing files are never overwritten."""
    step = find_step(step_name)
    checker = checker_for(step.number)
    if checker is None:
        raise CannotGrade(f"{step.name} is not graded yet, so it has no starter files")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotGrade(f"cannot create {directory}: {exc.strerror}") from None
    for name, content in checker.starter_files().items():
        target = directory / name
        if target.exists():
            click.echo(f"kept     {target} (it exists; the grader never overwrites your files)")
            continue
        with open(target, "x", encoding="utf-8") as handle:
            handle.write(content)
        click.echo(f"wrote    {target}")
    click.echo(f"\nNext: read `grade show {step.name}`, build your work, then grade it with `grade {step.name} ...`.")


def main() -> None:
    """Entry point: user errors end in one line and exit 2; never a traceback for them."""
    try:
        cli.main(standalone_mode=False)
    except CannotGrade as exc:
        click.echo(f"grade: {exc}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("grade: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("grade: interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:
        if os.environ.get("GRADER_DEBUG"):
            traceback.print_exc()
        click.echo(f"grade: internal error ({type(exc).__name__}: {exc}); this is a bug in the grader, not in your "
                   "work. Set GRADER_DEBUG=1 to see the details.", err=True)
        sys.exit(1)
