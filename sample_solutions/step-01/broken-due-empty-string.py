"""Breaks "due defaults to none": a task added without --due is stored with "due": "" instead of null."""

import sys

import tasks


def cmd_add(args) -> None:
    data = tasks.load()
    task = {"title": tasks.valid_title(args.title), "due": tasks.valid_due(args.due) if args.due else "",
            "priority": tasks.valid_priority(args.priority), "done": False}
    task = {"id": tasks.next_id(data), **task}
    data["tasks"].append(task)
    tasks.save(data)
    print(f"Added task {task['id']}: {task['title']}")


tasks.cmd_add = cmd_add

if __name__ == "__main__":
    sys.exit(tasks.main())
