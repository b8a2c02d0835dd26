"""Starts processes until it cannot: the process limit must stop it."""

import os
import time

started = 0
for _ in range(5000):
    try:
        if os.fork() == 0:
            time.sleep(30)
            os._exit(0)
    except OSError as error:
        print(f"fork failed after {started} processes: {error}", flush=True)
        break
    started += 1
print(f"started {started} processes", flush=True)
time.sleep(30)
