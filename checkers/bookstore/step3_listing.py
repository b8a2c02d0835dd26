"""Step-3 probes of GET /books: the author and genre filters, pages, the page-size cap and bad page parameters."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from checkers.bookstore.probe import ProbeContext, Violation, list_of_books
from checkers.bookstore.step3_books import BAD_INPUT, create_book, listed_ids

PAGED_BOOKS = 25
LIMIT_CAP = 100
BOOKS_FOR_CAP = LIMIT_CAP + 11


def _list(ctx: ProbeContext, params: dict[str, Any]) -> tuple[Any, list[Any]]:
    """GET /books with these parameters: the response and its books, or a Violation when it is not a 200 list."""
    response = ctx.request("GET", "/books", params=params)
    ctx.expect_status(response, (200,), "200 with a page of books",
                      "GET /books answers 200 with a JSON array of books (or {\"items\": [...]}).")
    listed_ids(ctx, response)
    return response, list_of_books(ctx, response)


def _describe(book: dict[str, Any]) -> str:
    return f"{book.get('title')!r} (author {book.get('author')!r}, genre {book.get('genre')!r})"


def _expect_exactly(ctx: ProbeContext, params: dict[str, str], wanted: list[dict[str, Any]], rule: str,
                    fix: str) -> None:
    """GET /books?params (one page of 100) must list exactly the `wanted` books."""
    response, books = _list(ctx, {**params, "limit": LIMIT_CAP})
    wanted_ids = {str(book["id"]): book for book in wanted}
    listed = {str(book["id"]): book for book in books}
    missing = [_describe(book) for key, book in wanted_ids.items() if key not in listed]
    unexpected = [_describe(book) for key, book in listed.items() if key not in wanted_ids]
    if not (missing or unexpected):
        return
    parts = [f"GET /books?{urlencode(params)} listed {len(books)} books, expected {len(wanted)}"]
    if missing:
        parts.append(f"missing: {'; '.join(missing[:3])}")
    if unexpected:
        more = f" and {len(unexpected) - 3} more" if len(unexpected) > 3 else ""
        parts.append(f"should not be there: {'; '.join(unexpected[:3])}{more}")
    raise Violation(". ".join(parts), fix, response, expected=rule)


def filter_author(ctx: ProbeContext) -> None:
    """?author= matches a part of the author's name in any letter case, and lists only those books."""
    author = f"Maria Quill {ctx.run_tag}"
    wanted = [create_book(ctx, author=author), create_book(ctx, author=f"{author} Jr")]
    create_book(ctx, author=f"Someone Else {ctx.run_tag}")
    _expect_exactly(ctx, {"author": author[2:].upper()}, wanted,
                    "every book whose author contains the text, ignoring letter case, and no other",
                    "Compare in one letter case and match a part of the name: e.g. SQL "
                    "`WHERE lower(author) LIKE '%' || lower(?) || '%'`, or in code "
                    "`query.lower() in book['author'].lower()`. Page 1 starts at the first match.")


def filter_genre(ctx: ProbeContext) -> None:
    """?genre= matches the whole genre in any letter case: Saga does not list Saga Noir."""
    genre = f"Saga {ctx.run_tag}"
    wanted = [create_book(ctx, genre=genre), create_book(ctx, genre=genre)]
    create_book(ctx, genre=f"{genre} Noir")
    _expect_exactly(ctx, {"genre": genre.lower()}, wanted,
                    "exactly the books of that genre, ignoring letter case",
                    "Match the whole genre, ignoring case: e.g. SQL `WHERE lower(genre) = lower(?)`, not LIKE "
                    "'%...%'. Page 1 starts at the first match.")


def filter_combined(ctx: ProbeContext) -> None:
    """?author=&genre= together list only the books that match both (AND, not OR)."""
    author, genre = f"Olga Combi {ctx.run_tag}", f"Mystery {ctx.run_tag}"
    wanted = [create_book(ctx, author=author, genre=genre)]
    create_book(ctx, author=author, genre="Essay")
    create_book(ctx, author=f"Ada Writer {ctx.run_tag}", genre=genre)
    _expect_exactly(ctx, {"author": author, "genre": genre}, wanted, "only the books matching both filters",
                    "Combine the filters with AND: `WHERE <author matches> AND <genre matches>`. "
                    "Page 1 starts at the first match.")


