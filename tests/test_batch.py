"""`grade batch` on step 2, run as an instructor runs it: every learner graded, one bad submission never stops the rest,
finished results are never lost or graded twice, and stale results are re-graded only on request."""

from __future__ import annotations

import csv
import json
import os
import re
import signal
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.conftest import run_grade
from tests.support.cohort import correct, endless, kill_marked, processes_marked, records, write_cohort, wrong

GRADE_COMMAND = ["grade"]


@pytest.fixture(scope="module")
def cohort(tmp_path_factory) -> Path:
    """Learners with a right, wrong, empty or binary file, and three with a folder (found as on Gradescope)."""
    folder = write_cohort(tmp_path_factory.mktemp("cohort") / "submissions", {
        "alice": correct(), "bob": wrong(), "carol": "", "dave": os.urandom(300) + b"\0"})
    (folder / "erin").mkdir()
    (folder / "erin" / "queries.sql").write_text(correct())
    (folder / "erin" / "schema.sql").write_text("CREATE TABLE t (id INT);\n")
    (folder / "fay" / "sql").mkdir(parents=True)
    (folder / "fay" / "sql" / "answers.sql").write_text(wrong())
    (folder / "gus").mkdir()
    (folder / "gus" / "notes.txt").write_text("I will do it tomorrow")
    (folder / ".DS_Store").write_bytes(b"\0\1")
    (folder / ".git").mkdir()
    return folder


@pytest.fixture(scope="module")
def graded(cohort, tmp_path_factory):
    results = tmp_path_factory.mktemp("results")
    return run_grade("batch", "step-2", cohort, "-o", results, "--jobs", "2"), results


def test_every_learner_gets_a_result_and_the_batch_reports_the_cohort(graded):
    done, results = graded
    assert done.returncode == 1, done.stderr
    stored = records(results)
    assert sorted(stored) == ["alice", "bob", "carol", "dave", "erin", "fay", "gus"]
    assert {name: r["batch"]["status"] for name, r in stored.items()} == {
        "alice": "graded", "bob": "graded", "carol": "cannot_grade", "dave": "cannot_grade", "erin": "graded",
        "fay": "graded", "gus": "cannot_grade"}
    assert [stored[n]["result"]["score"] for n in ("alice", "erin")] == [100, 100]
    assert 0 < stored["bob"]["result"]["score"] == stored["fay"]["result"]["score"] < 100
    assert stored["fay"]["result"]["submission"].endswith("fay/sql/answers.sql")
    assert "step-2 grades queries.sql (or a single *.sql file), and your submission has notes.txt" in (
        stored["gus"]["result"]["outcomes"][0]["feedback"]["got"])
    assert "7 results: 2 passed everything, 2 did not pass every outcome, 3 could not be graded" in done.stdout
    assert "7/7" in done.stderr


def test_a_submission_that_cannot_be_graded_fails_with_the_reason_and_how_to_reproduce(graded, cohort):
    _, results = graded
    carol = records(results)["carol"]["result"]
    assert (carol["score"], carol["max_score"], carol["passed"]) == (0, 100, False)
    [outcome] = carol["outcomes"]
    assert (outcome["id"], outcome["status"]) == ("step-2/submission", "fail")
    assert "is empty" in outcome["feedback"]["got"]
    assert outcome["feedback"]["reproduce"] == f"grade step-2 {cohort / 'carol.sql'}"


def test_each_result_is_what_grading_that_learner_alone_gives(graded, cohort):
    _, results = graded
    alone = run_grade("step-2", cohort / "bob.sql", "--format", "json")
    assert records(results)["bob"]["result"] == json.loads(alone.stdout)


def test_summary_csv_has_a_row_per_learner_and_a_column_per_outcome(graded):
    _, results = graded
    with open(results / "summary.csv", newline="") as handle:
        rows = {row["learner"]: row for row in csv.DictReader(handle)}
    assert sorted(rows) == ["alice", "bob", "carol", "dave", "erin", "fay", "gus"]
    assert (rows["alice"]["score"], rows["alice"]["max"], rows["alice"]["step-2/q07"]) == ("100", "100", "pass")
    failed = [column for column, value in rows["bob"].items() if value == "fail"]
    assert failed and all(column.startswith("step-2/q") for column in failed)


