"""Breaks persistence and corrupt-file: `list` opens the file itself, so a missing or corrupt file crashes it."""

import json
import sys

import tasks


def cmd_list(args) -> None:
    with open(tasks.tasks_path(), encoding="utf-8") as handle:
        for task in sorted(json.load(handle)["tasks"], key=tasks.sort_key(args.sort)):
            print(tasks.show(task))


tasks.cmd_list = cmd_list

if __name__ == "__main__":
    sys.exit(tasks.main())
