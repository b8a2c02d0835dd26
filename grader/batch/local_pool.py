"""Grading a batch on this machine: --jobs worker processes side by side, each reused for many submissions."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable

from grader.batch.workers import Job, WorkerProcess


def run_locally(jobs: Iterable[Job], workers: int, on_answer: Callable[[Job, dict], None]) -> None:
    """Grade every job on `workers` processes; `on_answer` is called (from worker threads) as each one finishes.

    A worker that timed out, crashed or is worn out is replaced. Interrupted, every worker is killed at once.
    """
    todo: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
    for job in jobs:
        todo.put(job)
    pool = _Slots(on_answer)
    threads = [threading.Thread(target=pool.serve, args=(todo,), daemon=True) for _ in range(workers)]
    for thread in threads:
        todo.put(None)
        thread.start()
    try:
        for thread in threads:
            while thread.is_alive():
                thread.join(0.2)
    finally:
        pool.stop()
        for thread in threads:
            thread.join()


class _Slots:
    """The shared state of the worker threads: which workers are busy, and whether the batch is stopping."""

    def __init__(self, on_answer: Callable[[Job, dict], None]) -> None:
        self.on_answer = on_answer
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.workers: set[WorkerProcess] = set()

    def serve(self, todo: queue.SimpleQueue) -> None:
        worker: WorkerProcess | None = None
        try:
            while not self.stopping.is_set() and (job := todo.get()) is not None:
                if worker is None or worker.worn_out:
                    worker = self._replace(worker)
                answer = worker.run(job)
                if not self.stopping.is_set():
                    self.on_answer(job, answer)
        finally:
            if worker is not None:
                self._retire(worker)

    def stop(self) -> None:
        self.stopping.set()
        with self.lock:
            busy = list(self.workers)
        for worker in busy:
            worker.kill()

    def _replace(self, worker: WorkerProcess | None) -> WorkerProcess:
        if worker is not None:
            self._retire(worker)
        fresh = WorkerProcess()
        with self.lock:
            self.workers.add(fresh)
        return fresh

    def _retire(self, worker: WorkerProcess) -> None:
        with self.lock:
            self.workers.discard(worker)
        worker.close()
