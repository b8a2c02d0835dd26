"""Breaks "the file left exactly as it was": on an error it saves what it loaded, unchanged (the same bytes it wrote
last time, so only a file rewritten in another layout before the command shows it)."""

import sys

import tasks

LOADED: list[dict] = []


def load() -> dict:
    data = ORIGINAL_LOAD()
    LOADED.append(data)
    return data


def main(argv: list[str] | None = None) -> int:
    status = ORIGINAL_MAIN(argv)
    if status and LOADED:
        tasks.save(LOADED[0])
    return status


ORIGINAL_LOAD, ORIGINAL_MAIN = tasks.load, tasks.main
tasks.load, tasks.main = load, main

if __name__ == "__main__":
    sys.exit(tasks.main())
