"""Breaks "exit status 0 on success": `add` exits with the new task's id as its status."""

import sys

import tasks


def cmd_add(args) -> None:
    ORIGINAL(args)
    sys.exit(tasks.load()["tasks"][-1]["id"])


ORIGINAL = tasks.cmd_add
tasks.cmd_add = cmd_add

if __name__ == "__main__":
    sys.exit(tasks.main())
