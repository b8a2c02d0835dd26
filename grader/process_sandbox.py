"""Running an untrusted learner program with time, memory, process, file and output limits, sandboxed when possible."""

from __future__ import annotations

import contextlib
import os
import resource
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from grader.process_bwrap import bwrap_argv, bwrap_path
from grader.process_capture import CappedReader, feed_stdin
from grader.process_limits import (
    count_namespace,
    count_session,
    namespace_of_child,
    readable_seconds,
    readable_size,
    rlimit_setter,
)
from grader.text import capped

MODES = ("auto", "bwrap", "none")
# Learner Python programs run with the real interpreter behind the grader's (a virtual environment's `python` is a
# link that may live where the sandbox shows nothing, such as /tmp); they need only the standard library.
PYTHON = str(Path(sys.executable).resolve())
POLL_SECONDS = 0.01
PROCESS_COUNT_SECONDS = 0.05
OUTPUT_DRAIN_FACTOR = 16
MEMORY_HINTS = (b"MemoryError", b"out of memory", b"Fatal process OOM", b"Cannot allocate memory", b"std::bad_alloc")
NODE_PROGRAMS = ("node", "nodejs", "npm", "npx")
NODE_ADDRESS_HEADROOM = 2**30


@dataclass(frozen=True)
class Limits:
    """How much time, memory, processes, file size and output one run may use."""

    wall_seconds: float = 5.0
    cpu_seconds: float = 5.0
    memory_bytes: int = 512 * 2**20
    processes: int = 64
    file_bytes: int = 16 * 2**20
    output_bytes: int = 64 * 2**10


@dataclass(frozen=True)
class Run:
    """What one sandboxed run did: how it ended, what it printed (capped), and why it was stopped, if it was."""

    argv: tuple[str, ...]
    exit_status: int | None
    signal: int | None
    stdout: bytes
    stderr: bytes
    stdout_truncated: bool
    stderr_truncated: bool
    timed_out: bool
    killed_reason: str | None
    elapsed: float

    @property
    def could_not_start(self) -> bool:
        """The sandbox or the system could not start the program: the grader's or the machine's problem."""
        return bool(self.killed_reason and self.killed_reason.startswith("could not be started"))

    @property
    def ok(self) -> bool:
        """True when the program exited with status 0 and was not stopped."""
        return self.exit_status == 0 and self.killed_reason is None and not self.timed_out

    @property
    def stdout_text(self) -> str:
        """Standard output decoded, capped for feedback, saying when it was cut."""
        return _text(self.stdout, self.stdout_truncated)

    @property
    def stderr_text(self) -> str:
        """Standard error decoded, capped for feedback, saying when it was cut."""
        return _text(self.stderr, self.stderr_truncated)

    def command_line(self) -> str:
        """The command, shell-quoted, for feedback a learner can paste."""
        return shlex.join(self.argv)


def _text(data: bytes, truncated: bool) -> str:
    text = capped(data.decode("utf-8", errors="replace"))
    return f"{text}\n... (output cut: only the first {readable_size(len(data))} were kept)" if truncated else text


def sandbox_available() -> bool:
    """True when bubblewrap is installed and can start a sandbox here."""
    return _bwrap_works()


_bwrap_checked: dict[str, bool] = {}


def _bwrap_works() -> bool:
    path = bwrap_path()
    if path is None:
        return False
    if path not in _bwrap_checked:
        with tempfile.TemporaryDirectory(prefix="bwrap-probe-") as folder:
            probe = bwrap_argv(["true"], workdir=Path(folder), readable=())
            try:
                done = subprocess.run(probe, capture_output=True, timeout=10, env={"PATH": "/usr/bin:/bin"})
                _bwrap_checked[path] = done.returncode == 0
            except (OSError, subprocess.SubprocessError):
                _bwrap_checked[path] = False
    return _bwrap_checked[path]


def _runs_node(argv: Sequence[str]) -> bool:
    return bool(argv) and Path(argv[0]).name in NODE_PROGRAMS


def _address_space(argv: Sequence[str], limits: Limits) -> int:
    """RLIMIT_AS for the run: Node reserves about 800 MB of address space just to start, so it gets 1 GB more."""
    return limits.memory_bytes + NODE_ADDRESS_HEADROOM if _runs_node(argv) else limits.memory_bytes


def _environment(env: Mapping[str, str], workdir: Path, argv: Sequence[str], limits: Limits) -> dict[str, str]:
    default_path = os.pathsep.join([str(Path(sys.base_prefix) / "bin"), "/usr/local/bin", "/usr/bin", "/bin"])
    inside = {**env, "PATH": env.get("PATH", default_path), "LANG": env.get("LANG", "C.UTF-8"), "HOME": str(workdir)}
    if _runs_node(argv) and "NODE_OPTIONS" not in env:
        inside["NODE_OPTIONS"] = f"--max-old-space-size={max(16, limits.memory_bytes // 2**20)}"
    return inside


