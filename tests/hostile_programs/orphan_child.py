"""Leaves a child behind that writes the file named on the command line one second after its parent exits."""

import os
import sys
import time

if os.fork() == 0:
    time.sleep(1)
    with open(sys.argv[1], "w") as out:
        out.write("the orphan survived")
    os._exit(0)
print("parent exiting", flush=True)
