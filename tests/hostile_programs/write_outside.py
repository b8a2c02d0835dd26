"""Tries to write each file named on the command line, outside its own folder."""

import sys

for target in sys.argv[1:]:
    try:
        with open(target, "w") as out:
            out.write("escaped")
        print(f"wrote {target}")
    except OSError as error:
        print(f"blocked: {error}")
