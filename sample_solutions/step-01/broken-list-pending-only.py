"""Breaks list: done tasks are hidden from `list`."""

import sys

import tasks


def cmd_list(args) -> None:
    for task in sorted(tasks.load()["tasks"], key=tasks.sort_key(args.sort)):
        if not task["done"]:
            print(tasks.show(task))


tasks.cmd_list = cmd_list

if __name__ == "__main__":
    sys.exit(tasks.main())
