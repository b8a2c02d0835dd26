"""Breaks update-one-field: `update` writes every field, so fields not given fall back to their defaults."""

import sys

import tasks


def cmd_update(args) -> None:
    data = tasks.load()
    task = tasks.find(data, args.id)
    task["title"] = tasks.valid_title(args.title if args.title is not None else task["title"])
    task["due"] = tasks.valid_due(args.due) if args.due is not None else None
    task["priority"] = tasks.valid_priority(args.priority or "medium")
    tasks.save(data)


tasks.cmd_update = cmd_update

if __name__ == "__main__":
    sys.exit(tasks.main())
