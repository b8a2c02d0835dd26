"""One HTTP answer from a learner's server: its JSON, a capped text preview, and a description for feedback."""

from __future__ import annotations

import json as jsonlib
from dataclasses import dataclass
from typing import Any

from grader.http_curl import Headers, ProbeRequest

__all__ = ["HEADERS_THAT_MATTER", "NotJson", "ProbeResponse"]

HEADERS_THAT_MATTER = ("Content-Type", "Location", "Set-Cookie", "Content-Length", "WWW-Authenticate")


class NotJson(Exception):
    """The response body is not the JSON the grader expected to read."""


@dataclass(frozen=True)
class ProbeResponse:
    """One HTTP answer, with its body capped at the client's `max_body_bytes` of decoded content."""

    status: int
    reason: str
    headers: Headers
    body: bytes
    truncated: bool
    elapsed: float
    request: ProbeRequest

    def json(self) -> Any:
        """The body parsed as JSON; NotJson with a plain explanation when it is not JSON."""
        if self.truncated:
            raise NotJson(f"the body is longer than {len(self.body):,} bytes, so the grader did not read it as JSON")
        if not self.body.strip():
            raise NotJson(f"the body is empty, but JSON was expected{self._content_type_note()}")
        try:
            return jsonlib.loads(self.body.decode("utf-8-sig"), parse_constant=_refuse_constant)
        except UnicodeDecodeError:
            raise NotJson(f"the body is not UTF-8 text, so it cannot be JSON{self._content_type_note()}") from None
        except jsonlib.JSONDecodeError as error:
            raise NotJson(f"the body is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
                          f"{self._content_type_note()}; it starts with: {self.text_preview(80)}") from None
        except (ValueError, RecursionError) as error:
            raise NotJson(f"the body could not be read as JSON ({error}){self._content_type_note()}") from None

    def text_preview(self, limit: int = 500) -> str:
        """The body as text, cut after about `limit` bytes with a note saying how much is not shown."""
        cut = _utf8_boundary(self.body, limit)
        shown = self.body[:cut].decode("utf-8", errors="backslashreplace")
        hidden = len(self.body) - cut
        if self.truncated and hidden:
            return f"{shown}… ({hidden:,} more bytes not shown; the body was cut at {len(self.body):,} bytes)"
        if self.truncated:
            return f"{shown}… (the body was cut at {len(self.body):,} bytes)"
        return f"{shown}… ({hidden:,} more bytes not shown)" if hidden else shown

    def describe(self) -> str:
        """The status line, the headers a learner needs to see, and the capped body."""
        lines = [f"HTTP {self.status} {_printable(self.reason, 80)}".rstrip()]
        for name in HEADERS_THAT_MATTER:
            lines += [f"{name}: {_printable(value, 200)}" for value in self.headers.get_all(name)]
        return "\n".join([*lines, "", self.text_preview() if self.body else "(empty body)"])

    def _content_type_note(self) -> str:
        content_type = self.headers.get("Content-Type")
        return f" (Content-Type: {_printable(content_type, 80)})" if content_type else " (no Content-Type header)"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _utf8_boundary(data: bytes, limit: int) -> int:
    """`limit`, moved back so that it does not split a UTF-8 character."""
    if limit >= len(data):
        return len(data)
    cut = limit
    while cut > 0 and limit - cut < 3 and data[cut] & 0xC0 == 0x80:
        cut -= 1
    return cut if data[cut] & 0xC0 != 0x80 else limit


def _printable(text: str, limit: int) -> str:
    """Text from the server made safe for one terminal line and cut at `limit` characters."""
    clean = "".join(char if char.isprintable() else "?" for char in text)
    return clean if len(clean) <= limit else clean[:limit] + "…"
