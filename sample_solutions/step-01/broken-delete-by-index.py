"""Breaks delete, ids-not-reused and error-unknown-id: `delete N` pops position N of the list, not task N."""

import sys

import tasks


def cmd_delete(args) -> None:
    data = tasks.load()
    data["tasks"].pop(int(args.id))
    tasks.save(data)


tasks.cmd_delete = cmd_delete

if __name__ == "__main__":
    sys.exit(tasks.main())
