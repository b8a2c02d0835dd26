"""Reading a learner's submission file, which may be missing, empty, binary, huge or not UTF-8."""

from __future__ import annotations

from pathlib import Path

from grader.outcome import CannotGrade

MAX_TEXT_BYTES = 1_000_000


def read_text_file(path: Path, what: str, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """The decoded text of `path`, or CannotGrade with one line saying what is wrong with it."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise CannotGrade(f"{path}: no such file; give the path to {what}") from None
    except OSError as exc:
        raise CannotGrade(f"{path}: cannot be read ({exc.strerror})") from None
    if path.is_dir():
        raise CannotGrade(f"{path} is a folder; give the path to {what}")
    if not path.is_file():
        raise CannotGrade(f"{path} is not a regular file; give the path to {what}")
    if info.st_size > max_bytes:
        raise CannotGrade(
            f"{path} is {info.st_size / 1_000_000:.1f} MB; {what} should be under {max_bytes // 1_000_000} MB"
        )
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise CannotGrade(f"{path}: cannot be read ({exc.strerror})") from None
    if len(data) > max_bytes:
        raise CannotGrade(f"{path} grew past {max_bytes // 1_000_000} MB while being read")
    if not data.strip():
        raise CannotGrade(f"{path} is empty; it should hold {what}")
    if b"\x00" in data:
        raise CannotGrade(f"{path} looks like a binary file, not {what}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CannotGrade(
            f"{path} is not UTF-8 text (byte 0x{data[exc.start]:02x} on line {line}); save it as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
