"""`grade export STEP --postman FILE`: write a step's checks as a Postman collection learners can run themselves."""

from __future__ import annotations

import json
from pathlib import Path

import click

from grader.outcome import CannotGrade
from grader.output import write_atomically
from grader.registry import checker_for
from grader.steps import find_step


@click.command("export")
@click.argument("step_name", metavar="STEP")
@click.option("--postman", "postman", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Write the step's checks to this file as a Postman v2.1 collection (run it with Postman or newman).")
def export_command(step_name: str, postman: Path) -> None:
    """Write a step's checks as a Postman collection: the same requests and rules as `grade STEP`."""
    step = find_step(step_name)
    checker = checker_for(step.number)
    exporter = checker.export_postman if checker is not None else None
    if exporter is None:
        raise CannotGrade(f"{step.name} has no Postman export; only the bookstore API steps (step-3, step-4) have one")
    write_atomically(postman, json.dumps(exporter(), indent=2, ensure_ascii=False) + "\n", "the collection")
    click.echo(f"wrote    {postman} (run it: npx newman run {postman} --env-var baseUrl=http://localhost:5000)")
