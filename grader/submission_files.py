"""Which file in a learner's folder is their submission: one of the step's names, else the only file of its patterns.

The same rule serves a batch's per-learner folders and a Gradescope upload. It uses only the standard library, so
the Gradescope autograder can apply it from the bundled source even when installing the grader failed.
"""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

LISTED = 10


class NoSubmission(Exception):
    """The folder does not hold exactly one file the step can grade; the text says what to hand in instead."""


def has_option(extra: tuple[str, ...] | list[str], option: str) -> bool:
    """Whether grading options set `option` (as `--cmd X` or `--cmd=X`)."""
    return any(a == option or a.startswith(option + "=") for a in extra)


def received(folder: Path) -> list[str]:
    """Every file in the folder and below, relative to it, skipping hidden files and folders (.git, .DS_Store)."""
    if not folder.is_dir():
        return []
    found = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        found += [str((Path(directory) / name).relative_to(folder)) for name in sorted(names)
                  if not name.startswith(".")]
    return found


def find_submission(folder: Path, step: str, names: list[str] | tuple[str, ...],
                    patterns: list[str] | tuple[str, ...]) -> Path:
    """The one file to grade: a file named like `names`, else the only one matching `patterns`; else NoSubmission."""
    files = received(folder)
    wanted = " or ".join(names) + f" (or a single {' or '.join(patterns)} file)"
    for matches in ([p for p in files if Path(p).name in names],
                    [p for p in files if any(fnmatch.fnmatch(Path(p).name, pattern) for pattern in patterns)]):
        if len(matches) == 1:
            return folder / matches[0]
        if len(matches) > 1:
            raise NoSubmission(f"Several files could be your {step} submission: {_listing(matches)}. "
                               f"Submit only one, or name the one to grade {names[0]}.")
    got = _listing(files) if files else "no files at all"
    raise NoSubmission(f"No file to grade: {step} grades {wanted}, and your submission has {got}. "
                       f"Resubmit with your work in {names[0]}.")


def _listing(paths: list[str]) -> str:
    shown = ", ".join(paths[:LISTED])
    return shown + (f" and {len(paths) - LISTED} more" if len(paths) > LISTED else "")
