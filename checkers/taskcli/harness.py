"""Runs the learner's program once per command in a scenario's folder and records everything about each run."""

from __future__ import annotations

import os
import shlex
import stat
from dataclasses import dataclass, field
from pathlib import Path

from checkers.taskcli.relayout import other_layout
from grader.process_sandbox import Limits, Run, run_sandboxed
from grader.text import capped

FILE_NAME = "tasks.json"
SHOWN_CHARS = 1_500
AGED_NS = 978_307_200 * 10**9  # 2001-01-01: the file's modification time before a command that must not write it
AGED_TOUCH = "200101010000"


@dataclass(frozen=True)
class Program:
    """How to start the learner's task manager: the argv prefix, folders it must read, and extra environment."""

    argv: tuple[str, ...]
    readable: tuple[Path, ...] = ()
    env: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Invocation:
    """One run of the program: its command, stdin, result, and the JSON file's bytes and modification time (ns)
    before and after (None: absent)."""

    args: tuple[str, ...]
    stdin: bytes
    run: Run
    before: bytes | None
    after: bytes | None
    shell: str
    mtime_before: int | None = None
    mtime_after: int | None = None

    @property
    def file_changed(self) -> bool:
        return self.before != self.after

    @property
    def file_written(self) -> bool:
        """The file was written (or touched) even if its bytes are the same: its modification time moved."""
        return self.file_changed or self.mtime_before != self.mtime_after

    def describe(self, with_file: bool = True) -> str:
        """The run as a learner would see it in a terminal: command, exit status, output, and the file."""
        lines = [f"$ {self.shell}"]
        if self.stdin:
            lines.append(f"stdin: {capped(self.stdin.decode('utf-8', 'replace'), SHOWN_CHARS)}")
        lines.append(f"exit status: {_status(self.run)}")
        lines.append(f"stdout: {_stream(self.run.stdout_text)}")
        lines.append(f"stderr: {_stream(self.run.stderr_text)}")
        if with_file:
            lines.append(f"{FILE_NAME} before: {show_file(self.before)}")
            lines.append(f"{FILE_NAME} after:  {show_file(self.after)}")
        return "\n".join(lines)


@dataclass
class Session:
    """One scenario's fresh folder: every command runs there with TASKS_FILE=tasks.json, one after another."""

    program: Program
    workdir: Path
    mode: str
    limits: Limits = field(default_factory=Limits)
    history: list[Invocation] = field(default_factory=list)
    script: list[str] = field(default_factory=list)
    aged: bool = False

    @property
    def path(self) -> Path:
        return self.workdir / FILE_NAME

    def file_bytes(self) -> bytes | None:
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            return None

    def file_mtime(self) -> int | None:
        try:
            return self.path.stat().st_mtime_ns
        except FileNotFoundError:
            return None

    def seed(self, content: bytes) -> None:
        """Write the JSON file before the next command, as the reproduction script will; never through a link the
        program left in its place (that would write outside the work folder)."""
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
        self.script.append(f"printf '%s' {shlex.quote(content.decode('utf-8'))} > {FILE_NAME}")

    def age(self) -> None:
        """Rewrite the file in another valid layout (same data) and date it in the past, before a command that must
        leave it exactly as it was: a program that saves anyway then changes its bytes, or at least its time."""
        if not self._is_regular_file():
            return  # missing, or a link or FIFO the program put there: nothing of it is rewritten or touched
        data = self.file_bytes()
        if data is None:
            return
        relaid = other_layout(data)
        if relaid is not None:
            self.seed(relaid)
        os.utime(self.path, ns=(AGED_NS, AGED_NS), follow_symlinks=False)
        self.script.append(f"touch -t {AGED_TOUCH} {FILE_NAME}")
        self.aged = True

    def _is_regular_file(self) -> bool:
        try:
            return stat.S_ISREG(os.lstat(self.path).st_mode)
        except FileNotFoundError:
            return False

    def run(self, *args: str, stdin: bytes = b"") -> Invocation:
        """Run the program with `args` and record the run."""
        argv = (*self.program.argv, *args)
        shell = f"TASKS_FILE={FILE_NAME} {shlex.join(argv)}" + (" < stdin.txt" if stdin else "")
        before, mtime_before = self.file_bytes(), self.file_mtime()
        run = run_sandboxed(argv, workdir=self.workdir, env={"TASKS_FILE": FILE_NAME, **dict(self.program.env)},
                            stdin=stdin, limits=self.limits, mode=self.mode, readable=self.program.readable)
        if run.could_not_start:
            raise RuntimeError(f"the program {run.killed_reason}")
        invocation = Invocation(tuple(args), stdin, run, before, self.file_bytes(), shell,
                                mtime_before, self.file_mtime())
        self.history.append(invocation)
        self.script.append(shell)
        return invocation

    def reproduce(self) -> str:
        """Shell lines that replay the scenario so far in a fresh folder."""
        dated = [f"ls -l {FILE_NAME}  # dated 2001 unless a command wrote it"] if self.aged else []
        return "\n".join(["cd $(mktemp -d)", *self.script, *dated, f"cat {FILE_NAME}"])


def show_file(data: bytes | None) -> str:
    """The file's content for feedback, capped; says so when there is no file."""
    if data is None:
        return "(no file)"
    return capped(data.decode("utf-8", "replace"), SHOWN_CHARS) or "(empty file)"


def _status(run: Run) -> str:
    if run.killed_reason:
        return f"stopped by the grader: {run.killed_reason}"
    if run.exit_status is None:
        return f"killed by signal {run.signal}"
    return str(run.exit_status)


def _stream(text: str) -> str:
    text = text.rstrip("\n")
    if not text:
        return "(empty)"
    return capped(text, SHOWN_CHARS) if "\n" not in text else "\n  " + capped(text, SHOWN_CHARS).replace("\n", "\n  ")
