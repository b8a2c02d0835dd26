"""Breaks "delete ID removes the task": it removes every task whose id contains ID, so `delete 1` also removes
tasks 10 and 11."""

import sys

import tasks


def cmd_delete(args) -> None:
    data = tasks.load()
    tasks.find(data, args.id)
    data["tasks"] = [task for task in data["tasks"] if args.id not in str(task["id"])]
    tasks.save(data)


tasks.cmd_delete = cmd_delete

if __name__ == "__main__":
    sys.exit(tasks.main())
