"""Runs the learner's server in a Docker container (a local image, or one built from their folder), then removes it."""

from __future__ import annotations

import os
import re
import signal
import socket
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import docker

from grader.launcher import ServerDidNotStart, free_port, wait_until_ready
from grader.outcome import CannotGrade

LABEL = "roadmap-grader"
OWNER_PID = "roadmap-grader.owner-pid"
OWNER_HOST = "roadmap-grader.owner-host"
BUILD_REPOSITORY = "roadmap-grader-build"
LIMITS = {"mem_limit": "512m", "nano_cpus": 1_000_000_000, "pids_limit": 256}
CONNECT_SECONDS = 10
BUILD_IDLE_SECONDS = 600
LOG_TAIL_LINES = 40
LOG_TAIL_CHARS = 4_000
NEVER_PULLS = "the grader never pulls images"
FROM_LINE = re.compile(r"^[ \t]*FROM[ \t]+(?:--\S+[ \t]+)*(\S+)(?:[ \t]+AS[ \t]+(\S+))?", re.IGNORECASE | re.MULTILINE)
ARG_LINE = re.compile(r"^[ \t]*ARG[ \t]+([A-Za-z_]\w*)(?:=(\S*))?", re.IGNORECASE | re.MULTILINE)
VARIABLE = re.compile(r"\$\{(\w+)\}|\$(\w+)")


@contextmanager
def server_from_container(*, image: str | None, build: Path | None, build_args: tuple[str, ...],
                          env: dict[str, str], ready_timeout: float = 20.0) -> Iterator[str]:
    """Run the image (or build `build` first) with PORT set, host networking and limits; yield its base URL."""
    if image and build:
        raise CannotGrade("give either --image NAME or --build DIR, not both")
    if build_args and not build:
        raise CannotGrade("--build-arg only applies with --build DIR")
    arguments = parse_build_args(build_args)
    client = docker_client()
    sweep_leftovers(client)
    image_id = build_image(client, build, arguments) if build else local_image(client, image or "")
    shown = f"--build {build}" if build else image
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    name = f"{LABEL}-{os.getpid()}-{port}"
    with _interrupt_on_sigterm():
        try:
            container = _start(client, image_id, name, {**env, "PORT": str(port)}, shown)
            if not wait_until_ready(base_url, ready_timeout, lambda: _running(container)):
                raise ServerDidNotStart(_why_not_ready(container, shown, port, ready_timeout))
            yield base_url
        finally:
            _remove(client, name)


def parse_build_args(items: Iterable[str]) -> dict[str, str]:
    """`KEY=VALUE` strings as a dict; CannotGrade for one without a key or an `=`."""
    parsed = {}
    for item in items:
        key, equals, value = item.partition("=")
        if not equals or not key.strip():
            raise CannotGrade(f"--build-arg {item!r}: write it as KEY=VALUE, e.g. --build-arg BASE=my-local-python")
        parsed[key.strip()] = value
    return parsed


def docker_client() -> docker.DockerClient:
    """A client of the local Docker engine; CannotGrade when none answers."""
    try:
        client = docker.from_env(timeout=CONNECT_SECONDS)
        client.ping()
    except docker.errors.DockerException as exc:
        reason = _first_line(str(exc))
        raise CannotGrade(f"the Docker engine is not reachable ({reason}); start it (e.g. `sudo systemctl start "
                          "docker`), or run your server yourself and give --cmd or its URL instead") from None
    return client


def local_image(client: docker.DockerClient, image: str) -> str:
    """The id of a local image by name or id; CannotGrade when it is not on this machine."""
    try:
        return client.images.get(image).id
    except docker.errors.ImageNotFound:
        raise CannotGrade(f"--image {image}: no such image on this machine ({NEVER_PULLS}); build it first "
                          "(docker build -t NAME .), or give --build DIR to let the grader build it") from None
    except docker.errors.APIError as exc:
        raise CannotGrade(f"--image {image}: Docker refused it: {_first_line(exc.explanation or str(exc))}") from None


def build_tag(folder: Path) -> str:
    """The grader's tag for images built from `folder`, so a rebuild reuses Docker's cache."""
    name = re.sub(r"[^a-z0-9._-]+", "-", folder.resolve().name.lower()).strip("._-") or "submission"
    return f"{BUILD_REPOSITORY}/{name}:latest"


def build_image(client: docker.DockerClient, folder: Path, build_args: dict[str, str]) -> str:
    """Build the folder's Dockerfile with host networking; its image id, or CannotGrade with the log's tail."""
    if not folder.is_dir():
        raise CannotGrade(f"--build {folder}: no such folder")
    if not (folder / "Dockerfile").is_file():
        raise CannotGrade(f"--build {folder}: it has no Dockerfile")
    for base in base_images((folder / "Dockerfile").read_text(errors="replace"), build_args):
        if not _has_image(client, base):
            raise CannotGrade(f"--build {folder}: its Dockerfile builds FROM {base}, which is not on this machine "
                              f"({NEVER_PULLS}); build or load that image first, or name a local one with "
                              "--build-arg BASE=NAME if your Dockerfile has `ARG BASE`")
    log: list[str] = []
    image_id = None
    try:
        for chunk in client.api.build(path=str(folder), tag=build_tag(folder), buildargs=build_args, rm=True,
                                      forcerm=True, pull=False, network_mode="host", decode=True,
                                      timeout=BUILD_IDLE_SECONDS):
            log.append(chunk.get("stream") or chunk.get("status") or "")
            if "error" in chunk:
                log.append(chunk["error"])
                raise CannotGrade(_build_failed(folder, log))
            image_id = (chunk.get("aux") or {}).get("ID", image_id)
    except docker.errors.APIError as exc:
        log.append(exc.explanation or str(exc))
        raise CannotGrade(_build_failed(folder, log)) from None
    except docker.errors.DockerException as exc:
        raise CannotGrade(f"--build {folder}: the build could not run: {_first_line(str(exc))}") from None
    if image_id is None:
        raise CannotGrade(_build_failed(folder, log))
    return image_id


