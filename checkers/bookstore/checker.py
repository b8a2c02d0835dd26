"""The step-3 and step-4 checkers: reach the learner's server (URL, command or container), run the probes in order."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from importlib import import_module
from importlib.resources import files
from pathlib import Path

import click

from checkers.bookstore.probe import Credentials, Probe, ProbeContext, Violation, run_probe
from grader.checker import Checker, Event, PlannedOutcome
from grader.http_probe import ProbeClient
from grader.launcher import loopback_url, server_from_command, wait_until_ready
from grader.outcome import CannotGrade, Feedback, Outcome

URL_READY_SECONDS = 5.0


def _params() -> tuple[click.Parameter, ...]:
    return (
        click.Argument(["url"], required=False),
        click.Option(["--cmd"], help="Start your server with this command (PORT is set for it), e.g. 'python app.py'."),
        click.Option(["--cwd"], type=click.Path(path_type=Path), help="Run --cmd in this folder."),
        click.Option(["--image"], help="Run your server from this local Docker image."),
        click.Option(["--build"], type=click.Path(path_type=Path),
                     help="Build the Docker image from this folder's Dockerfile, then run it."),
        click.Option(["--build-arg", "build_args"], multiple=True, metavar="KEY=VALUE",
                     help="A build argument for --build, e.g. BASE=my-local-python (repeatable)."),
        click.Option(["--admin-email"], help="An admin account's email that exists on your server (step 4)."),
        click.Option(["--admin-password"], help="That admin account's password."),
        click.Option(["--jwt-secret"], help="The secret your server signs tokens with (to forge expired tokens)."),
        click.Option(["--ready-timeout"], type=float, default=20.0, show_default=True,
                     help="Seconds to wait for a server the grader starts to answer."),
    )


def _server(url: str | None, cmd: str | None, cwd: Path | None, image: str | None, build: Path | None,
            build_args: tuple[str, ...], credentials: Credentials, ready_timeout: float) -> AbstractContextManager[str]:
    given = [name for name, value in (("URL", url), ("--cmd", cmd), ("--image", image), ("--build", build)) if value]
    if len(given) != 1:
        raise CannotGrade("say how to reach your server with exactly one of: a URL (http://localhost:5000), "
                          f"--cmd 'python app.py', --image NAME or --build DIR (got {', '.join(given) or 'none'})")
    if cmd:
        return server_from_command(cmd, cwd, credentials.as_env(), ready_timeout)
    if image or build:
        from grader.containers import server_from_container

        return server_from_container(image=image, build=build, build_args=build_args, env=credentials.as_env(),
                                     ready_timeout=ready_timeout)
    return _running(loopback_url(url or ""))


@contextmanager
def _running(base_url: str) -> Iterator[str]:
    if not wait_until_ready(base_url, URL_READY_SECONDS):
        raise CannotGrade(f"nothing at {base_url} answered GET /health or GET /books with 2xx within "
                          f"{URL_READY_SECONDS:g} s; is your server running on that port?")
    yield base_url


def no_5xx(step: int, ctx: ProbeContext) -> Outcome:
    """No request of the run got a 5xx: the server never crashed on the grader's input."""
    title, outcome_id = "No request gets a 5xx", f"step-{step}/no-5xx"
    crashed = [r for r in ctx.log if r.status >= 500]
    if not crashed:
        return Outcome.passed(outcome_id, title, 2, Feedback(did=f"checked all {len(ctx.log)} responses"))
    first = crashed[0]
    return Outcome.failed(outcome_id, title, 2, Feedback(
        did=f"checked all {len(ctx.log)} responses: {len(crashed)} were 5xx",
        expected="no 5xx for any request of the contract, even invalid ones: those get a 4xx",
        got=f"{first.request.method} {first.request.url} answered {first.status}\n{first.describe()}",
        hint="A 5xx means your server crashed on this input: validate it and answer 400/404 instead.",
        reproduce=first.request.curl()))


def bookstore_checker(step: int, probes_module: str) -> Checker:
    """A Checker for step 3 or 4; the probes are imported from `probes_module` (its PROBES tuple)."""

    def probes() -> Sequence[Probe]:
        return import_module(probes_module).PROBES

    def grade(url: str | None, cmd: str | None, cwd: Path | None, image: str | None, build: Path | None,
              build_args: tuple[str, ...], admin_email: str | None, admin_password: str | None,
              jwt_secret: str | None, ready_timeout: float) -> Iterator[Event]:
        started_by_grader = not url
        given = Credentials(admin_email, admin_password, jwt_secret)
        credentials = _complete(given, Credentials.generated()) if started_by_grader else given
        with _server(url, cmd, cwd, image, build, build_args, credentials, ready_timeout) as base_url, \
                ProbeClient(base_url) as client:
            ctx = ProbeContext(client, credentials)
            for probe in probes():
                yield run_probe(step, probe, ctx)
            yield no_5xx(step, ctx)

    def planned() -> list[PlannedOutcome]:
        items = [PlannedOutcome(f"step-{step}/{p.slug}", p.title, p.points, (p.check.__doc__ or "").strip())
                 for p in probes()]
        return [*items, PlannedOutcome(f"step-{step}/no-5xx", "No request gets a 5xx", 2)]

    def describe(url: str | None, cmd: str | None, image: str | None, build: Path | None, **_: object) -> str:
        return url or (f"--cmd {cmd}" if cmd else f"--image {image}" if image else f"--build {build}")

    def starter_files() -> dict[str, str]:
        """The contract as an OpenAPI document, to load into Postman or Swagger UI."""
        return {"openapi.json": (files("exercises") / "step-03" / "openapi.json").read_text(encoding="utf-8")}

    def export_postman() -> dict:
        from checkers.bookstore.postman import export_collection

        return export_collection(step, probes())

    return Checker(step=step, params=_params(), grade=grade, planned=planned, starter_files=starter_files,
                   describe_submission=describe, export_postman=export_postman)


def _complete(given: Credentials, generated: Credentials) -> Credentials:
    return Credentials(given.admin_email or generated.admin_email, given.admin_password or generated.admin_password,
                       given.jwt_secret or generated.jwt_secret)


__all__ = ["Violation", "bookstore_checker"]
