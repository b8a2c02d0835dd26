"""Learner-supplied text shown in feedback is capped, and always says how much was left out."""

from __future__ import annotations


def capped(text: str, limit: int = 2_000) -> str:
    """`text` up to `limit` characters, followed by a note of how many more were not shown."""
    if len(text) <= limit:
        return text
    return f"{text[:limit]}... ({len(text) - limit:,} more characters not shown)"
