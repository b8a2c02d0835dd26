"""Breaks "one line per task with its id": `list` numbers the lines 1, 2, 3... instead of showing the ids, which
looks right until a task is deleted."""

import sys

import tasks


def cmd_list(args) -> None:
    for number, task in enumerate(sorted(tasks.load()["tasks"], key=tasks.sort_key(args.sort)), 1):
        print(f"{number}. [{'x' if task['done'] else ' '}] {task['title']}")


tasks.cmd_list = cmd_list

if __name__ == "__main__":
    sys.exit(tasks.main())
