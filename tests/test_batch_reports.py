"""The instructor's batch reports (summary.csv, report.html) from records of really graded step-2 submissions."""

from __future__ import annotations

import csv
import json
import re
import statistics
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import jsonschema
import pytest

from grader.batch.html_report import render_report_html
from grader.batch.records import make_record
from grader.batch.summary_csv import write_summary_csv
from grader.outcome import CannotGrade
from grader.registry import checker_for
from grader.steps import find_step
from tests.conftest import ROOT, SAMPLES, run_grade
from tests.support import chromium
from tests.support.chromium import dump_dom, page_requests, parse_html, screenshot
from tests.support.overlay import compose

STEP2 = SAMPLES / "step-02"
STEP = find_step("step-2")
PLANNED = list(checker_for(STEP.number).planned())
TITLE = STEP.title
SCRIPT_ID = "<script>document.title='pwned'</script>"
FORMULA_ID = '=HYPERLINK("http://evil.invalid","click")'
INJECTED_GOT = '<img src=x onerror="document.title=location.href">'
QUESTION_IDS = [f"step-2/q{n:02d}" for n in range(1, 21)]
DESIGN_IDS = [p.id for p in PLANNED if "/design/" in p.id]


def answers_with(base: str, replaced: dict[str, str] = {}, dropped: tuple[str, ...] = ()) -> str:  # noqa: B006
    """A correct answer file with some answers rewritten and some sections deleted, as a learner might hand in."""
    head, *sections = re.split(r"(?m)^(?=-- q\d\d\s*$)", (STEP2 / base).read_text())
    kept = [f"-- {s[3:6]}\n{replaced[s[3:6]]}\n\n" if s[3:6] in replaced else s
            for s in sections if s[3:6] not in dropped]
    return head + "".join(kept)


def submissions(folder: Path) -> dict[str, list[str]]:
    """Each graded learner's `grade step-2` arguments; their files are real samples or edits of them."""
    files = {
        "dana.sql": compose(STEP2 / "broken-ties.sql"),
        "script.sql": answers_with("correct-postgres.sql", {
            "q01": f"SELECT '{INJECTED_GOT}' AS city, count(*) AS restaurants, count(rating) AS rated, "
                   "round(avg(rating), 2) AS avg_rating FROM restaurants GROUP BY 1 ORDER BY 1;",
            "q05": "SELEC user_id FROM users;"}),
        "formula.sql": compose(STEP2 / "broken-inner-join.sql"),
        "half.sql": answers_with("correct-mysql.sql", dropped=tuple(f"q{n}" for n in range(11, 21))),
    }
    for name, text in files.items():
        (folder / name).write_text(text)
    return {
        "alice": [str(STEP2 / "correct-postgres.sql")],
        "bob": [str(STEP2 / "correct-mysql.sql")],
        "chen": [str(STEP2 / "correct-duckdb.sql"), "--schema", str(STEP2 / "design-poor.sql")],
        "dana": [str(folder / "dana.sql")],
        SCRIPT_ID: [str(folder / "script.sql")],
        FORMULA_ID: [str(folder / "formula.sql")],
        "+1+1": [str(folder / "half.sql")],
    }


STAMP = {"grader_version": "0.1.0", "spec_hash": "0123456789abcdef", "submission_hash": "fedcba9876543210"}
EMPTY_REASON = "erin.sql is empty: write your answers in it"
TIMEOUT_REASON = "grading took longer than the 60 s limit per submission and was stopped"


def stored(learner: str, status: str, result: dict | None = None, reason: str = "") -> dict:
    """The record the batch stores for a learner, made by the batch's own code."""
    answer = {"status": status, "reason": reason, "seconds": 1.25, "result": result}
    return make_record(STEP, learner, f"{learner}.sql", answer, STAMP, 100, f"grade step-2 {learner}.sql")


