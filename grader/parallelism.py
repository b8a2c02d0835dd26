"""How many threads one grading may use: a batch runs submissions side by side, each on one thread."""

from __future__ import annotations

import os

THREADS_ENV = "GRADER_THREADS"


def threads(default: int) -> int:
    """The thread count for one grading: GRADER_THREADS when a batch set it, else the checker's own default."""
    value = os.environ.get(THREADS_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else default
