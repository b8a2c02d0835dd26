"""`--format junit` and `--format gradescope`: what a CI system and Gradescope show for one run, and for a batch.

Runs go through the `grade` command as a user types it; the batch's use (many results in one document) and hostile
learner text go through the pure functions. JUnit documents are checked against the rules of the Jenkins xUnit
plugin's junit-10.xsd (tests/data/formats/junit-10.rules.toml), Gradescope ones against its documented results.json.
"""

from __future__ import annotations

import json
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from grader.reporters.gradescope import gradescope_results
from grader.reporters.junit import junit_xml
from grader.steps import schema
from tests.conftest import SAMPLES, run_grade
from tests.support.overlay import compose

FORMATS = Path(__file__).parent / "data" / "formats"
JUNIT_RULES = tomllib.loads((FORMATS / "junit-10.rules.toml").read_text())
GRADESCOPE_SCHEMA = json.loads((FORMATS / "gradescope-results.schema.json").read_text())
COUNTS = ("tests", "failures", "errors", "skipped")
CORRECT = SAMPLES / "step-02" / "correct-postgres.sql"
BROKEN = SAMPLES / "step-02" / "broken-nulls.sql"
JUNIT_ELEMENT = {"pass": None, "fail": "failure", "error": "error", "skipped": "skipped"}
HOSTILE = "NUL\x00 bell\x07 esc\x1b[31m cdata]]> nonchars\ufffe\uffff <b>&amp;\" surrogate\udcff emoji\U0001f600 cr\r\n"


def _result(name: str) -> dict:
    result = json.loads((FORMATS / f"{name}.result.json").read_text())
    jsonschema.validate(result, schema("result.schema.json"))
    return result


def _follows_junit_rules(element: ET.Element) -> None:
    rules = JUNIT_RULES.get(element.tag)
    assert rules is not None, f"<{element.tag}> is not a JUnit element"
    required, allowed = set(rules.get("required", [])), {*rules.get("required", []), *rules.get("optional", [])}
    assert required <= set(element.attrib) <= allowed, f"<{element.tag}> has attributes {sorted(element.attrib)}"
    for key in set(COUNTS) & set(element.attrib):
        assert element.get(key).isdigit(), f"<{element.tag} {key}={element.get(key)!r}> is not a count"
    if not rules.get("text"):
        assert not (element.text or "").strip(), f"<{element.tag}> holds text"
    for child in element:
        assert child.tag in rules.get("children", []), f"<{child.tag}> inside <{element.tag}>"
        _follows_junit_rules(child)


def _parse_junit(text: str) -> ET.Element:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "testsuites"
    _follows_junit_rules(root)
    return root


def _counts(element: ET.Element) -> dict[str, int]:
    return {key: int(element.get(key)) for key in COUNTS if element.get(key) is not None}


def _failing(root: ET.Element) -> dict[str, ET.Element]:
    """Each testcase with a <failure>, by the outcome id that starts its name."""
    return {case.get("name").split()[0]: failure for case in root.iter("testcase")
            if (failure := case.find("failure")) is not None}


def _broken_expectation() -> tuple[int, set[str]]:
    expected = tomllib.loads(BROKEN.with_suffix(".expected.toml").read_text())
    return expected["exit_code"], {oid for oid, status in expected["outcomes"].items() if status == "fail"}


@pytest.fixture
def broken_answers(tmp_path: Path) -> Path:
    """The whole answer file a learner with broken-nulls' mistakes would hand in."""
    path = tmp_path / "queries.sql"
    path.write_text(compose(BROKEN))
    return path


def test_junit_for_a_correct_answer_file_shows_every_question_passing():
    result = run_grade("step-2", CORRECT, "--format", "junit")
    assert result.returncode == 0, result.stderr
    root = _parse_junit(result.stdout)
    [suite] = root.findall("testsuite")
    assert _counts(root) == {"tests": 20, "failures": 0, "errors": 0}
    assert _counts(suite) == {"tests": 20, "failures": 0, "errors": 0, "skipped": 0}
    cases = suite.findall("testcase")
    assert {case.get("classname") for case in cases} == {"step-2"}
    assert [case.get("name").split()[0] for case in cases] == [f"step-2/q{n:02d}" for n in range(1, 21)]
    assert cases[0].get("name") == "step-2/q01 Restaurants per city"
    assert not any(len(case) for case in cases)


