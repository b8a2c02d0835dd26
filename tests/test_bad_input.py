"""Files a learner may hand in by mistake get one clear line on stderr and exit 2, never a traceback."""

from __future__ import annotations

import pytest

CASES = {
    "missing": (None, "no such file"),
    "folder": ("folder", "is a folder"),
    "empty": (b"", "is empty"),
    "blank": (b"  \n\n\t\n", "is empty"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    "latin-1": ("-- q01\nSELECT 'café' AS x;\n".encode("latin-1"), "not UTF-8 text (byte 0xe9 on line 2)"),
    "huge": ("huge", "50.0 MB"),
    "no markers": (b"SELECT * FROM users;\n", "no question markers"),
    "bad dialect line": (b"-- dialect: oracle\n-- q01\nSELECT 1;\n", "unknown dialect 'oracle'"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_unreadable_submission_is_one_line_and_exit_2(case, tmp_path, grade):
    content, message = CASES[case]
    target = tmp_path / "queries.sql"
    if content == "folder":
        target.mkdir()
    elif content == "huge":
        with open(target, "wb") as handle:
            handle.truncate(50_000_000)
    elif content is not None:
        target.write_bytes(content)
    result = grade("step-2", target)
    assert result.returncode == 2, result.stdout + result.stderr
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_bad_schema_file_is_refused_the_same_way(tmp_path, grade):
    result = grade("step-2", "--schema", tmp_path / "nope.sql")
    assert result.returncode == 2 and "no such file" in result.stderr and "Traceback" not in result.stderr
