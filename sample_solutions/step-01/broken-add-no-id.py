"""Breaks "add prints the new task's id": it prints only the title."""

import contextlib
import io
import sys

import tasks


def cmd_add(args) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        ORIGINAL(args)
    print(f"Added: {args.title}")


ORIGINAL = tasks.cmd_add
tasks.cmd_add = cmd_add

if __name__ == "__main__":
    sys.exit(tasks.main())
