"""`grade classroom-workflow STEP`: a GitHub Actions workflow that grades a learner's repository on every push."""

from __future__ import annotations

import re
import shlex
from importlib.resources import files
from pathlib import Path

import click

from grader import __version__
from grader.gradescope_package import check_extra_options, graded_step, grades_server, takes_file
from grader.outcome import CannotGrade
from grader.output import write_atomically
from grader.steps import Step
from grader.submission_files import has_option

RESULTS = "grade-results.xml"
DEFAULT_OUTPUT = Path(".github/workflows/grade.yml")
SERVER_DEPENDENCIES = (
    "if [ -f requirements.txt ]; then pip install -r requirements.txt; fi",
    "if [ -f package-lock.json ]; then npm ci; fi",
)


def grading_script(step: Step, arguments: list[str]) -> str:
    """The bash run by the grading step: JUnit results to a file, the text report to the run's summary, grade's exit."""
    command = shlex.join(["grade", step.name, *arguments])
    heading = shlex.quote(f"## {step.name}: {step.title}")
    return "\n".join([
        "status=0",
        f"{command} --format junit -o {RESULTS} || status=$?",
        "{",
        f"  echo {heading}",
        "  echo",
        "  echo '~~~~text'",
        f"  {command} --format text 2>&1 || true",
        "  echo '~~~~'",
        '} >> "$GITHUB_STEP_SUMMARY"',
        'exit "$status"',
    ])


def _indented(script: str, spaces: int = 10) -> str:
    return "\n".join(" " * spaces + line if line else "" for line in script.split("\n"))


def render_workflow(step: Step, arguments: list[str], install: str, server: bool) -> str:
    """The workflow's YAML text for grading `step` with `grade STEP ARGUMENTS`."""
    install_script = "\n".join([install, *(SERVER_DEPENDENCIES if server else ())])
    values = {"__STEP__": step.name, "__TITLE__": step.title,
              "__INSTALL__": _indented(install_script), "__GRADE__": _indented(grading_script(step, arguments))}
    text = (files("grader") / "templates" / "classroom" / "grade.yml").read_text(encoding="utf-8")
    return re.sub(r"__[A-Z]+__", lambda match: values[match.group(0)], text)


@click.command("classroom-workflow", context_settings={"ignore_unknown_options": True})
@click.argument("step_name", metavar="STEP")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_OUTPUT,
              show_default=True, help="Write the workflow here, in the learners' repository layout.")
@click.option("--path", "submission_path", metavar="PATH",
              help="The learner's file in their repository, e.g. queries.sql (default: the step's usual name).")
@click.option("--install", default=f"pip install roadmap-grader=={__version__}", show_default=True,
              help="The shell command that installs the grader on the runner.")
@click.option("--force", is_flag=True, help="Overwrite the workflow file if it exists.")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED, metavar="[-- GRADING OPTIONS]")
def classroom_workflow_command(step_name: str, output: Path, submission_path: str | None, install: str, force: bool,
                               extra: tuple[str, ...]) -> None:
    """Write a GitHub Actions workflow for learners' repositories that grades STEP on every push and pull request.

    Options after -- are passed to `grade STEP`, e.g. `-- --dialect mysql`. For step-3 and step-4 say how to start
    the learner's server from their repository, e.g. `-- --cmd 'python app.py'` or `-- --build .`.
    """
    step, checker = graded_step(step_name)
    if grades_server(step) and not any(has_option(extra, o) for o in step.replaced_by):
        raise CannotGrade(f"{step.name} grades a running server: say how to start it from the learner's repository, "
                          f"e.g. `grade classroom-workflow {step.name} -- --cmd 'python app.py'` or `-- --build .`")
    if submission_path is not None and not takes_file(step, extra):
        raise CannotGrade(f"--path: {step.name} grades {'a server' if grades_server(step) else 'a --cmd'} here, "
                          "not a file; leave --path out")
    check_extra_options(step, checker, extra)
    if output.exists() and not force:
        raise CannotGrade(f"{output} exists; pass --force to overwrite it")
    path = submission_path or (step.files[0] if takes_file(step, extra) else None)
    text = render_workflow(step, [*([path] if path else []), *extra], install, grades_server(step))
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotGrade(f"cannot create {output.parent}: {exc.strerror}") from None
    write_atomically(output, text, "the workflow")
    click.echo(f"wrote    {output} (commit it to the learners' template repository; each push then runs "
               f"`grade {step.name}`)")