def run_sandboxed(
    argv: Sequence[str],
    *,
    workdir: Path,
    env: Mapping[str, str],
    stdin: bytes = b"",
    limits: Limits = Limits(),
    mode: str = "auto",
    readable: Sequence[Path] = (),
) -> Run:
    """Run `argv` in `workdir` under `limits`; with bubblewrap (mode "bwrap", or "auto" when available) or plain."""
    if mode not in MODES:
        raise ValueError(f"unknown sandbox mode {mode!r}; choose one of {', '.join(MODES)}")
    if mode == "bwrap" and not _bwrap_works():
        raise RuntimeError("the bubblewrap sandbox (bwrap) is not available here; install the 'bubblewrap' package")
    sandboxed = mode == "bwrap" or (mode == "auto" and _bwrap_works())
    command = bwrap_argv(argv, workdir=workdir, readable=readable) if sandboxed else list(argv)
    start = time.monotonic()
    try:
        process = subprocess.Popen(
            command, cwd=workdir, env=_environment(env, workdir, argv, limits), stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True, close_fds=True,
            preexec_fn=rlimit_setter(cpu_seconds=limits.cpu_seconds, memory_bytes=_address_space(argv, limits),
                                     file_bytes=limits.file_bytes, processes=limits.processes),
        )
    except OSError as error:
        return Run(tuple(argv), None, None, b"", f"could not start the program: {error}".encode(), False, False,
                   False, f"could not be started ({error.strerror or error})", time.monotonic() - start)
    return _supervise(process, tuple(argv), stdin, limits, sandboxed, start)


def _supervise(process: subprocess.Popen, argv: tuple[str, ...], stdin: bytes, limits: Limits,
               sandboxed: bool, start: float) -> Run:
    cpu_before = _children_cpu()
    writer = feed_stdin(process.stdin, stdin)
    out = CappedReader(process.stdout, limits.output_bytes)
    err = CappedReader(process.stderr, limits.output_bytes)
    reason = None
    timed_out = False
    namespace = None
    next_count = start
    drain_limit = max(limits.output_bytes * OUTPUT_DRAIN_FACTOR, 2**20)
    while process.poll() is None:
        if time.monotonic() - start > limits.wall_seconds:
            timed_out = True
            reason = f"ran past its {readable_seconds(limits.wall_seconds)} limit"
        elif out.total > drain_limit or err.total > drain_limit:
            reason = f"printed far more than its {readable_size(limits.output_bytes)} output limit"
        elif time.monotonic() >= next_count:
            next_count = time.monotonic() + PROCESS_COUNT_SECONDS
            if sandboxed and namespace is None:
                namespace = namespace_of_child(process.pid)
            running = count_namespace(namespace[1]) - 1 if namespace else count_session(process.pid)
            if (not sandboxed or namespace) and running > limits.processes:
                reason = f"started more than {limits.processes} processes"
        if reason:
            break
        time.sleep(POLL_SECONDS)
    if sandboxed and process.poll() is None:
        _kill_sandbox_init(process, namespace or namespace_of_child(process.pid))
    _kill_group(process.pid)
    process.wait()
    _kill_group(process.pid)
    elapsed = time.monotonic() - start
    writer.join(1.0)
    stdout, stderr = out.finish(), err.finish()
    exit_status, signal_number = _status(process.returncode, sandboxed)
    if reason is None and sandboxed and exit_status == 1 and stderr.startswith(b"bwrap: "):
        reason = f"could not be started ({stderr.decode('utf-8', 'replace').strip()})"
    if reason is None:
        reason = _limit_reason(exit_status, signal_number, stderr, limits, _children_cpu() - cpu_before)
    return Run(argv, exit_status, signal_number, stdout, stderr, out.truncated, err.truncated, timed_out, reason,
               elapsed)


def _kill_sandbox_init(process: subprocess.Popen, namespace: tuple[int, str] | None) -> None:
    """Kill bubblewrap's init first, which ends every process in the sandbox and lets bubblewrap reap it."""
    if namespace:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(namespace[0], signal.SIGKILL)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=2)


def _kill_group(pgid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)


def _status(returncode: int, sandboxed: bool) -> tuple[int | None, int | None]:
    """Exit status and signal; bubblewrap reports a program killed by signal N as exit status 128 + N."""
    if returncode < 0:
        return None, -returncode
    if sandboxed and 128 < returncode < 128 + signal.NSIG:
        return None, returncode - 128
    return returncode, None


def _limit_reason(exit_status: int | None, signal_number: int | None, stderr: bytes, limits: Limits,
                  cpu_used: float) -> str | None:
    """Which limit stopped the program, judged from how it ended; a MemoryError counts as hitting the memory limit."""
    if signal_number == signal.SIGXCPU or (signal_number == signal.SIGKILL and cpu_used >= limits.cpu_seconds):
        return f"used more than {readable_seconds(limits.cpu_seconds)} of CPU time"
    if signal_number == signal.SIGXFSZ or (exit_status != 0 and b"File too large" in stderr[-4096:]):
        return f"wrote a file larger than {readable_size(limits.file_bytes)}"
    if exit_status != 0 and any(hint in stderr[-4096:] for hint in MEMORY_HINTS):
        return f"used more than {readable_size(limits.memory_bytes)} of memory"
    if signal_number is not None:
        return f"was stopped by signal {signal.Signals(signal_number).name}"
    return None


def _children_cpu() -> float:
    """CPU seconds used so far by this process's finished children (grows as each run is reaped)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
