"""Breaks "the file left exactly as it was": it keeps a copy of the file and writes it back after every failed
command, so the bytes stay the same but the file is written (its modification time changes)."""

import sys

import tasks


def main(argv: list[str] | None = None) -> int:
    try:
        with open(tasks.tasks_path(), "rb") as handle:
            backup = handle.read()
    except FileNotFoundError:
        backup = None
    try:
        status = ORIGINAL(argv)
    except SystemExit as stop:
        status = stop.code
    if status and backup is not None:
        with open(tasks.tasks_path(), "wb") as handle:
            handle.write(backup)
    return status


ORIGINAL = tasks.main
tasks.main = main

if __name__ == "__main__":
    sys.exit(tasks.main())
