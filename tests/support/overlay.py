"""Broken sample answer files hold only their wrong answers over a correct file; compose gives the whole file.

A file with a line `-- base: correct-mysql.sql` takes every answer it does not hold itself from that file, so each
broken sample shows just its mistake instead of repeating nineteen right answers.
"""

from __future__ import annotations

import re
from pathlib import Path

from checkers.sql.sections import split_answers

BASE = re.compile(r"^-- base: (\S+)", re.MULTILINE)
QUESTIONS = range(1, 21)


def compose(path: Path) -> str:
    """The whole answer file a learner would have written: the base's answers with this file's ones in their place."""
    text = path.read_text()
    match = BASE.search(text)
    if match is None:
        return text
    own = split_answers(text, QUESTIONS).answers
    base = split_answers((path.parent / match.group(1)).read_text(), QUESTIONS).answers
    lines = text.split("\n")
    preamble = lines[: min(a.marker_line for a in own.values()) - 1]
    sections = [f"-- q{n:02d}\n{(own.get(n) or base[n]).sql.strip()}\n" for n in QUESTIONS]
    return "\n".join(preamble).rstrip() + "\n\n" + "\n".join(sections)
