"""Tries to read the file or list the folder named on the command line and prints what it found."""

import os
import sys

target = sys.argv[1]
try:
    found = sorted(os.listdir(target)) if os.path.isdir(target) else open(target).read()  # noqa: SIM115
except OSError as error:
    print(f"blocked: {error}")
    sys.exit(3)
print(f"LEAKED: {found}")
