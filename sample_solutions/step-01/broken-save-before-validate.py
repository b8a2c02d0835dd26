"""Breaks error-bad-date and error-bad-priority: `add` saves the task first and checks its date and priority after."""

import sys

import tasks


def cmd_add(args) -> None:
    data = tasks.load()
    task = {"id": tasks.next_id(data), "title": tasks.valid_title(args.title), "due": args.due,
            "priority": args.priority, "done": False}
    data["tasks"].append(task)
    tasks.save(data)
    if args.due is not None:
        tasks.valid_due(args.due)
    tasks.valid_priority(args.priority)
    print(f"Added task {task['id']}: {task['title']}")


tasks.cmd_add = cmd_add

if __name__ == "__main__":
    sys.exit(tasks.main())
