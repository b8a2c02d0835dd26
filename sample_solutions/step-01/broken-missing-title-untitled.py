"""Breaks "a missing title is refused": `add` without a title adds a task called "Untitled"."""

import sys

import tasks


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["add"] and (len(argv) == 1 or argv[1].startswith("--")):
        argv.insert(1, "Untitled")
    return ORIGINAL(argv)


ORIGINAL = tasks.main
tasks.main = main

if __name__ == "__main__":
    sys.exit(tasks.main())
