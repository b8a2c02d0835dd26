"""Breaks error-bad-priority: any word is stored as the priority."""

import sys

import tasks

tasks.valid_priority = str

if __name__ == "__main__":
    sys.exit(tasks.main())
