"""The learner's JSON file in another valid layout with the same data, so a program that rewrites it shows up."""

from __future__ import annotations

import json

# Candidates in turn: the first whose bytes differ from the learner's own is used.
LAYOUTS = (
    {"separators": (",", ":")},
    {"indent": 3},
    {"indent": "\t", "separators": (", ", " : ")},
)


def other_layout(data: bytes) -> bytes | None:
    """The same JSON document with keys in reverse order and other whitespace; None when `data` is not valid JSON."""
    try:
        document = _reversed_keys(json.loads(data.decode("utf-8-sig")))
        for layout in LAYOUTS:
            text = json.dumps(document, ensure_ascii=False, allow_nan=False, **layout).encode("utf-8")
            if text != data:
                return text
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return None


def _reversed_keys(value: object) -> object:
    if isinstance(value, dict):
        return {key: _reversed_keys(value[key]) for key in reversed(value)}
    if isinstance(value, list):
        return [_reversed_keys(item) for item in value]
    return value
