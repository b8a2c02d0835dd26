"""Grading a batch on a Dask distributed cluster: the same jobs and answers as on this machine, spread over its workers.

The workers need the grader installed and the submissions at the same paths (a shared filesystem). Results are
still written here, by the batch, the moment each answer arrives, so resuming works exactly as it does locally.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable

from grader.batch.workers import Job, WorkerProcess
from grader.outcome import CannotGrade

CONNECT_SECONDS = 10
_local = threading.local()


def run_on_dask(jobs: Iterable[Job], scheduler: str, on_answer: Callable[[Job, dict], None]) -> None:
    """Submit every job to the cluster at `scheduler` and hand each answer to `on_answer` as it completes."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise CannotGrade("--scheduler needs the Dask client: pip install 'roadmap-grader[cluster]'") from None
    try:
        client = Client(scheduler, timeout=CONNECT_SECONDS)
    except (OSError, TimeoutError, ValueError) as exc:
        raise CannotGrade(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    with client:
        futures = {client.submit(grade_on_worker, job, pure=False): job for job in jobs}
        try:
            for future in as_completed(futures):
                on_answer(futures[future], _answer(future))
        finally:
            client.cancel(list(futures))


def _answer(future: object) -> dict:
    """The worker's answer; a task the cluster lost or failed is the grader's error, recorded like a crash."""
    try:
        return future.result()
    except Exception as exc:
        return {"status": "crashed", "seconds": 0.0, "result": None,
                "reason": f"the Dask cluster could not grade this submission ({type(exc).__name__}: {exc})"}


def grade_on_worker(job: Job) -> dict:
    """Runs on a Dask worker thread: grade in a worker process kept by this thread, as a local batch does."""
    worker: WorkerProcess | None = getattr(_local, "worker", None)
    if worker is None or worker.worn_out:
        if worker is not None:
            worker.close()
        worker = _local.worker = WorkerProcess()
    return worker.run(job)
