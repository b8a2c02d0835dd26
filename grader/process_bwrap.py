"""The bubblewrap command line: the system read-only, only the work folder writable, no network, no home."""

from __future__ import annotations

import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

SYSTEM_DIRS = ("/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
ETC_FILES = ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives", "/etc/localtime",
             "/etc/nsswitch.conf", "/etc/passwd", "/etc/group")


def bwrap_path() -> str | None:
    """Where the bubblewrap program is, or None when it is not installed."""
    return shutil.which("bwrap")


def interpreter_prefixes() -> list[Path]:
    """Install prefixes of the interpreters learner programs use, when they live outside the system directories."""
    prefixes = {Path(sys.base_prefix).resolve()}
    node = shutil.which("node")
    if node:
        prefixes.add(Path(node).resolve().parent.parent)
    return sorted(p for p in prefixes if not any(_inside(p, Path(d)) for d in SYSTEM_DIRS) and p != Path("/"))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _system_binds() -> list[str]:
    args: list[str] = []
    for name in SYSTEM_DIRS:
        path = Path(name)
        if path.is_symlink():
            args += ["--symlink", str(path.readlink()), name]
        elif path.is_dir():
            args += ["--ro-bind", name, name]
    for name in ETC_FILES:
        if Path(name).exists():
            args += ["--ro-bind", name, name]
    return args


def bwrap_argv(argv: Sequence[str], *, workdir: Path, readable: Sequence[Path]) -> list[str]:
    """The full bubblewrap command that runs `argv` in `workdir` with the rest of the machine hidden."""
    bwrap = bwrap_path()
    if bwrap is None:
        raise FileNotFoundError("bubblewrap (bwrap) is not installed")
    args = [bwrap, "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
            "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    args += _system_binds()
    for prefix in interpreter_prefixes():
        args += ["--ro-bind", str(prefix), str(prefix)]
    for path in readable:
        resolved = str(Path(path).resolve())
        args += ["--ro-bind", resolved, resolved]
    work = str(workdir.resolve())
    args += ["--bind", work, work, "--chdir", work, "--", *argv]
    return args
