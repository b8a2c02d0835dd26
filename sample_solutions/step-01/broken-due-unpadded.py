"""Breaks error-bad-date: takes 2026-12-1 (strptime is lenient) and saves it as typed, not as YYYY-MM-DD."""

import datetime
import sys

import tasks


def valid_due(text: str) -> str:
    try:
        datetime.datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        raise tasks.UserError(f"{text!r} is not a date; use YYYY-MM-DD") from None
    return text


tasks.valid_due = valid_due

if __name__ == "__main__":
    sys.exit(tasks.main())
