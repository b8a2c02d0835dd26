"""PostgreSQL's TO_CHAR(date, pattern) rewritten as DuckDB strftime calls that print the same text."""

from __future__ import annotations

from sqlglot import exp

__all__ = ["to_char"]

TO_CHAR_NAMES = {"MONTH": "%B", "MON": "%b", "DAY": "%A", "DY": "%a"}
TO_CHAR_NUMBERS = {"HH24": "%H", "HH12": "%I", "IYYY": "%G", "YYYY": "%Y", "DDD": "%j", "HH": "%I", "MI": "%M",
                   "SS": "%S", "AM": "%p", "PM": "%p", "YY": "%y", "MM": "%m", "DD": "%d", "IW": "%V"}


def to_char(value: exp.Expression, pattern: str) -> exp.Expression:
    """PostgreSQL's TO_CHAR(value, pattern) as DuckDB strftime pieces, names padded to 9 letters unless FM."""
    pieces: list[exp.Expression | str] = []
    position, fill = 0, False
    while position < len(pattern):
        rest = pattern[position:]
        name = next((n for n in TO_CHAR_NAMES if rest.upper().startswith(n)), None)
        number = next((n for n in TO_CHAR_NUMBERS if rest.upper().startswith(n)), None)
        if rest.upper().startswith("FM"):
            fill, position = True, position + 2
            continue
        if rest.startswith('"'):
            end = pattern.find('"', position + 1)
            end = len(pattern) if end < 0 else end
            pieces.append(pattern[position + 1:end].replace("%", "%%"))
            position = end + 1
        elif name:
            pieces.append(_to_char_name(value, rest[:len(name)], padded=not fill and name in ("MONTH", "DAY")))
            position += len(name)
        elif number:
            pieces.append(TO_CHAR_NUMBERS[number].replace("%", "%-") if fill else TO_CHAR_NUMBERS[number])
            position += len(number)
        elif rest[0] in "QqDd":
            part = exp.Quarter(this=value.copy()) if rest[0] in "Qq" else exp.DayOfWeek(this=value.copy()) + 1
            pieces.append(exp.cast(part, "VARCHAR"))
            position += 1
        else:
            pieces.append(rest[0].replace("%", "%%"))
            position += 1
        fill = False
    return _join_pieces(value, pieces)


def _to_char_name(value: exp.Expression, written: str, padded: bool) -> exp.Expression | str:
    """A month or day name as TO_CHAR writes it: its case follows the pattern's, long names padded to 9."""
    code = TO_CHAR_NAMES[written.upper()]
    if not padded and not written.isupper() and not written.islower():
        return code
    piece: exp.Expression = exp.TimeToStr(this=value.copy(), format=exp.Literal.string(code))
    piece = exp.Upper(this=piece) if written.isupper() else exp.Lower(this=piece) if written.islower() else piece
    return exp.func("RPAD", piece, 9, exp.Literal.string(" ")) if padded else piece


def _join_pieces(value: exp.Expression, pieces: list[exp.Expression | str]) -> exp.Expression:
    merged: list[exp.Expression] = []
    for piece in pieces:
        if isinstance(piece, str) and merged and merged[-1].meta.get("strftime"):
            merged[-1].set("format", exp.Literal.string(merged[-1].text("format") + piece))
        elif isinstance(piece, str):
            merged.append(exp.TimeToStr(this=value.copy(), format=exp.Literal.string(piece)))
            merged[-1].meta["strftime"] = True
        else:
            merged.append(piece)
    result = merged[0] if merged else exp.Literal.string("")
    for piece in merged[1:]:
        result = exp.DPipe(this=result, expression=piece)
    return result

