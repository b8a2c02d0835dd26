"""The `grade` command's own behaviour: list, show, init, and the one-line errors with exit 2."""

from __future__ import annotations

from checkers.sql.sections import split_answers


def test_list_names_every_step_and_whether_it_is_graded(grade):
    result = grade("list")
    assert result.returncode == 0
    lines = [line for line in result.stdout.splitlines() if line.startswith("step-")]
    assert [line.split()[0] for line in lines] == [f"step-{n}" for n in range(1, 11)]
    assert "[graded]" in lines[1] and "[not graded yet]" in lines[4]
    assert "submit: queries.sql" in result.stdout


def test_show_step_2_gives_the_rules_and_every_outcome_with_points(grade):
    result = grade("show", "step-2")
    assert result.returncode == 0
    assert "DATE '2026-06-30'" in result.stdout
    outcome_lines = [line.split() for line in result.stdout.splitlines() if line.strip().startswith("step-2/q")]
    assert [parts[0] for parts in outcome_lines] == [f"step-2/q{n:02d}" for n in range(1, 21)]
    assert sum(float(parts[1]) for parts in outcome_lines) == 100
    assert "step-2/design/" in result.stdout


def test_show_of_a_step_not_graded_yet_says_so(grade):
    result = grade("show", "step-6")
    assert result.returncode == 0 and "not graded yet" in result.stdout


def test_init_writes_a_starter_that_parses_into_twenty_empty_answers(grade, tmp_path):
    result = grade("init", "step-2", tmp_path / "work")
    assert result.returncode == 0, result.stderr
    starter = (tmp_path / "work" / "queries.sql").read_text()
    parsed = split_answers(starter, range(1, 21))
    assert sorted(parsed.answers) == list(range(1, 21))
    assert all(answer.is_blank for answer in parsed.answers.values())
    assert parsed.warnings == () and parsed.dialect == "postgres"
    assert "CREATE TABLE orders" in (tmp_path / "work" / "schema.sql").read_text()


def test_init_never_overwrites_a_learners_file(grade, tmp_path):
    (tmp_path / "queries.sql").write_text("-- q01\nSELECT 1;\n")
    result = grade("init", "step-2", tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "queries.sql").read_text() == "-- q01\nSELECT 1;\n"
    assert "kept" in result.stdout and (tmp_path / "schema.sql").exists()


def test_grading_a_step_that_is_not_graded_yet_is_one_line_and_exit_2(grade, tmp_path):
    result = grade("step-5", tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not graded yet" in result.stderr


def test_an_unknown_step_is_one_line_and_exit_2(grade):
    result = grade("show", "step-42")
    assert result.returncode == 2
    assert "no step called 'step-42'" in result.stderr and "Traceback" not in result.stderr


def test_bad_usage_exits_2(grade):
    assert grade("step-2", "--dialect", "oracle", "x.sql").returncode == 2
    assert grade("step-2").returncode == 2
    assert grade("step-2", "x.sql", "--only", "q99").returncode == 2
