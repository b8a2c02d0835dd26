"""Step-3 probes of input validation: each field's invalid values are refused with 400/422, valid edge values stored."""

from __future__ import annotations

import datetime
from typing import Any

from checkers.bookstore.probe import ProbeContext, Violation, list_of_books
from checkers.bookstore.step3_books import BAD_INPUT, LEAVE_OUT, STORED, new_book, write

ERROR_EXAMPLE = 'answer 400 with a JSON message, e.g. {"error": "%s"}.'
TITLE_LIMIT = 200


def this_year() -> int:
    """The current year by the clock, as the server reads it: the contract's upper bound moves with the calendar."""
    return datetime.date.today().year


def invalid_values(field: str) -> list[tuple[str, Any]]:
    """Each invalid value of a field, described: the first value past each limit and types that are almost right."""
    next_year = this_year() + 1
    return {
        "title": [("no title", LEAVE_OUT), ('an empty title ""', ""), ('a title of only spaces "   "', "   "),
                  (f"a title of {TITLE_LIMIT + 1} characters", "x" * (TITLE_LIMIT + 1)),
                  ("a title that is a number (42)", 42)],
        "author": [("no author", LEAVE_OUT), ('an empty author ""', ""), ("an author that is a number (42)", 42)],
        "genre": [("no genre", LEAVE_OUT), ('an empty genre ""', ""),
                  ('a genre that is a list (["Essay"])', ["Essay"])],
        "price": [("no price", LEAVE_OUT), ("price -1", -1), ("price -0.01", -0.01), ('price "12" (a string)', "12"),
                  ("price true (a boolean)", True)],
        "published_year": [("published_year 999", 999), (f"published_year {next_year} (next year)", next_year),
                           ('published_year "2001" (a string)', "2001"), ("published_year 2001.5", 2001.5)],
    }[field]


def fix_for(field: str) -> str:
    """How to validate a field, in one sentence with an example message."""
    return {
        "title": ("Trim the title, then refuse it when it is missing, not a string, empty, or longer than "
                  f"{TITLE_LIMIT} characters: " + ERROR_EXAMPLE % f"title must be 1 to {TITLE_LIMIT} characters"),
        "author": ("Make author a required string: refuse a missing or empty author, or one that is not a string, "
                   + ERROR_EXAMPLE % "author is required"),
        "genre": ("Make genre a required string: refuse a missing or empty genre, or one that is not a string, "
                  + ERROR_EXAMPLE % "genre is required"),
        "price": ("Refuse a price that is missing, not a JSON number (a string or true is not one), or below 0: "
                  + ERROR_EXAMPLE % "price must be a number of 0 or more"),
        "published_year": ("published_year is optional, but when present it is a whole JSON number from 1000 to the "
                           "current year (not a string, not 2001.5): "
                           + ERROR_EXAMPLE % f"published_year must be from 1000 to {this_year()}"),
    }[field]


def _refused(ctx: ProbeContext, what: str, fix: str, **changes: Any) -> None:
    """POST a book with one invalid field; a Violation unless the server answers 400 or 422."""
    response = write(ctx, "POST", "/books", json=new_book(ctx, **changes))
    if response.status in BAD_INPUT:
        return
    stored = " and stored the book" if response.status in STORED else ""
    raise Violation(f"POST /books with {what} answered {response.status}{stored}", fix, response,
                    expected="400 or 422: the book is refused")


def _accepted(ctx: ProbeContext, what: str, fix: str, **changes: Any) -> None:
    """POST a book with a valid edge value; a Violation unless it is stored."""
    response = write(ctx, "POST", "/books", json=new_book(ctx, **changes))
    if response.status not in STORED:
        raise Violation(f"POST /books with {what} answered {response.status}, but that book is valid", fix,
                        response, expected="201 and the stored book")
    ctx.cache["stored"] = ctx.cache.get("stored", 0) + 1


def _each_refused(ctx: ProbeContext, field: str, **also: Any) -> None:
    for what, value in invalid_values(field):
        _refused(ctx, what, fix_for(field), **{field: value}, **also)


def _kept_anyway(ctx: ProbeContext, author: str) -> None:
    """A Violation when a refused book was stored anyway, found by its author; a broken list proves nothing."""
    response = ctx.request("GET", "/books", params={"author": author, "limit": 100})
    try:
        books = list_of_books(ctx, response) if response.status == 200 else []
    except Violation:
        return
    kept = [book for book in books if isinstance(book, dict) and book.get("author") == author]
    if kept:
        raise Violation(f"the refused books were stored anyway: GET /books?author={author} lists {len(kept)} of them",
                        "Validate the whole book before you store anything, and store nothing when it is invalid.",
                        response, expected="no refused book in the list")


def validation_title(ctx: ProbeContext) -> None:
    """A title missing, empty, blank, of 201 characters or a number is refused (400/422); 200 (trimmed) are stored."""
    marker = f"Refused Author {ctx.run_tag}"
    _each_refused(ctx, "title", author=marker)
    _kept_anyway(ctx, marker)
    _accepted(ctx, f"a title of exactly {TITLE_LIMIT} characters",
              f"Allow titles of up to {TITLE_LIMIT} characters (refuse > {TITLE_LIMIT}, not >= {TITLE_LIMIT}).",
              title="y" * TITLE_LIMIT)
    _accepted(ctx, f"a title of {TITLE_LIMIT} characters with two spaces on each side",
              "Trim the title first, then count its characters: the limit is on the trimmed title.",
              title=f"  {'z' * TITLE_LIMIT}  ")


def validation_author(ctx: ProbeContext) -> None:
    """A book without an author, with an empty one or with a number for one is refused (400/422)."""
    _each_refused(ctx, "author")


def validation_genre(ctx: ProbeContext) -> None:
    """A book without a genre, with an empty one or with a list for one is refused (400/422)."""
    _each_refused(ctx, "genre")


def validation_price(ctx: ProbeContext) -> None:
    """A missing, negative (-1, -0.01), string or boolean price is refused (400/422); a price of 0 is accepted."""
    _each_refused(ctx, "price")
    _accepted(ctx, "price 0", "Free books are valid: test `price < 0`, not `not price` (0 is falsy).", price=0)


def validation_year(ctx: ProbeContext) -> None:
    """A published_year of 999, next year, "2001" or 2001.5 is refused (400/422); 1000, this year and none are fine."""
    _each_refused(ctx, "published_year")
    fix = "The range includes both ends: 1000 <= published_year <= the current year."
    _accepted(ctx, "published_year 1000", fix, published_year=1000)
    _accepted(ctx, f"published_year {this_year()} (this year)", fix, published_year=this_year())
    _accepted(ctx, "no published_year", "published_year is optional: store the book without it.",
              published_year=LEAVE_OUT)
