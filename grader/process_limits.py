"""Resource limits set in the child before it runs, and counting the processes a run has started."""

from __future__ import annotations

import math
import os
import resource
from collections.abc import Callable
from pathlib import Path


def readable_size(n: int) -> str:
    """`n` bytes as a short plain size: 512 MB, 64 KB, 300 bytes."""
    for unit, size in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if n >= size:
            value = n / size
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{n} bytes"


def readable_seconds(seconds: float) -> str:
    """`seconds` as a short plain duration: 5 s, 0.5 s."""
    return f"{seconds:g} s"


def processes_of_uid(uid: int) -> int:
    """How many processes the user `uid` runs right now on this machine."""
    count = 0
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                if entry.stat().st_uid == uid:
                    count += 1
            except OSError:
                pass
    return count


def rlimit_setter(
    *, cpu_seconds: float, memory_bytes: int, file_bytes: int, processes: int
) -> Callable[[], None]:
    """A preexec function that applies the limits in the child, just before it executes the program.

    RLIMIT_NPROC counts every process of the user, not only this run's, so it is set to what the user already
    runs plus `processes`; the per-run bound is enforced by `count_session`/`count_namespace` watching the run.
    The kernel ignores RLIMIT_NPROC for root.
    """
    cpu = max(1, math.ceil(cpu_seconds))
    nproc = processes_of_uid(os.getuid()) + processes

    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_bytes, file_bytes))
        resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    return apply


def _stat_fields(pid: str) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rfind(")") + 2 :].split()


def count_session(session: int) -> int:
    """How many live processes belong to session `session` (a plain run started with start_new_session)."""
    count = 0
    for name in os.listdir("/proc"):
        if name.isdigit():
            fields = _stat_fields(name)
            if fields and fields[3] == str(session) and fields[0] != "Z":
                count += 1
    return count


def namespace_of_child(parent: int) -> tuple[int, str] | None:
    """The pid and pid namespace of a child of `parent` living in a namespace other than ours (bubblewrap's init)."""
    ours = os.readlink("/proc/self/ns/pid")
    for name in os.listdir("/proc"):
        if name.isdigit():
            fields = _stat_fields(name)
            if fields and fields[1] == str(parent):
                try:
                    link = os.readlink(f"/proc/{name}/ns/pid")
                except OSError:
                    continue
                if link != ours:
                    return int(name), link
    return None


def count_namespace(namespace: str) -> int:
    """How many live processes run in the pid namespace `namespace`, its init included."""
    count = 0
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if os.readlink(f"/proc/{name}/ns/pid") == namespace:
                    count += 1
            except OSError:
                pass
    return count
