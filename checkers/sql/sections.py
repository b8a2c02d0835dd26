"""Splits one answer file into per-question sections, each begun by a comment naming its question."""

from __future__ import annotations

import re
from dataclasses import dataclass

MARKER = re.compile(r"^\s*(?:--|#)\s*(?:q|question\s*)0*(\d+)\s*(?:$|[:.)\-–—\s])", re.IGNORECASE)
DIALECT = re.compile(r"^\s*(?:--|#)\s*dialect\s*:\s*(\w+)\s*$", re.IGNORECASE)
COMMENT_ONLY = re.compile(r"^\s*(?:(?:--|#).*)?$")


@dataclass(frozen=True)
class Answer:
    """One learner answer: its SQL text and the file line where that text starts."""

    number: int
    sql: str
    first_line: int
    marker_line: int

    @property
    def is_blank(self) -> bool:
        return not _has_sql(self.sql)


@dataclass(frozen=True)
class AnswerFile:
    answers: dict[int, Answer]
    warnings: tuple[str, ...]
    dialect: str | None


def _has_sql(text: str) -> bool:
    without_block_comments = re.sub(r"/\*.*?\*/", " ", text, flags=re.DOTALL)
    return any(not COMMENT_ONLY.match(line) for line in without_block_comments.splitlines())


def header_dialect(text: str) -> str | None:
    """The dialect named by a `-- dialect: mysql` line among the comments that open a file, if any."""
    for line in text.split("\n"):
        if match := DIALECT.match(line):
            return match.group(1).lower()
        if not COMMENT_ONLY.match(line) or MARKER.match(line):
            return None
    return None


def split_answers(text: str, known: range) -> AnswerFile:
    """Answers keyed by question number; duplicate, unknown and stray sections become warnings."""
    lines = text.split("\n")
    starts = [(index, int(match.group(1))) for index, line in enumerate(lines) if (match := MARKER.match(line))]
    warnings: list[str] = []
    preamble_end = starts[0][0] if starts else len(lines)
    if starts and _has_sql("\n".join(lines[:preamble_end])):
        warnings.append(f"lines 1-{preamble_end} hold SQL before the first question marker; it is not graded")
    answers: dict[int, Answer] = {}
    for position, (index, number) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        answer = Answer(number, "\n".join(lines[index + 1 : end]), first_line=index + 2, marker_line=index + 1)
        if number not in known:
            warnings.append(
                f"line {index + 1}: there is no question {number} (the questions are q{known.start:02d}-"
                f"q{known.stop - 1:02d}); that section is not graded"
            )
        elif number in answers and not answer.is_blank and not answers[number].is_blank:
            earlier = answers[number].marker_line
            warnings.append(
                f"q{number:02d} is answered twice (lines {earlier} and {index + 1}); "
                f"the one at line {index + 1} is graded"
            )
            answers[number] = answer
        elif number not in answers or not answer.is_blank:
            answers[number] = answer
    return AnswerFile(answers, tuple(warnings), header_dialect(text))
