"""Breaks "no --sort: by id ascending": `list` prints the tasks in file order, and `update` moves the task it
changed to the end of the file."""

import sys

import tasks


def cmd_update(args) -> None:
    ORIGINAL_UPDATE(args)
    data = tasks.load()
    task = tasks.find(data, args.id)
    data["tasks"].remove(task)
    data["tasks"].append(task)
    tasks.save(data)


def sort_key(order: str | None):
    if order is None:
        return lambda t: 0
    return ORIGINAL_SORT(order)


ORIGINAL_UPDATE, ORIGINAL_SORT = tasks.cmd_update, tasks.sort_key
tasks.cmd_update, tasks.sort_key = cmd_update, sort_key

if __name__ == "__main__":
    sys.exit(tasks.main())