def test_a_rerun_grades_only_what_is_missing_or_changed(cohort, tmp_path):
    folder = write_cohort(tmp_path / "subs", {"a": correct(), "b": correct(), "c": wrong()})
    results = tmp_path / "results"
    first = run_grade("batch", "step-2", folder, "-o", results, "-q")
    assert "grading 3, 0 already graded" in first.stdout
    kept = (results / "learners" / "a.json").read_bytes()
    (results / "learners" / "b.json").unlink()
    (folder / "c.sql").write_text(correct())
    again = run_grade("batch", "step-2", folder, "-o", results, "-q")
    assert "grading 2, 1 already graded" in again.stdout, again.stdout
    assert (results / "learners" / "a.json").read_bytes() == kept
    assert records(results)["c"]["result"]["score"] == 100
    assert again.returncode == 0
    nothing = run_grade("batch", "step-2", folder, "-o", results, "-q")
    assert "grading 0, 3 already graded" in nothing.stdout


def test_a_learner_file_named_like_an_option_is_graded_as_a_file(tmp_path):
    folder = write_cohort(tmp_path / "subs", {"-rf": correct(), "--cmd=boom": wrong()})
    done = run_grade("batch", "step-2", ".", "-o", tmp_path / "r", "-q", cwd=folder)
    stored = records(tmp_path / "r")
    assert stored["-rf"]["result"]["score"] == 100, stored["-rf"]["result"]["outcomes"]
    assert stored["--cmd=boom"]["batch"]["status"] == "graded"
    assert done.returncode == 1


def test_a_submission_that_runs_forever_times_out_and_the_batch_goes_on(tmp_path):
    folder = write_cohort(tmp_path / "subs", {"a": endless(), "b": correct()})
    done = run_grade("batch", "step-2", folder, "-o", tmp_path / "r", "--timeout", "3", "--jobs", "1", "-q")
    stored = records(tmp_path / "r")
    assert stored["a"]["batch"]["status"] == "timed_out"
    [outcome] = stored["a"]["result"]["outcomes"]
    assert outcome["status"] == "error" and "3 s limit" in outcome["feedback"]["got"]
    assert stored["b"]["result"]["score"] == 100
    assert "1 timed out" in done.stdout


def _start_batch(folder: Path, results: Path, mark: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([*GRADE_COMMAND, "batch", "step-2", str(folder), "-o", str(results), "--jobs", "1", "-q",
                             *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "GRADER_TEST_MARK": mark})


def _wait_for(results: Path, learners: set[str], process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not learners <= set(records(results)):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"{learners} were not graded in {seconds} s"
        time.sleep(0.05)


def _worker_pids(mark: str) -> list[int]:
    return [pid for pid in processes_marked(mark)
            if b"grader.batch.worker" in Path(f"/proc/{pid}/cmdline").read_bytes()]


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGTERM, signal.SIGKILL])
def test_an_interrupted_batch_keeps_what_finished_and_a_rerun_grades_only_the_rest(tmp_path, how):
    folder = write_cohort(tmp_path / "subs", {"a": correct(), "b": wrong(), "c": endless(), "d": correct()})
    results, mark = tmp_path / "results", uuid.uuid4().hex
    batch = _start_batch(folder, results, mark)
    try:
        _wait_for(results, {"a", "b"}, batch)
        time.sleep(0.5)
        finished = {name: (results / "learners" / f"{name}.json").read_bytes() for name in ("a", "b")}
        batch.send_signal(how)
        _, err = batch.communicate(timeout=20)
        assert batch.returncode == (-signal.SIGKILL if how == signal.SIGKILL else 130)
        if how != signal.SIGKILL:
            assert "run the same command again to grade the rest" in err
        deadline = time.monotonic() + 10
        while processes_marked(mark) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert processes_marked(mark) == [], "the batch left processes running"
    finally:
        kill_marked(mark)
    assert sorted(records(results)) == ["a", "b"]
    assert not [p.name for p in (results / "learners").iterdir() if p.suffix != ".json"]
    rerun = run_grade("batch", "step-2", folder, "-o", results, "--timeout", "3", "-q")
    assert "grading 2, 2 already graded" in rerun.stdout
    assert {n: (results / "learners" / f"{n}.json").read_bytes() for n in ("a", "b")} == finished
    assert records(results)["c"]["batch"]["status"] == "timed_out"
    assert records(results)["d"]["result"]["score"] == 100


