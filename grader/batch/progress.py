"""The batch's progress line on stderr: done / total, failures so far, rate and time left."""

from __future__ import annotations

import threading
import time
from typing import TextIO

PLAIN_EVERY = 5.0
BAR = 24


class Progress:
    """Redrawn in place on a terminal; a plain line every few seconds (and at the end) when stderr is a file."""

    def __init__(self, total: int, stream: TextIO, enabled: bool = True) -> None:
        self.total = total
        self.stream = stream
        self.enabled = enabled and total > 0
        self.tty = stream.isatty()
        self.done = 0
        self.failed = 0
        self.started = time.monotonic()
        self.last_plain = self.started
        self.lock = threading.Lock()

    def advance(self, failed: bool) -> None:
        with self.lock:
            self.done += 1
            self.failed += failed
            now = time.monotonic()
            if not self.enabled:
                return
            if self.tty:
                self.stream.write("\r" + self.line(now) + "\033[K")
                self.stream.flush()
            elif now - self.last_plain >= PLAIN_EVERY or self.done == self.total:
                self.last_plain = now
                self.stream.write(self.line(now) + "\n")
                self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.tty:
            self.stream.write("\n")
            self.stream.flush()

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        filled = BAR * self.done // self.total
        bar = "#" * filled + "-" * (BAR - filled)
        return (f"[{bar}] {self.done}/{self.total}  {self.failed} not passing  {rate:.2f}/s  "
                f"{_duration(left)} left")


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s" if seconds >= 60 else f"{seconds}s"