def base_images(dockerfile: str, build_args: dict[str, str]) -> list[str]:
    """The images a Dockerfile builds FROM (after ARG substitution), leaving out `scratch` and its own stages."""
    first_from = FROM_LINE.search(dockerfile)
    header = dockerfile[:first_from.start()] if first_from else dockerfile
    values = {name: (default or "").strip("\"'") for name, default in ARG_LINE.findall(header)}
    values.update(build_args)
    stages, bases = {"scratch"}, []
    for reference, stage in FROM_LINE.findall(dockerfile):
        image = VARIABLE.sub(lambda m: values.get(m.group(1) or m.group(2), m.group(0)), reference)
        if image.lower() not in stages and "$" not in image and image:
            bases.append(image)
        stages.add(stage.lower())
    return bases


def sweep_leftovers(client: docker.DockerClient) -> list[str]:
    """Remove the grader's containers whose grader process on this host is gone; the names removed."""
    removed = []
    try:
        leftovers = client.containers.list(all=True, filters={"label": LABEL})
    except docker.errors.APIError:
        return removed
    for container in leftovers:
        labels = container.labels
        if labels.get(OWNER_HOST) != socket.gethostname() or _alive(labels.get(OWNER_PID, "")):
            continue
        with suppress(docker.errors.NotFound, docker.errors.APIError):
            container.remove(force=True)
            removed.append(container.name)
    return removed


def _has_image(client: docker.DockerClient, image: str) -> bool:
    try:
        client.images.get(image)
    except docker.errors.ImageNotFound:
        return False
    return True


def _start(client: docker.DockerClient, image_id: str, name: str, environment: dict[str, str],
           shown: str) -> docker.models.containers.Container:
    labels = {LABEL: "1", OWNER_PID: str(os.getpid()), OWNER_HOST: socket.gethostname()}
    try:
        container = client.containers.create(image_id, name=name, environment=environment, labels=labels,
                                             network_mode="host", auto_remove=False, detach=True, **LIMITS)
        container.start()
    except docker.errors.APIError as exc:
        raise ServerDidNotStart(f"your container ({shown}) could not start: "
                                f"{_first_line(exc.explanation or str(exc))}") from None
    return container


def _running(container: docker.models.containers.Container) -> bool:
    try:
        container.reload()
    except docker.errors.NotFound:
        return False
    return container.status in ("created", "running")


def _why_not_ready(container: docker.models.containers.Container, shown: str, port: int, ready_timeout: float) -> str:
    try:
        container.reload()
    except docker.errors.NotFound:
        return f"your container ({shown}) was removed by something other than the grader before it answered"
    state = container.attrs.get("State", {})
    if container.status in ("created", "running"):
        why = (f"did not answer GET /health or GET /books on port {port} within {ready_timeout:g} s "
               "(it shares this machine's network: listen on the port in $PORT, on 0.0.0.0 or 127.0.0.1)")
    elif state.get("OOMKilled"):
        why = f"was killed for using more than {LIMITS['mem_limit']} of memory"
    else:
        why = f"exited with status {state.get('ExitCode')}"
    return f"your container ({shown}) {why}. Its output:\n{_log_tail(container)}"


def _log_tail(container: docker.models.containers.Container) -> str:
    raw = container.logs(stdout=True, stderr=True, tail=LOG_TAIL_LINES + 1).decode("utf-8", "replace")
    lines = raw.strip().splitlines()
    if not lines:
        return "(it printed nothing)"
    note = f"(only its last {LOG_TAIL_LINES} lines)\n" if len(lines) > LOG_TAIL_LINES else ""
    return note + _capped("\n".join(lines[-LOG_TAIL_LINES:]))


def _build_failed(folder: Path, log: list[str]) -> str:
    lines = "".join(log).strip().splitlines()
    steps = [line for line in lines if line.startswith("Step ")]
    hint = (f"{NEVER_PULLS}: the FROM image must already be on this machine (docker images), "
            "or name a local one with --build-arg BASE=NAME if your Dockerfile has `ARG BASE`"
            if steps and " : FROM " in steps[-1] else "the last step it ran failed")
    note = f"(only the last {LOG_TAIL_LINES} lines of {len(lines)})\n" if len(lines) > LOG_TAIL_LINES else ""
    tail = "\n".join(lines[-LOG_TAIL_LINES:])
    return f"--build {folder}: docker build failed; {hint}. The end of the build log:\n{note}{_capped(tail)}"


def _capped(text: str) -> str:
    if len(text) <= LOG_TAIL_CHARS:
        return text
    return f"(only the last {LOG_TAIL_CHARS:,} characters)\n{text[-LOG_TAIL_CHARS:]}"


def _remove(client: docker.DockerClient, name: str) -> None:
    """Force-remove the container, with SIGINT and SIGTERM held back until it is gone."""
    held = {signal.SIGINT, signal.SIGTERM}
    blocked = threading.current_thread() is threading.main_thread()
    if blocked:
        signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        with suppress(docker.errors.NotFound):
            client.containers.get(name).remove(force=True)
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, held)


@contextmanager
def _interrupt_on_sigterm() -> Iterator[None]:
    """While inside, SIGTERM raises KeyboardInterrupt (like Ctrl-C) so `finally` blocks remove the container."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _raise_interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _raise_interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _alive(pid: str) -> bool:
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _first_line(text: str) -> str:
    return (text.strip().splitlines() or ["no details"])[0][:300]
