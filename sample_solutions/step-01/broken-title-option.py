"""Breaks "arguments come after the command" (add TITLE [--due] [--priority]): the title must be given as
`--title TITLE`, so `add "Buy milk" --due 2026-12-01` is refused."""

import sys

import tasks


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["add"]:
        if "--title" not in argv[1:-1] or not argv[1].startswith("--"):
            print("usage: tasks add --title TITLE [--due YYYY-MM-DD] [--priority P]", file=sys.stderr)
            return 2
        at = argv.index("--title")
        argv = ["add", argv[at + 1], *argv[1:at], *argv[at + 2:]]
    return ORIGINAL(argv)


ORIGINAL = tasks.main
tasks.main = main

if __name__ == "__main__":
    sys.exit(tasks.main())
