"""How an answer file is split into questions: every accepted marker style, and every warning a learner should see."""

from __future__ import annotations

import pytest

from checkers.sql.sections import split_answers

# (file text, {question number: first SQL line}, warning fragments)
CASES = {
    "lowercase, padded": ("-- q01\nSELECT 1;\n-- q02\nSELECT 2;\n", {1: "SELECT 1;", 2: "SELECT 2;"}, []),
    "upper, unpadded": ("-- Q1\nSELECT 1;\n-- Q20\nSELECT 20;\n", {1: "SELECT 1;", 20: "SELECT 20;"}, []),
    "spelled out": ("-- question 3\nSELECT 3;\n--Question 4: top\nSELECT 4;\n", {3: "SELECT 3;", 4: "SELECT 4;"}, []),
    "mysql hash comment": ("# q05\nSELECT 5;\n", {5: "SELECT 5;"}, []),
    "title after marker": ("-- q07. Revenue per month\n-- (text)\nSELECT 7;\n", {7: "SELECT 7;"}, []),
    "not a marker": ("-- q01\n-- quick note: q2 is below\nSELECT 1;\n", {1: "SELECT 1;"}, []),
    "unknown question": (
        "-- q01\nSELECT 1;\n-- q21\nSELECT 21;\n", {1: "SELECT 1;"}, ["line 3: there is no question 21"]
    ),
    "duplicate": (
        "-- q01\nSELECT 1;\n-- q1\nSELECT 11;\n", {1: "SELECT 11;"}, ["q01 is answered twice (lines 1 and 3)"]
    ),
    "blank duplicate keeps the answer": ("-- q01\nSELECT 1;\n-- q01\n\n", {1: "SELECT 1;"}, []),
    "sql before the first marker": ("SELECT 0;\n-- q01\nSELECT 1;\n", {1: "SELECT 1;"}, ["lines 1-1 hold SQL"]),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_markers_and_warnings(name):
    text, first_lines, warnings = CASES[name]
    parsed = split_answers(text, range(1, 21))
    got = {n: next(line for line in a.sql.splitlines() if line and not line.startswith("--"))
           for n, a in parsed.answers.items() if not a.is_blank}
    assert got == first_lines
    assert len(parsed.warnings) == len(warnings)
    for fragment, warning in zip(warnings, parsed.warnings, strict=True):
        assert fragment in warning


def test_answer_lines_map_back_to_the_file():
    parsed = split_answers("-- intro\n\n-- q02\n\nSELECT\n  oops\n", range(1, 21))
    answer = parsed.answers[2]
    assert answer.marker_line == 3 and answer.first_line == 4
    assert answer.sql.splitlines()[5 - answer.first_line] == "SELECT"  # SELECT is on line 5 of the file


def test_comment_only_section_is_blank():
    parsed = split_answers("-- q03\n-- TODO\n/* later\n maybe */\n", range(1, 21))
    assert parsed.answers[3].is_blank


def test_dialect_line_before_the_first_marker_is_read():
    assert split_answers("-- dialect: MySQL\n-- q01\nSELECT 1;\n", range(1, 21)).dialect == "mysql"
    assert split_answers("-- q01\n-- dialect: mysql\nSELECT 1;\n", range(1, 21)).dialect is None
