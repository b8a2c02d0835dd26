"""`grade batch` beyond step 2: task-manager programs that flood or loop (step 1), a roster of learners' running APIs
(step 3), per-learner Dockerfiles built one by one (step 4), and the JUnit and Gradescope exports of a batch."""

from __future__ import annotations

import json
import shutil
import sys
import xml.etree.ElementTree as ET

import pytest

from grader.launcher import free_port
from tests.conftest import ROOT, SAMPLES, run_grade
from tests.support.cohort import correct, records, write_cohort, wrong

sys.path.insert(0, str(SAMPLES))

from bookstore_servers import catalog, running_bookstore  # noqa: E402

HOSTILE = ROOT / "tests" / "hostile_programs"
BASE = "roadmap-grader/python-base:bookworm"
FAST = {"BCRYPT_ROUNDS": "4"}


def test_task_managers_that_flood_or_loop_get_their_result_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "subs"
    folder.mkdir()
    shutil.copy(SAMPLES / "step-01" / "tasks.py", folder / "good.py")
    shutil.copy(HOSTILE / "flood_output.py", folder / "flood.py")
    shutil.copy(HOSTILE / "infinite_loop.py", folder / "loop.py")
    done = run_grade("batch", "step-1", folder, "-o", tmp_path / "r", "-q", "--timeout", "20")
    stored = records(tmp_path / "r")
    assert stored["good"]["result"]["passed"] and stored["good"]["result"]["score"] == 44
    for learner in ("flood", "loop"):
        assert stored[learner]["result"]["score"] == 0, learner
        assert {o["status"] for o in stored[learner]["result"]["outcomes"]} <= {"fail", "error"}
    assert done.returncode == 1
    assert "3 results: 1 passed everything" in done.stdout


@pytest.fixture(scope="module")
def two_servers():
    with running_bookstore("reference-step3", env=FAST) as good, \
            running_bookstore("page-off-by-one", env=FAST) as buggy:
        yield good, buggy


def test_a_roster_of_urls_grades_each_learners_running_api(two_servers, tmp_path):
    good, buggy = two_servers
    roster = tmp_path / "roster.csv"
    planted = tmp_path / "planted"
    roster.write_text(f"learner,url\nkim,{good}\nlee,{buggy}\nmay,http://127.0.0.1:{free_port()}\n"
                      f"ned,--cmd=touch {planted}\n")
    done = run_grade("batch", "step-3", roster, "-o", tmp_path / "r", "-q", "--jobs", "2", env=FAST)
    stored = records(tmp_path / "r")
    assert stored["kim"]["result"]["passed"]
    failed = {o["id"].split("/", 1)[1] for o in stored["lee"]["result"]["outcomes"] if o["status"] == "fail"}
    assert failed == set(catalog()["page-off-by-one"].fails)
    assert stored["may"]["batch"]["status"] == "cannot_grade"
    assert "127.0.0.1" in stored["may"]["result"]["outcomes"][0]["feedback"]["got"]
    assert "is not an http:// or https:// URL" in stored["ned"]["result"]["outcomes"][0]["feedback"]["got"]
    assert not planted.exists()
    assert done.returncode == 1


def test_a_roster_with_an_unsafe_learner_id_is_refused(tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text("learner,url\n../../etc/x,http://127.0.0.1:9\n")
    done = run_grade("batch", "step-3", roster, "-o", tmp_path / "r")
    assert done.returncode == 2 and "line 2: learner id '../../etc/x'" in done.stderr
    assert not (tmp_path / "r").exists() or not any((tmp_path / "r").rglob("*.json"))


def test_learner_folders_with_a_dockerfile_are_built_and_run_one_by_one(tmp_path):
    folder = tmp_path / "subs"
    shutil.copytree(SAMPLES / "step-04" / "reference", folder / "nia")
    shutil.copytree(ROOT / "tests" / "servers" / "build-fails", folder / "oli")
    done = run_grade("batch", "step-4", folder, "-o", tmp_path / "r", "-q", "--jobs", "2", "--",
                     "--build-arg", f"BASE={BASE}", "--admin-email", "admin@example.com",
                     "--admin-password", "s3cret-pass", "--jwt-secret", "x" * 32)
    assert "built and run one at a time" in done.stderr
    stored = records(tmp_path / "r")
    assert stored["nia"]["result"]["passed"], stored["nia"]["result"]["outcomes"]
    assert stored["oli"]["batch"]["status"] == "cannot_grade"
    assert "docker build failed" in stored["oli"]["result"]["outcomes"][0]["feedback"]["got"]


def test_a_batch_exports_junit_and_gradescope_results_for_every_learner(tmp_path):
    folder = write_cohort(tmp_path / "subs", {"ivy": correct(), "jon": wrong(), "kai": ""})
    done = run_grade("batch", "step-2", folder, "-o", tmp_path / "r", "-q", "--format", "junit",
                     "--format", "gradescope")
    assert "junit.xml" in done.stdout and "gradescope" in done.stdout
    suites = {s.get("name"): s for s in ET.parse(tmp_path / "r" / "junit.xml").getroot()}
    assert sorted(suites) == ["ivy", "jon", "kai"]
    assert suites["ivy"].get("failures") == "0" and int(suites["jon"].get("failures")) > 0
    jon = records(tmp_path / "r")["jon"]["result"]
    assert int(suites["jon"].get("failures")) == jon["counts"]["fail"]
    scores = {p.stem: json.loads(p.read_text())["score"] for p in (tmp_path / "r" / "gradescope").glob("*.json")}
    assert scores == {"ivy": 100, "jon": jon["score"], "kai": 0}
    kai = json.loads((tmp_path / "r" / "gradescope" / "kai.json").read_text())
    assert "is empty" in kai["tests"][0]["output"]


def test_a_learner_whose_checks_need_credentials_not_given_is_not_counted_as_passing(tmp_path):
    roster = tmp_path / "roster.csv"
    with running_bookstore("reference", env=FAST) as url:
        roster.write_text(f"learner,url\nkim,{url}\n")
        done = run_grade("batch", "step-3", roster, "-o", tmp_path / "r", "-q", "--format", "junit", env=FAST)
    kim = records(tmp_path / "r")["kim"]["result"]
    unchecked = [o for o in kim["outcomes"] if o["needs"]]
    assert unchecked and all(o["status"] == "skipped" for o in unchecked)
    assert kim["passed"] is False and done.returncode == 1
    assert "1 results: 0 passed everything" in done.stdout
    summary = (tmp_path / "r" / "summary.csv").read_text().splitlines()
    assert summary[1].split(",")[3] == "no"
    suite = ET.parse(tmp_path / "r" / "junit.xml").getroot().find("testsuite")
    assert int(suite.get("failures")) == len(unchecked)
