"""Reading a child's stdout/stderr in background threads, keeping at most a fixed number of bytes."""

from __future__ import annotations

import os
import threading
from typing import BinaryIO

CHUNK = 64 * 1024


class CappedReader:
    """Drains one pipe in a thread, keeping the first `cap` bytes and counting the rest."""

    def __init__(self, pipe: BinaryIO, cap: int) -> None:
        self._fd = pipe.fileno()
        self._pipe = pipe
        self._cap = cap
        self._kept = bytearray()
        self.total = 0
        self._thread = threading.Thread(target=self._drain, daemon=True)
        self._thread.start()

    def _drain(self) -> None:
        try:
            while chunk := os.read(self._fd, CHUNK):
                self.total += len(chunk)
                room = self._cap - len(self._kept)
                if room > 0:
                    self._kept += chunk[:room]
        except OSError:
            pass

    @property
    def truncated(self) -> bool:
        return self.total > self._cap

    def finish(self, timeout: float = 2.0) -> bytes:
        """Wait briefly for the pipe to close, then return what was kept.

        A pipe still held open by an escaped process is left open rather than closed under the reading thread,
        whose file descriptor number could otherwise be reused.
        """
        self._thread.join(timeout)
        if not self._thread.is_alive():
            self._pipe.close()
        return bytes(self._kept[: self._cap])


def feed_stdin(pipe: BinaryIO, data: bytes) -> threading.Thread:
    """Write `data` to the child's stdin in a thread, then close it; a child that stops reading is fine."""

    def write() -> None:
        try:
            if data:
                pipe.write(data)
            pipe.close()
        except (BrokenPipeError, OSError, ValueError):
            pass

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread
