"""A probe request as it was sent, and the `curl` command that reproduces it for a learner to paste into a terminal."""

from __future__ import annotations

import shlex
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

# Headers the probe client sends on every request; the curl command leaves them out while they keep these values.
CLIENT_DEFAULT_HEADERS = {
    "User-Agent": "roadmap-grader",
    "Accept": "*/*",
    "Accept-Encoding": "gzip, deflate",
    "Connection": "keep-alive",
}
_COMPUTED_HEADERS = {"content-length", "host"}
_CURL_GLOB_CHARACTERS = set("[]{}")
_PRINTABLE_ASCII = {code for code in range(0x20, 0x7F)} - {ord("%"), ord("\\")}


class Headers(Mapping[str, str]):
    """Read-only, case-insensitive headers; a repeated header reads as its values joined by ', ' (see `get_all`)."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()) -> None:
        self._pairs = tuple(pairs)
        self._joined: dict[str, tuple[str, str]] = {}
        for name, value in self._pairs:
            first, joined = self._joined.get(name.lower(), (name, None))
            self._joined[name.lower()] = (first, value if joined is None else f"{joined}, {value}")

    def __getitem__(self, name: str) -> str:
        return self._joined[name.lower()][1]

    def __iter__(self) -> Iterator[str]:
        return (name for name, _ in self._joined.values())

    def __len__(self) -> int:
        return len(self._joined)

    def __repr__(self) -> str:
        return f"Headers({list(self._pairs)!r})"

    def get_all(self, name: str) -> list[str]:
        """Every value of a header, in order, e.g. each Set-Cookie line on its own."""
        return [value for key, value in self._pairs if key.lower() == name.lower()]


@dataclass(frozen=True)
class ProbeRequest:
    """One request exactly as it was sent."""

    method: str
    url: str
    headers: Headers
    body: bytes | None

    def curl(self) -> str:
        """The curl command that sends this request again."""
        return curl_command(self.method, self.url, self.headers, self.body)


def curl_command(method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> str:
    """One shell line that sends the same method, URL, headers and body with curl (binary bodies piped in by printf)."""
    words = ["curl", "-i"]
    if _CURL_GLOB_CHARACTERS & set(url):
        words.append("--globoff")
    if method == "HEAD":
        words.append("--head")
    elif method != "GET" or body:
        words += ["-X", method]
    words.append(url)
    for name, value in headers.items():
        if name.lower() in _COMPUTED_HEADERS or CLIENT_DEFAULT_HEADERS.get(name) == value:
            continue
        words += ["-H", f"{name}: {value}"]
    text = _as_text(body) if body else None
    if body and text is not None:
        words += ["--data-raw", text]
    elif body:
        words += ["--data-binary", "@-"]
    command = shlex.join(words)
    if body and text is None:
        return f"printf {shlex.quote(_printf_format(body))} | {command}"
    return command


def _as_text(body: bytes) -> str | None:
    """The body as text when it is UTF-8 that survives a terminal paste (no control characters but newline and tab)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if any(ord(char) < 0x20 and char not in "\n\t" or ord(char) == 0x7F for char in text):
        return None
    return text


def _printf_format(body: bytes) -> str:
    """A printf format string that prints exactly these bytes, using octal escapes for anything not plain ASCII."""
    parts = []
    for byte in body:
        if byte in _PRINTABLE_ASCII:
            parts.append(chr(byte))
        elif byte == ord("%"):
            parts.append("%%")
        else:
            parts.append(f"\\{byte:03o}")
    return "".join(parts)
