"""`grade batch --scheduler`: the same cohort graded on a real Dask cluster (a scheduler and two workers on 127.0.0.1)
gives the same results, files and resume behaviour as a local run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import suppress
from pathlib import Path

import pytest

from grader.launcher import free_port
from tests.conftest import run_grade
from tests.support.cohort import correct, records, write_cohort, wrong


def _start(*args: str, log: Path) -> subprocess.Popen:
    with open(log, "w") as handle:
        return subprocess.Popen(list(args), stdout=handle, stderr=subprocess.STDOUT, start_new_session=True)


@pytest.fixture(scope="module")
def scheduler(tmp_path_factory):
    """A Dask scheduler and two single-thread workers, all listening on 127.0.0.1 only, stopped after the module."""
    from distributed import Client

    logs = tmp_path_factory.mktemp("dask")
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    processes = [_start(sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port",
                        str(port), "--no-dashboard", "--no-show", log=logs / "scheduler.log")]
    try:
        for number in (1, 2):
            processes.append(_start(sys.executable, "-m", "distributed.cli.dask_worker", address, "--host",
                                    "127.0.0.1", "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                                    "--local-directory", str(logs / f"worker{number}"),
                                    log=logs / f"worker{number}.log"))
        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=60)
            assert all(w.startswith("tcp://127.0.0.1:") for w in client.scheduler_info()["workers"])
        yield address
    finally:
        for process in processes:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)


def _comparable(record: dict) -> tuple:
    """Everything but the seconds grading took."""
    return record["learner"], record["batch"]["status"], record["batch"]["stamp"], record["result"]


@pytest.fixture(scope="module")
def cohort(tmp_path_factory) -> Path:
    return write_cohort(tmp_path_factory.mktemp("cohort") / "subs", {
        "ana": correct(), "ben": wrong(), "cyd": "", "dan": correct(), "eve": wrong()})


def test_a_dask_run_gives_the_same_results_and_files_as_a_local_run(scheduler, cohort, tmp_path):
    local = run_grade("batch", "step-2", cohort, "-o", tmp_path / "local", "-q", "--jobs", "2")
    remote = run_grade("batch", "step-2", cohort, "-o", tmp_path / "dask", "-q", "--scheduler", scheduler)
    assert remote.returncode == local.returncode == 1, remote.stderr
    assert remote.stdout.splitlines()[1] == local.stdout.splitlines()[1]
    here, there = records(tmp_path / "local"), records(tmp_path / "dask")
    assert sorted(there) == ["ana", "ben", "cyd", "dan", "eve"]
    assert {n: _comparable(r) for n, r in there.items()} == {n: _comparable(r) for n, r in here.items()}
    assert (tmp_path / "dask" / "summary.csv").read_text() == (tmp_path / "local" / "summary.csv").read_text()
    assert (tmp_path / "dask" / "report.html").exists()


def test_a_dask_run_resumes_like_a_local_one(scheduler, cohort, tmp_path):
    results = tmp_path / "results"
    run_grade("batch", "step-2", cohort, "-o", results, "-q", "--scheduler", scheduler)
    kept = (results / "learners" / "ana.json").read_bytes()
    (results / "learners" / "ben.json").unlink()
    again = run_grade("batch", "step-2", cohort, "-o", results, "-q", "--scheduler", scheduler)
    assert "grading 1, 4 already graded" in again.stdout
    assert (results / "learners" / "ana.json").read_bytes() == kept
    assert records(results)["ben"]["batch"]["status"] == "graded"


def test_a_scheduler_that_does_not_answer_is_one_line_and_exit_2(cohort, tmp_path):
    done = run_grade("batch", "step-2", cohort, "-o", tmp_path / "r", "--scheduler", f"tcp://127.0.0.1:{free_port()}")
    assert done.returncode == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
