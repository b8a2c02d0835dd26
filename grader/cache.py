"""The grader's cache folder: built datasets, answer keys and stamps of spec files already validated."""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """$GRADER_CACHE_DIR if set, else ~/.cache/roadmap-grader."""
    configured = os.environ.get("GRADER_CACHE_DIR")
    return Path(configured) if configured else Path.home() / ".cache" / "roadmap-grader"


def stamp(kind: str, digest: str) -> Path:
    """A marker file that says `digest` has been through `kind` (e.g. validated) before."""
    return cache_root() / "stamps" / kind / digest


def leave_stamp(path: Path) -> None:
    """Create a stamp; a cache that cannot be written only costs time next run."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.touch()
    except OSError:
        pass
