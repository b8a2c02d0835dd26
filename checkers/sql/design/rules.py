"""The design outcomes of step 2, their titles and points, and how one is turned into an Outcome."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from grader.outcome import Feedback, Outcome

PREFIX = "step-2/design/"
MAX_LISTED = 8


@dataclass(frozen=True)
class Rule:
    slug: str
    title: str
    points: float

    @property
    def id(self) -> str:
        return PREFIX + self.slug

    def passed(self, did: str, got: str = "") -> Outcome:
        return Outcome.passed(self.id, self.title, self.points, Feedback(did=did, got=got))

    def failed(self, did: str, expected: str, got: str, hint: str, reproduce: str = "") -> Outcome:
        return Outcome.failed(self.id, self.title, self.points, Feedback(did, expected, got, hint, reproduce))

    def skipped(self, why: str, hint: str = "") -> Outcome:
        return Outcome.skipped(self.id, self.title, self.points, Feedback(did=why, hint=hint))


PARSES = Rule("parses-and-runs", "The DDL parses and runs", 4)
ENTITIES = Rule("entities", "Tables for users, restaurants, menu items, orders, order lines, payments", 4)
PRIMARY_KEYS = Rule("primary-keys", "Every table has a primary key", 3)
FOREIGN_KEYS = Rule("foreign-keys", "Foreign keys link the entities", 5)
MONEY_TYPE = Rule("money-type", "Money is stored exactly (DECIMAL or integer paise, not FLOAT)", 3)
REPEATING_GROUPS = Rule("no-repeating-groups", "No repeating groups or lists in one column", 3)
COPIED_ATTRIBUTES = Rule("no-copied-attributes", "No attribute copied from another table", 3)
FK_INDEXED = Rule("fk-indexed", "Every foreign-key column is indexed", 2)
NOT_NULL = Rule("not-null", "Required columns are NOT NULL", 3)

RULES = (
    PARSES, ENTITIES, PRIMARY_KEYS, FOREIGN_KEYS, MONEY_TYPE, REPEATING_GROUPS, COPIED_ATTRIBUTES, FK_INDEXED, NOT_NULL,
)
DESIGN_RULES: tuple[tuple[str, str, float], ...] = tuple((rule.slug, rule.title, rule.points) for rule in RULES)


def listing(items: Iterable[str], limit: int = MAX_LISTED) -> str:
    """One item per line, at most `limit` of them, saying how many more were left out."""
    items = list(items)
    shown = items[:limit]
    more = len(items) - len(shown)
    return "\n".join(shown + ([f"... and {more} more"] if more else []))
