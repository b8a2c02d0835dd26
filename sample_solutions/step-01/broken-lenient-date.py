"""Breaks error-bad-date: checks only the shape NNNN-NN-NN, so 2026-02-30 and 2026-13-01 are accepted."""

import re
import sys

import tasks


def valid_due(text: str) -> str:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise tasks.UserError(f"{text!r} is not a date; use YYYY-MM-DD")
    return text


tasks.valid_due = valid_due

if __name__ == "__main__":
    sys.exit(tasks.main())