def test_a_worker_that_dies_mid_grading_is_a_grader_error_for_that_learner_only(tmp_path):
    folder = write_cohort(tmp_path / "subs", {"a": correct(), "b": endless(), "c": correct()})
    results, mark = tmp_path / "results", uuid.uuid4().hex
    batch = _start_batch(folder, results, mark)
    try:
        _wait_for(results, {"a"}, batch)
        time.sleep(1.0)
        [worker] = _worker_pids(mark)
        os.kill(worker, signal.SIGKILL)
        out, _ = batch.communicate(timeout=60)
    finally:
        kill_marked(mark)
    stored = records(results)
    assert stored["b"]["batch"]["status"] == "crashed"
    assert "killed by signal SIGKILL" in stored["b"]["result"]["outcomes"][0]["feedback"]["got"]
    assert stored["b"]["result"]["outcomes"][0]["status"] == "error"
    assert stored["c"]["result"]["score"] == 100
    assert "1 hit a grader error" in out


def test_regrade_shows_whose_scores_change_before_replacing_stale_results(tmp_path):
    folder = write_cohort(tmp_path / "subs", {"pat": correct(), "sam": wrong()})
    results = tmp_path / "results"
    run_grade("batch", "step-2", folder, "-o", results, "-q", "--", "--dialect", "duckdb")
    old = records(results)
    assert old["pat"]["result"]["score"] < 100

    kept = run_grade("batch", "step-2", folder, "-o", results, "-q")
    assert "grading 0, 2 already graded" in kept.stdout
    assert "2 results came from another grader version, spec or options and were kept" in kept.stdout
    assert records(results) == old

    preview = run_grade("batch", "step-2", folder, "-o", results, "-q", "--regrade", "--dry-run")
    assert "re-graded 2 results" in preview.stdout
    assert re.search(rf"^  pat +{old['pat']['result']['score']}/100 -> 100/100  \(\+\d+\)$", preview.stdout, re.M)
    assert "sam" not in preview.stdout.split("scores change:")[1].split("\n")[1], "unchanged scores are not listed"
    assert "--dry-run: the old results were kept" in preview.stdout
    assert records(results) == old

    applied = run_grade("batch", "step-2", folder, "-o", results, "-q", "--regrade")
    assert "grading 0, 2 already graded" in applied.stdout, "the dry run's re-grading is reused, not repeated"
    assert re.search(r"^  pat +\d+/100 -> 100/100", applied.stdout, re.M)
    new = records(results)
    assert new["pat"]["result"]["score"] == 100
    assert new["pat"]["batch"]["stamp"] != old["pat"]["batch"]["stamp"]
    assert not (results / ".regrade").exists()
    again = run_grade("batch", "step-2", folder, "-o", results, "-q")
    assert "grading 0, 2 already graded" in again.stdout and "were kept" not in again.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["missing-folder"], "does not exist"),
    (["{subs}", "--", "--dialect", "oracle"], "the grading options after `--` do not suit step-2"),
    (["{roster}"], "a CSV roster of URLs only suits steps graded by URL"),
    (["{subs}", "--dry-run"], "--dry-run only goes with --regrade"),
    (["{empty}"], "holds no submissions"),
    (["{twice}"], "two submissions for learner 'x'"),
])
def test_bad_batch_usage_is_one_line_and_exit_2(tmp_path, args, message):
    subs = write_cohort(tmp_path / "subs", {"a": correct()})
    twice = write_cohort(tmp_path / "twice", {"x": correct()})
    (twice / "x.txt").write_text("x")
    (tmp_path / "empty").mkdir()
    (tmp_path / "roster.csv").write_text("learner,url\na,http://127.0.0.1:9\n")
    places = {"subs": subs, "roster": tmp_path / "roster.csv", "empty": tmp_path / "empty", "twice": twice}
    done = run_grade("batch", "step-2", "-o", tmp_path / "r", *[a.format(**places) for a in args], cwd=tmp_path)
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
