"""Breaks done: `done` marks the task in memory but never saves the file."""

import sys

import tasks


def cmd_done(args) -> None:
    tasks.find(tasks.load(), args.id)["done"] = True


tasks.cmd_done = cmd_done

if __name__ == "__main__":
    sys.exit(tasks.main())
