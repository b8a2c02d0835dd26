"""Breaks "done marks the task done": `done` flips the task, so marking a done task again makes it pending."""

import sys

import tasks


def cmd_done(args) -> None:
    data = tasks.load()
    task = tasks.find(data, args.id)
    task["done"] = not task["done"]
    tasks.save(data)


tasks.cmd_done = cmd_done

if __name__ == "__main__":
    sys.exit(tasks.main())