def pagination(ctx: ProbeContext) -> None:
    """With 25 books, limit=10 gives pages of 10, 10 and 5 without overlap or gaps; page 4 is 200 and empty."""
    genre = f"Pager {ctx.run_tag}"
    created = {str(create_book(ctx, genre=genre)["id"]) for _ in range(PAGED_BOOKS)}
    fix = ("Page p of size n starts at offset (p - 1) * n: page 1 is the first n books. Order by id so that "
           "pages neither overlap nor skip.")
    rule = f"{PAGED_BOOKS} books of genre {genre!r} in pages of 10: pages 1 to 4 hold 10, 10, 5 and 0 books"
    pages = [_list(ctx, {"genre": genre, "page": page, "limit": 10}) for page in (1, 2, 3, 4)]
    ids = [[str(book["id"]) for book in books] for _, books in pages]
    sizes = [len(page) for page in ids]
    if sizes != [10, 10, 5, 0]:
        never = len(created - {key for page in ids for key in page})
        unlisted = f"; {never} of the {PAGED_BOOKS} books are on no page" if never else ""
        wrong = next(index for index, size in enumerate(sizes) if size != [10, 10, 5, 0][index])
        raise Violation(f"pages 1 to 4 listed {', '.join(map(str, sizes))} books{unlisted}", fix, pages[wrong][0],
                        expected=rule)
    seen: list[str] = []
    for page, ((response, _), keys) in enumerate(zip(pages, ids, strict=True), start=1):
        repeated = [key for key in keys if key in seen]
        strangers = [key for key in keys if key not in created]
        if repeated or strangers:
            what = (f"page {page} repeats books from earlier pages (ids {', '.join(repeated[:5])})" if repeated
                    else f"page {page} lists books that are not of genre {genre!r} (ids {', '.join(strangers[:5])})")
            raise Violation(what, fix, response, expected=rule)
        seen += keys


def pagination_limits(ctx: ProbeContext) -> None:
    """With more than 110 books, GET /books lists 10; ?limit=1000 lists at most 100, or is refused (400/422)."""
    for _ in range(BOOKS_FOR_CAP - ctx.cache.get("stored", 0)):
        create_book(ctx)
    response, books = _list(ctx, {})
    if len(books) != 10:
        raise Violation(f"GET /books listed {len(books)} books", "Without ?limit=, send pages of 10 books.",
                        response, expected=f"10 books (the default page size) when more than {BOOKS_FOR_CAP - 1} "
                                           "are stored")
    response = ctx.request("GET", "/books", params={"limit": 1000})
    if response.status in BAD_INPUT:
        return
    ctx.expect_status(response, (200,), f"200 with {LIMIT_CAP} books, or 400/422",
                      f"Cap the page size at {LIMIT_CAP}, or refuse a larger limit with 400.")
    books = list_of_books(ctx, response)
    if len(books) > LIMIT_CAP:
        raise Violation(f"GET /books?limit=1000 listed {len(books)} books",
                        f"Cap the page size: `limit = min(limit, {LIMIT_CAP})` (or refuse a larger limit with 400), "
                        "so that no one can download the whole table in one request.", response,
                        expected=f"at most {LIMIT_CAP} books (the cap), or 400/422")


def pagination_bad_params(ctx: ProbeContext) -> None:
    """A page or limit of 0, -1 or abc is refused with 400/422."""
    answers = [(name, value, ctx.request("GET", "/books", params={name: value}))
               for name in ("page", "limit") for value in ("0", "-1", "abc")]
    wrong = [(name, value, response) for name, value, response in answers if response.status not in BAD_INPUT]
    if wrong:
        name, value, response = wrong[0]
        listed = "; ".join(f"GET /books?{n}={v} answered {r.status}" for n, v, r in wrong)
        raise Violation(listed, f"Check {name} before using it: refuse anything that is not a whole number of "
                        f"1 or more with 400 and a JSON message, e.g. {{\"error\": \"{name} must be 1 or more\"}}.",
                        response, expected="400 or 422: page and limit are whole numbers of 1 or more")