def test_junit_for_a_broken_answer_file_fails_exactly_the_wrong_answers(broken_answers: Path):
    exit_code, wrong = _broken_expectation()
    result = run_grade("step-2", broken_answers, "--format", "junit")
    assert result.returncode == exit_code == 1, result.stderr
    root = _parse_junit(result.stdout)
    assert _counts(root) == {"tests": 20, "failures": len(wrong), "errors": 0}
    assert _counts(root.find("testsuite"))["failures"] == len(wrong)
    failing = _failing(root)
    assert set(failing) == wrong
    q01 = failing["step-2/q01"]
    assert q01.get("message").startswith("Restaurants per city: right number of rows (8)")
    body = q01.text.splitlines()
    assert body[0] == "Points: 0/5"
    for label in ("What we did: ran your answer", "Expected: 8 rows x 4 columns", "Got: right number of rows",
                  "Hint: ", f"Reproduce: grade step-2 {broken_answers} --only q01"):
        assert any(line.startswith(label) for line in body), label


def test_gradescope_results_file_for_a_broken_answer_file(broken_answers: Path, tmp_path: Path):
    exit_code, wrong = _broken_expectation()
    target = tmp_path / "results.json"
    result = run_grade("step-2", broken_answers, "--format", "gradescope", "-o", target)
    assert result.returncode == exit_code, result.stderr
    assert result.stdout == ""
    document = json.loads(target.read_text())
    jsonschema.validate(document, GRADESCOPE_SCHEMA)
    tests = {test["name"].split()[0]: test for test in document["tests"]}
    assert list(tests) == [f"step-2/q{n:02d}" for n in range(1, 21)]
    assert {oid for oid, test in tests.items() if test["status"] == "failed"} == wrong
    assert all(tests[oid]["score"] == 0 and tests[oid]["max_score"] > 0 for oid in wrong)
    assert all(test["score"] == test["max_score"] for oid, test in tests.items() if oid not in wrong)
    assert document["score"] == sum(test["score"] for test in document["tests"]) < 100
    assert {test["visibility"] for test in document["tests"]} == {"visible"}
    assert document["output"].startswith(f"SQL & relational databases: a food-delivery database: "
                                         f"{document['score']}/100 points (17 passed, 3 failed).")
    assert "Expected: " in tests["step-2/q17"]["output"] and "Got: " in tests["step-2/q17"]["output"]


def test_gradescope_for_a_correct_answer_file_gives_full_marks():
    result = run_grade("step-2", CORRECT, "--format", "gradescope")
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    jsonschema.validate(document, GRADESCOPE_SCHEMA)
    assert document["score"] == 100 == sum(test["max_score"] for test in document["tests"])
    assert {test["status"] for test in document["tests"]} == {"passed"}


@pytest.mark.parametrize("output_format", ["junit", "gradescope"])
def test_unreadable_submission_exits_2_and_writes_no_report(output_format: str, tmp_path: Path):
    target = tmp_path / "report.out"
    result = run_grade("step-2", tmp_path / "missing.sql", "--format", output_format, "-o", target)
    assert result.returncode == 2
    assert result.stderr.startswith("grade: ") and result.stderr.count("\n") == 1
    assert not target.exists() and result.stdout == ""


def test_junit_batch_document_has_a_suite_per_learner_and_totals_on_the_root():
    mixed, not_graded = _result("mixed"), _result("not-graded")
    root = _parse_junit(junit_xml([("alice", mixed), ("bob", not_graded)], "step-2"))
    assert root.get("name") == "step-2"
    assert _counts(root) == {"tests": 5, "failures": 1, "errors": 2}
    alice, bob = root.findall("testsuite")
    assert (alice.get("name"), bob.get("name")) == ("alice", "bob")
    assert _counts(alice) == {"tests": 4, "failures": 1, "errors": 1, "skipped": 1}
    assert _counts(bob) == {"tests": 1, "failures": 0, "errors": 1, "skipped": 0}
    properties = {p.get("name"): p.get("value") for p in alice.iter("property")}
    assert properties["score"] == "5" and properties["max_score"] == "18"
    assert alice.find("system-out").text == "line 9: there is no question 21"
    for case, outcome in zip(alice.findall("testcase"), mixed["outcomes"], strict=True):
        element = JUNIT_ELEMENT[outcome["status"]]
        assert [child.tag for child in case] == ([element] if element else [])
    error = bob.find("testcase/error")
    assert error.get("message") == "The submission can be graded: grading took longer than 120 seconds"
    assert "Hint: Run it yourself" in error.text


def test_junit_skipped_and_error_are_not_reported_as_the_learners_failures():
    root = _parse_junit(junit_xml([("alice", _result("mixed"))], "step-2"))
    details = {case.get("name").split()[0]: case[0] for case in root.iter("testcase") if len(case)}
    assert {oid: element.tag for oid, element in details.items()} == {
        "step-2/q02": "failure", "step-2/q03": "error", "step-2/design/fk-indexed": "skipped"}
    assert details["step-2/q02"].text.splitlines()[4:6] == ["  rows we did not expect:",
                                                           "    ('Dosa Point', 'Pune', 1200.50)"]
    assert details["step-2/design/fk-indexed"].get("message") == \
        "Foreign keys indexed: your CREATE TABLE statements did not parse"


