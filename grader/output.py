"""Files the grader writes for the user (reports, collections): whole or not at all."""

from __future__ import annotations

import os
from pathlib import Path

from grader.outcome import CannotGrade


def write_atomically(path: Path, text: str, what: str) -> None:
    """Write `text` to `path` through a temporary file and a rename; CannotGrade in one line if it cannot be written."""
    temporary = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise CannotGrade(f"cannot write {what} to {path}: {exc.strerror}") from None
