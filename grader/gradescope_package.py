"""`grade gradescope-package STEP -o autograder.zip [-- OPTIONS]`: a Gradescope autograder that runs this grader.

The zip holds setup.sh and run_autograder (Gradescope's two entry points), autograde.py (finds the learner's file and
always leaves a results.json), autograder.json (the step and options) and grader-src/, a copy of the installed grader
with a minimal pyproject.toml, so Gradescope installs exactly this version without PyPI.
"""

from __future__ import annotations

import json
import re
import shlex
import zipfile
from importlib import import_module, metadata
from importlib.resources import files
from pathlib import Path

import click

from grader import __version__
from grader.checker import Checker
from grader.outcome import CannotGrade
from grader.registry import checker_for
from grader.steps import Step, find_step
from grader.submission_files import has_option

PACKAGES = ("grader", "checkers", "exercises")
DISTRIBUTION = "roadmap-grader"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
EXECUTABLE = 0o100755 << 16
REGULAR = 0o100644 << 16


def takes_file(step: Step, extra: tuple[str, ...]) -> bool:
    """Whether `grade STEP` gets the learner's file, given the extra options (step 1's --cmd replaces it)."""
    return bool(step.files) and not any(has_option(extra, option) for option in step.replaced_by)


def grades_server(step: Step) -> bool:
    return not step.files


def graded_step(step_name: str) -> tuple[Step, Checker]:
    """The step and its checker; CannotGrade for a step that is not graded."""
    step = find_step(step_name)
    checker = checker_for(step.number)
    if checker is None or not (step.files or step.replaced_by):
        raise CannotGrade(f"{step.name} is not graded yet; `grade list` shows what is")
    return step, checker


def check_extra_options(step: Step, checker: Checker, extra: tuple[str, ...]) -> None:
    """Parse the extra options as `grade STEP` would, so a typo fails now and not on every learner's submission."""
    placeholder = ["SUBMISSION"] if takes_file(step, extra) else []
    try:
        checker.parse(f"grade {step.name}", [*placeholder, *extra])
    except click.ClickException as exc:
        raise CannotGrade(f"the grading options after -- are not valid for `grade {step.name}`: "
                          f"{exc.format_message()}") from None


def requirements() -> list[str]:
    """The grader's own dependencies, as installed, without any extra's."""
    declared = metadata.requires(DISTRIBUTION) or []
    return [r for r in declared if not re.search(r";.*\bextra\b", r)]


def bundled_pyproject() -> str:
    """A pyproject.toml that installs the copied packages as roadmap-grader with its `grade` command."""
    dependencies = "".join(f"    {json.dumps(r)},\n" for r in requirements())
    return (f'[build-system]\nrequires = ["setuptools>=68"]\nbuild-backend = "setuptools.build_meta"\n\n'
            f'[project]\nname = "{DISTRIBUTION}"\nversion = "{__version__}"\nrequires-python = ">=3.11"\n'
            f"dependencies = [\n{dependencies}]\n\n"
            f'[project.scripts]\ngrade = "grader.cli:main"\n\n'
            f"[tool.setuptools.packages.find]\ninclude = {json.dumps([p + '*' for p in PACKAGES])}\n\n"
            f'[tool.setuptools.package-data]\n"*" = ["**/*"]\n')


def package_files() -> dict[str, Path]:
    """The installed grader's files (from a source tree or a wheel), keyed by their path in the zip."""
    found: dict[str, Path] = {}
    for package in PACKAGES:
        folder = Path(import_module(package).__file__).parent
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_file() and "__pycache__" not in relative.parts and path.suffix != ".pyc":
                found[f"grader-src/{package}/{relative.as_posix()}"] = path
    return found


def _template(name: str) -> str:
    return (files("grader") / "templates" / "gradescope" / name).read_text(encoding="utf-8")


def _add(archive: zipfile.ZipFile, name: str, data: bytes, mode: int = REGULAR) -> None:
    entry = zipfile.ZipInfo(name, ZIP_TIME)
    entry.external_attr = mode
    entry.compress_type = zipfile.ZIP_DEFLATED
    archive.writestr(entry, data)


def write_autograder(path: Path, step: Step, extra: tuple[str, ...], pip: tuple[str, ...]) -> None:
    """Write the autograder zip; the same inputs always give the same bytes."""
    config = {"step": step.name, "extra": list(extra), "names": list(step.files), "patterns": list(step.patterns),
              "file": takes_file(step, extra), "server": grades_server(step)}
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w") as archive:
            _add(archive, "setup.sh", _template("setup.sh").replace("__EXTRA_PIP__", shlex.join(pip)).encode(),
                 EXECUTABLE)
            _add(archive, "run_autograder", _template("run_autograder").encode(), EXECUTABLE)
            _add(archive, "autograde.py", _template("autograde.py").encode())
            _add(archive, "autograder.json", (json.dumps(config, indent=2) + "\n").encode())
            _add(archive, "grader-src/pyproject.toml", bundled_pyproject().encode())
            for name, source in package_files().items():
                _add(archive, name, source.read_bytes())
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CannotGrade(f"cannot write the autograder to {path}: {exc.strerror}") from None


@click.command("gradescope-package", context_settings={"ignore_unknown_options": True})
@click.argument("step_name", metavar="STEP")
@click.option("--output", "-o", type=click.Path(dir_okay=False, path_type=Path), default=Path("autograder.zip"),
              show_default=True, help="Write the autograder zip here.")
@click.option("--pip", "pip", multiple=True, metavar="REQUIREMENT",
              help="Also install this with pip in setup.sh, e.g. flask for learners' servers (repeatable).")
@click.argument("extra", nargs=-1, type=click.UNPROCESSED, metavar="[-- GRADING OPTIONS]")
def gradescope_package_command(step_name: str, output: Path, pip: tuple[str, ...], extra: tuple[str, ...]) -> None:
    """Write a Gradescope autograder zip that grades STEP with this grader; upload it as the assignment's autograder.

    Options after -- are passed to `grade STEP` for every submission, e.g. `-- --dialect mysql`. For step-3 and
    step-4 pass how to start the learner's server from their files, e.g. `-- --cmd 'python app.py'`.
    """
    step, checker = graded_step(step_name)
    if grades_server(step) and not has_option(extra, "--cmd"):
        raise CannotGrade(f"{step.name} grades a running server: say how to start it from the learner's files, e.g. "
                          f"`grade gradescope-package {step.name} -o {output} -- --cmd 'python app.py'` "
                          "(Gradescope has no Docker, so --image and --build cannot work there)")
    check_extra_options(step, checker, extra)
    write_autograder(output, step, extra, pip)
    what = (f"{' or '.join(step.files)} (or the only {' or '.join(step.patterns)} file)"
            if takes_file(step, extra) else "the submitted folder")
    click.echo(f"wrote    {output} (Gradescope: Configure Autograder > Zip file upload; it grades {what} "
               f"with `grade {step.name}`)")