def test_gradescope_scores_only_what_was_verified_and_explains_what_was_not():
    document = gradescope_results(_result("mixed"))
    jsonschema.validate(document, GRADESCOPE_SCHEMA)
    tests = {test["name"].split()[0]: test for test in document["tests"]}
    assert {oid: (t["status"], t["score"], t["max_score"]) for oid, t in tests.items()} == {
        "step-2/q01": ("passed", 5, 5), "step-2/q02": ("failed", 0, 5), "step-2/q03": ("failed", 0, 5),
        "step-2/design/fk-indexed": ("failed", 0, 3)}
    assert document["score"] == 5 == sum(t["score"] for t in tests.values())
    assert tests["step-2/q03"]["output"].startswith("Not checked, so no points yet: the grader or its environment")
    assert "not your mistake" in tests["step-2/q03"]["output"]
    assert tests["step-2/design/fk-indexed"]["output"].startswith("Not checked, so no points yet: the grader did not")
    assert tests["step-2/q02"]["output"].startswith("What we did: ran your answer on the public dataset")
    summary = document["output"].splitlines()
    assert summary[0].endswith("5/18 points (1 passed, 1 failed, 1 error, 1 skipped).")
    assert any("ask your instructor to regrade" in line for line in summary)
    assert summary[-1] == "Note: line 9: there is no question 21"
    assert document["extra_data"]["counts"] == {"pass": 1, "fail": 1, "error": 1, "skipped": 1}


def _with_unchecked(result: dict) -> dict:
    """`result` whose skipped outcome was skipped for want of a value the learner can pass."""
    skipped = next(o for o in result["outcomes"] if o["status"] == "skipped")
    skipped["needs"] = "--jwt-secret"
    result["passed"] = False
    jsonschema.validate(result, schema("result.schema.json"))
    return result


def test_junit_counts_a_check_left_unchecked_for_want_of_the_learners_input_as_a_failure():
    root = _parse_junit(junit_xml([("alice", _with_unchecked(_result("mixed")))], "step-2"))
    suite = root.find("testsuite")
    assert _counts(suite) == {"tests": 4, "failures": 2, "errors": 1, "skipped": 0}
    case = next(c for c in root.iter("testcase") if c.get("name").startswith("step-2/design/fk-indexed"))
    assert [(child.tag, child.get("type")) for child in case] == [("failure", "not_checked")]
    assert case[0].text.startswith("Not checked: pass --jwt-secret to check this.")


def test_gradescope_says_what_to_pass_for_a_check_left_unchecked():
    tests = {t["name"].split()[0]: t for t in gradescope_results(_with_unchecked(_result("mixed")))["tests"]}
    unchecked = tests["step-2/design/fk-indexed"]
    assert (unchecked["status"], unchecked["score"]) == ("failed", 0)
    assert unchecked["output"].startswith("Not checked, so no points yet: pass --jwt-secret to the grader")


def _hostile_result() -> dict:
    result = _result("mixed")
    result["submission"] = f"queries{HOSTILE}.sql"
    result["notices"] = [HOSTILE]
    failed = result["outcomes"][1]
    failed["title"] = f"Title {HOSTILE}"
    failed["feedback"] = {key: f"{key}: {HOSTILE}" for key in failed["feedback"]}
    return result


def test_junit_stays_well_formed_whatever_the_learner_printed():
    text = junit_xml([(f"learner{HOSTILE}", _hostile_result())], "step-2")
    root = _parse_junit(text)
    assert "\x00" not in text and "\ufffe" not in text
    failure = root.find(".//failure")
    for shown in (r"NUL\x00", r"bell\x07", r"esc\x1b[31m", "cdata]]>", r"nonchars\ufffe\uffff", '<b>&amp;"',
                  r"surrogate\udcff", "emoji\U0001f600"):
        assert shown in failure.text and shown in failure.get("message") and shown in root.find("testsuite").get("name")
    assert "\n" not in failure.get("message")


def test_gradescope_document_holds_no_character_its_database_refuses():
    document = gradescope_results(_hostile_result())
    jsonschema.validate(document, GRADESCOPE_SCHEMA)
    text = json.dumps(document, ensure_ascii=False)
    text.encode("utf-8")  # no lone surrogate survives
    assert "\\u0000" not in text and "\x00" not in text
    failed = document["tests"][1]
    assert r"NUL\x00" in failed["name"] and r"NUL\x00" in failed["output"] and "cdata]]>" in failed["output"]
    assert r"surrogate\udcff" in document["extra_data"]["submission"]