@pytest.fixture(scope="module")
def records(tmp_path_factory) -> list[dict]:
    """Eleven learners: seven really graded, two sharing another's result, one empty file and one that timed out."""
    folder = tmp_path_factory.mktemp("submissions")
    jobs = submissions(folder)
    with ThreadPoolExecutor(4) as pool:
        runs = dict(zip(jobs, pool.map(lambda args: run_grade("step-2", *args, "--format", "json"), jobs.values()),
                        strict=True))
    results = {learner: json.loads(run.stdout) for learner, run in runs.items()}
    cohort = [stored(learner, "graded", result) for learner, result in results.items()]
    cohort += [stored("-2+3", "graded", results["dana"]), stored("@SUM(1)", "graded", results["bob"]),
               stored("erin", "cannot_grade", reason=EMPTY_REASON), stored("farid", "timed_out", reason=TIMEOUT_REASON)]
    schema = json.loads((ROOT / "grader/schemas/result.schema.json").read_text())
    for record in cohort:
        jsonschema.validate(record["result"], schema)
    return cohort


def status_of(record: dict, outcome_id: str) -> str:
    return next((o["status"] for o in record["result"]["outcomes"] if o["id"] == outcome_id), "")


def by_learner(records: list[dict]) -> dict[str, dict]:
    return {r["learner"]: r for r in records}


def test_the_cohort_is_what_the_report_tests_assume(records):
    learners = by_learner(records)
    assert [status_of(learners[x], "step-2/q03") for x in ("alice", "dana", "+1+1")] == ["pass", "fail", "pass"]
    assert status_of(learners[SCRIPT_ID], "step-2/q01") == "fail"
    assert INJECTED_GOT in next(o for o in learners[SCRIPT_ID]["result"]["outcomes"]
                                if o["id"] == "step-2/q01")["feedback"]["got"]
    assert [learners[x]["result"]["score"] for x in ("alice", "dana", SCRIPT_ID, "+1+1")] == [100, 85, 90, 50]
    assert any(status_of(learners["chen"], d) == "fail" for d in DESIGN_IDS)


# summary.csv

@pytest.fixture(scope="module")
def summary(records, tmp_path_factory) -> list[dict[str, str]]:
    path = tmp_path_factory.mktemp("results") / "summary.csv"
    write_summary_csv(records, PLANNED, path)
    assert [p.name for p in path.parent.iterdir()] == ["summary.csv"], "a temporary file was left behind"
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_summary_columns_are_the_fixed_ones_then_outcomes_in_planned_order(summary):
    assert list(summary[0]) == ["learner", "score", "max", "passed", "status", "problem",
                                *QUESTION_IDS, *DESIGN_IDS, "step-2/submission"]


def test_summary_rows_are_sorted_by_learner_with_formulas_defused(summary):
    assert [row["learner"] for row in summary] == [
        "'+1+1", "'-2+3", SCRIPT_ID, "'" + FORMULA_ID, "'@SUM(1)", "alice", "bob", "chen", "dana", "erin", "farid"]


@pytest.mark.parametrize(("learner", "expected"), [
    ("alice", {"score": "100", "max": "100", "passed": "yes", "status": "graded", "problem": "",
               "step-2/q03": "pass", "step-2/design/entities": "", "step-2/submission": ""}),
    ("dana", {"score": "85", "passed": "no", "step-2/q03": "fail", "step-2/q12": "fail", "step-2/q20": "fail"}),
    ("'+1+1", {"score": "50", "step-2/q10": "pass", "step-2/q11": "fail"}),
    ("chen", {"max": "130", "step-2/design/parses-and-runs": "pass"}),
    ("erin", {"score": "0", "max": "100", "passed": "no", "status": "cannot_grade", "problem": EMPTY_REASON,
              "step-2/q01": "", "step-2/submission": "fail"}),
    ("farid", {"status": "timed_out", "problem": TIMEOUT_REASON, "step-2/submission": "error"}),
])
def test_summary_row_shows_what_the_learner_got(summary, learner, expected):
    row = next(row for row in summary if row["learner"] == learner)
    assert {column: row[column] for column in expected} == expected


