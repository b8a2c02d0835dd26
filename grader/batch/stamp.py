"""Stamps that tell whether a stored result is current: the grader, the step's spec and reference data, the work."""

from __future__ import annotations

import hashlib
from pathlib import Path

from grader import __version__
from grader.batch.submissions import Submission
from grader.steps import Step

MAX_FILES = 5_000
MAX_BYTES = 200_000_000
CHUNK = 1 << 20


def grading_stamp(step: Step, extra_args: tuple[str, ...]) -> dict[str, str]:
    """The grader version, and a hash of the step's spec, the checker's code and data, and the grading options."""
    digest = hashlib.sha256()
    digest.update(repr(extra_args).encode())
    _hash_tree(digest, Path(str(step.folder)))
    _hash_tree(digest, _checkers_folder())
    return {"grader_version": __version__, "spec_hash": digest.hexdigest()[:16]}


def _checkers_folder() -> Path:
    """All checkers, not only this step's: steps share code (step 1 uses the algorithm checker), so err on stale."""
    import checkers

    return Path(checkers.__file__).parent


def submission_hash(submission: Submission) -> str:
    """What the learner handed in: a file's bytes, a folder's names and bytes, or the URL (a server is unknown)."""
    digest = hashlib.sha256()
    if submission.source is None:
        digest.update(submission.url.encode())
    elif submission.source.is_dir():
        _hash_tree(digest, submission.source)
    else:
        _hash_file(digest, submission.source)
    return digest.hexdigest()[:16]


def _hash_tree(digest: hashlib._Hash, folder: Path) -> None:
    """Names and contents of a folder's files in a fixed order; past the limits, names and sizes only."""
    budget = MAX_BYTES
    try:
        paths = sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts)[:MAX_FILES]
    except OSError:
        return
    for path in paths:
        digest.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape") + b"\0")
        try:
            size = path.stat().st_size
        except OSError:
            continue
        if size <= budget:
            budget -= size
            _hash_file(digest, path)
        else:
            digest.update(str(size).encode())


def _hash_file(digest: hashlib._Hash, path: Path) -> None:
    try:
        with open(path, "rb") as handle:
            while chunk := handle.read(CHUNK):
                digest.update(chunk)
    except OSError as exc:
        digest.update(f"unreadable:{exc.errno}".encode())
