"""Breaks "an invalid date is refused" for `update` only: `add` checks --due, `update` stores it as given."""

import sys

import tasks


def cmd_update(args) -> None:
    data = tasks.load()
    task = tasks.find(data, args.id)
    if args.title is not None:
        task["title"] = tasks.valid_title(args.title)
    if args.due is not None:
        task["due"] = args.due
    if args.priority is not None:
        task["priority"] = tasks.valid_priority(args.priority)
    tasks.save(data)


tasks.cmd_update = cmd_update

if __name__ == "__main__":
    sys.exit(tasks.main())
