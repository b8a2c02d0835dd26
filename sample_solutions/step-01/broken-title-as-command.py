"""Breaks "an unknown command is refused": a first word that is not a command is taken as the title of a new task."""

import sys

import tasks

COMMANDS = ("add", "list", "done", "update", "delete")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] not in COMMANDS:
        argv = ["add", " ".join(argv)]
    return ORIGINAL(argv)


ORIGINAL = tasks.main
tasks.main = main

if __name__ == "__main__":
    sys.exit(tasks.main())
