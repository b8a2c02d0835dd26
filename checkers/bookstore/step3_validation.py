"""Step-3 probes of input validation: each field's invalid values are refused with 400/422, valid edge values stored."""

from __future__ import annotations

import datetime
from typing import Any

from checkers.bookstore.probe import ProbeContext, Violation, list_of_books
from checkers.bookstore.step3_books import BAD_INPUT, LEAVE_OUT, STORED, new_book, write

ERROR_EXAMPLE = 'answer 400 with a JSON message, e.g. {"error": "%s"}.'


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
    """A title missing, empty, only spaces or of 201 characters is refused (400/422); 200 characters are fine."""
    fix = ("Trim the title, then refuse it when it is missing, not a string, empty, or longer than 200 characters: "
           + ERROR_EXAMPLE % "title must be 1 to 200 characters")
    marker = f"Refused Author {ctx.run_tag}"
    for what, title in (("no title", LEAVE_OUT), ('an empty title ""', ""), ('a title of only spaces "   "', "   "),
                        ("a title of 201 characters", "x" * 201)):
        _refused(ctx, what, fix, title=title, author=marker)
    _kept_anyway(ctx, marker)
    _accepted(ctx, "a title of exactly 200 characters",
              "Allow titles of up to 200 characters (refuse > 200, not >= 200).", title="y" * 200)


def validation_author(ctx: ProbeContext) -> None:
    """A book without an author, or with an empty one, is refused (400/422)."""
    fix = "Make author required: refuse a missing or empty author, " + ERROR_EXAMPLE % "author is required"
    _refused(ctx, "no author", fix, author=LEAVE_OUT)
    _refused(ctx, 'an empty author ""', fix, author="")


def validation_genre(ctx: ProbeContext) -> None:
    """A book without a genre, or with an empty one, is refused (400/422)."""
    fix = "Make genre required: refuse a missing or empty genre, " + ERROR_EXAMPLE % "genre is required"
    _refused(ctx, "no genre", fix, genre=LEAVE_OUT)
    _refused(ctx, 'an empty genre ""', fix, genre="")


def validation_price(ctx: ProbeContext) -> None:
    """A missing, negative or string price is refused (400/422); a price of 0 is accepted."""
    fix = ("Refuse a price that is missing, not a JSON number, or below 0: "
           + ERROR_EXAMPLE % "price must be a number of 0 or more")
    _refused(ctx, "no price", fix, price=LEAVE_OUT)
    _refused(ctx, "price -1", fix, price=-1)
    _refused(ctx, 'price "12" (a string)', fix, price="12")
    _accepted(ctx, "price 0", "Free books are valid: test `price < 0`, not `not price` (0 is falsy).", price=0)


def validation_year(ctx: ProbeContext) -> None:
    """A published_year of 999, next year or a string is refused (400/422); a book without one is accepted."""
    next_year = _this_year() + 1
    fix = ("published_year is optional, but when present it is a whole number from 1000 to the current year: "
           + ERROR_EXAMPLE % f"published_year must be from 1000 to {next_year - 1}")
    _refused(ctx, "published_year 999", fix, published_year=999)
    _refused(ctx, f"published_year {next_year} (next year)", fix, published_year=next_year)
    _refused(ctx, 'published_year "2001" (a string)', fix, published_year="2001")
    _accepted(ctx, "no published_year", "published_year is optional: store the book without it.",
              published_year=LEAVE_OUT)


def _this_year() -> int:
    """The current year by the clock, as the server reads it: the contract's upper bound moves with the calendar."""
    return datetime.date.today().year
