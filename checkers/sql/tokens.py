"""Reading SQL text with sqlglot's tokenizer: quietly, and naming the line of a quote or comment never closed."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import TokenError
from sqlglot.tokens import Token


@contextmanager
def quiet_sqlglot() -> Iterator[None]:
    """Silence sqlglot's warnings (unsupported syntax, fallbacks) while grading; they are not the learner's."""
    logger = logging.getLogger("sqlglot")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


class UnclosedText(Exception):
    """A quote or a /* comment opened on `line` (1-based, within the text) is never closed."""

    def __init__(self, line: int) -> None:
        super().__init__("a quote or a /* comment opened on this line is never closed")
        self.line = line


def tokenize(dialect: str | Dialect, text: str) -> list[Token]:
    """The tokens of `text`; UnclosedText naming the first line from which the text cannot be tokenized."""
    reader = Dialect.get_or_raise(dialect)
    try:
        return reader.tokenize(text)
    except TokenError:
        lines = text.split("\n")
        for end in range(1, len(lines) + 1):
            try:
                reader.tokenize("\n".join(lines[:end]))
            except TokenError:
                raise UnclosedText(end) from None
        raise UnclosedText(1) from None