@pytest.mark.parametrize(("learner", "shown"), [
    ("=1+1", "'=1+1"), ("+44 20", "'+44 20"), ("-x", "'-x"), ("@A1", "'@A1"), ("\tx", "'\tx"),
    ("a=b", "a=b"), ("ravi-k", "ravi-k"), ("'quoted", "'quoted"),
])
def test_summary_never_lets_a_learner_id_become_a_formula(records, tmp_path, learner, shown):
    record = dict(by_learner(records)["erin"], learner=learner)
    record["batch"] = dict(record["batch"], reason="=cmd|' /C calc'!A0 " + learner)
    write_summary_csv([record], PLANNED, tmp_path / "summary.csv")
    with (tmp_path / "summary.csv").open(newline="", encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    assert (row["learner"], row["problem"]) == (shown, "'=cmd|' /C calc'!A0 " + learner)


def test_summary_that_cannot_be_written_is_one_clear_error(records, tmp_path):
    with pytest.raises(CannotGrade, match="cannot write the summary CSV to .*missing"):
        write_summary_csv(records, PLANNED, tmp_path / "missing" / "summary.csv")


# report.html, read in real headless Chromium

@pytest.fixture(scope="module")
def report(records, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("report") / "report.html"
    path.write_text(render_report_html(records, PLANNED, "step-2", TITLE), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def page(report, tmp_path_factory):
    """The report's DOM after its scripts ran, and every non-local URL it asked for while loading."""
    netlog = tmp_path_factory.mktemp("netlog") / "net.json"
    return dump_dom(report, netlog=netlog), page_requests(netlog)


def percents(records: list[dict]) -> list[float]:
    return [100 * r["result"]["score"] / r["result"]["max_score"] for r in records if r["batch"]["status"] == "graded"]


def test_headline_numbers(page, records):
    dom, _ = page
    shown = {key: dom.find("dd", id=key).text() for key in ("learners", "graded", "mean", "median", "passed-all")}
    assert shown == {"learners": "11", "graded": "9",
                     "mean": f"{round(statistics.fmean(percents(records)), 1):g}%",
                     "median": f"{round(statistics.median(percents(records)), 1):g}%", "passed-all": "3"}
    assert "1 cannot grade, 1 timed out" in dom.find("section", id="headline").text()


def test_histogram_counts_every_graded_learner_in_its_band(page, records):
    dom, _ = page
    counts = {g.attrs["data-bin"]: int(g.find("text", class_="count").text()) for g in dom.find_all("g", class_="bin")}
    assert len(counts) == 10
    assert sum(counts.values()) == 9
    assert counts["90–100"] == sum(1 for p in percents(records) if p >= 90)
    assert counts["50–59"] == 1


def test_pass_rates_show_the_hardest_outcomes_first(page):
    dom, _ = page
    rows = dom.find("ol", class_="rates").find_all("li")
    shown = {li.attrs["data-outcome"]: (li.find(class_="rate").text(), li.find(class_="of").text()) for li in rows}
    assert shown["step-2/q03"] == ("78%", "7 of 9")
    assert shown["step-2/q01"] == ("89%", "8 of 9")
    assert shown["step-2/q04"] == ("100%", "9 of 9")
    assert shown["step-2/design/parses-and-runs"] == ("100%", "1 of 1")
    assert "step-2/submission" not in shown, "learners that could not be graded are not an outcome's failures"
    rates = [int(rate.rstrip("%")) for rate, _ in shown.values()]
    assert rates == sorted(rates)


def learner_column(dom) -> list[str]:
    return [row.find("td").text() for row in dom.find("table", id="learners-table").find("tbody").find_all("tr")]


@pytest.mark.parametrize(("fragment", "first", "last"), [
    ("", "+1+1", "farid"),
    ("sort=score-desc", "@SUM(1)", "farid"),
    ("sort=score-asc", "erin", "bob"),
    ("sort=status-desc", "farid", "erin"),
    ("sort=q03-asc", "erin", "chen"),
    ("sort=design%2Fentities-desc", "chen", "farid"),
])
def test_the_url_fragment_sorts_the_learner_table(report, fragment, first, last):
    learners = learner_column(dump_dom(report, fragment))
    assert (learners[0], learners[-1], len(learners)) == (first, last, 11)


def test_sorting_by_score_orders_every_row_by_percent(report, records):
    scores = {r["learner"]: 100 * r["result"]["score"] / r["result"]["max_score"] for r in records}
    learners = learner_column(dump_dom(report, "sort=score-desc"))
    assert [scores[x] for x in learners] == sorted(scores.values(), reverse=True)


def test_every_learner_has_feedback_with_what_went_wrong(page):
    dom, _ = page
    details = {d.find(class_="who").text(): d for d in dom.find_all("details")}
    assert len(details) == 11
    dana = details["dana"]
    assert [a.find("b").text() for a in dana.find_all("article")] == ["q03", "q12", "q20"]
    got = [pre.text() for pre in dana.find_all("pre")]
    assert any("grade step-2" in text and "--only q03" in text for text in got)
    assert EMPTY_REASON in details["erin"].find("p", class_="reason").text()
    assert details["alice"].find("p", class_="all-passed").text() == "Every outcome passed."


def test_learner_text_is_shown_as_text_never_run(page):
    dom, _ = page
    assert dom.find("title").text() == f"step-2: {TITLE}"
    assert len(dom.find_all("script")) == 1
    assert dom.find_all("img") == []
    assert SCRIPT_ID in learner_column(dom)
    assert any(INJECTED_GOT in pre.text() for pre in dom.find_all("pre"))


def test_the_page_fetches_nothing_from_the_network(page, report):
    _, requests = page
    assert requests == []
    dom = parse_html(report.read_text())
    loads = [(e.tag, name, value) for e in dom.iter() for name, value in e.attrs.items()
             if name in {"src", "srcset", "action", "poster", "data", "xlink:href"}
             or (name == "href" and not value.startswith("#"))]
    assert loads == []
    assert [e.tag for e in dom.iter() if e.tag in {"link", "iframe", "object", "embed", "img", "base"}] == []
    style = dom.find("style").text()
    assert "url(" not in style and "@import" not in style
    assert "default-src 'none'" in dom.find("meta", http_equiv="Content-Security-Policy").attrs["content"]


def test_the_network_check_would_see_a_page_that_fetches(tmp_path):
    control = tmp_path / "control.html"
    control.write_text('<!DOCTYPE html><p>hello</p><img src="http://example.invalid/pixel.png">')
    netlog = tmp_path / "net.json"
    dump_dom(control, netlog=netlog)
    assert page_requests(netlog) == ["http://example.invalid/pixel.png"]


def test_the_report_renders_as_a_picture(report, tmp_path):
    png = tmp_path / "report.png"
    screenshot(report, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 30_000


def test_the_report_grows_linearly_with_the_cohort(records):
    def cohort(size: int) -> list[dict]:
        return [dict(records[i % len(records)], learner=f"learner-{i:04d}") for i in range(size)]

    hundred = len(render_report_html(cohort(100), PLANNED, "step-2", TITLE))
    thousand = len(render_report_html(cohort(1000), PLANNED, "step-2", TITLE))
    assert thousand < 10 * hundred


def test_an_empty_batch_still_makes_both_reports(tmp_path):
    dom = parse_html(render_report_html([], PLANNED, "step-2", TITLE))
    assert [dom.find("dd", id=key).text() for key in ("learners", "mean", "passed-all")] == ["0", "–", "0"]
    write_summary_csv([], PLANNED, tmp_path / "summary.csv")
    assert (tmp_path / "summary.csv").read_text().splitlines() == ["learner,score,max,passed,status,problem"]


def test_a_missing_chromium_fails_with_the_setup_step(monkeypatch, tmp_path):
    monkeypatch.setattr(chromium, "CHROMIUM", tmp_path / "no-chromium")
    with pytest.raises(pytest.fail.Exception, match="run `bash scripts/setup-test-machine.sh`"):
        dump_dom(tmp_path / "any.html")
