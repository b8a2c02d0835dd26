"""Breaks "update changes the given fields": only the first of --title, --due, --priority given is applied."""

import sys

import tasks


def cmd_update(args) -> None:
    data = tasks.load()
    task = tasks.find(data, args.id)
    if args.title is not None:
        task["title"] = tasks.valid_title(args.title)
    elif args.due is not None:
        task["due"] = tasks.valid_due(args.due)
    elif args.priority is not None:
        task["priority"] = tasks.valid_priority(args.priority)
    tasks.save(data)


tasks.cmd_update = cmd_update

if __name__ == "__main__":
    sys.exit(tasks.main())
