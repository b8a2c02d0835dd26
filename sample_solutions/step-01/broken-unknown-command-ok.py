"""Breaks error-unknown-command: an unknown command prints the help on stdout and exits 0."""

import sys

import tasks

COMMANDS = ("add", "list", "done", "update", "delete")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or argv[0] not in COMMANDS:
        tasks.parser().print_help()
        return 0
    return ORIGINAL(argv)


ORIGINAL = tasks.main
tasks.main = main

if __name__ == "__main__":
    sys.exit(tasks.main())
