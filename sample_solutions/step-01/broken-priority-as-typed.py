"""Breaks error-bad-priority: takes HIGH (any letter case) and saves it as typed, not as high."""

import sys

import tasks


def valid_priority(text: str) -> str:
    if text.lower() not in tasks.PRIORITIES:
        raise tasks.UserError(f"unknown priority {text!r}; use low, medium or high")
    return text


tasks.valid_priority = valid_priority

if __name__ == "__main__":
    sys.exit(tasks.main())
