"""Breaks "add --due YYYY-MM-DD": its own month table gives February 28 days every year, so 2028-02-29 is refused."""

import re
import sys

import tasks

DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid_due(text: str) -> str:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match and 1 <= int(match[2]) <= 12 and 1 <= int(match[3]) <= DAYS[int(match[2]) - 1]:
        return text
    raise tasks.UserError(f"{text!r} is not a date; use YYYY-MM-DD")


tasks.valid_due = valid_due

if __name__ == "__main__":
    sys.exit(tasks.main())
