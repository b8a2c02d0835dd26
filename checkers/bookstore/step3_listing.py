"""Step-3 probes of GET /books: the author and genre filters, pages, the page-size cap and bad page parameters."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from checkers.bookstore.probe import ProbeContext, Violation, list_of_books
from checkers.bookstore.step3_books import BAD_INPUT, create_book, listed_ids

PAGED_BOOKS = 25
PAGE_SIZES = (10, 7)
LIMIT_CAP = 100
EXACT_LIMITS = (1, 3, LIMIT_CAP)
FILTER_LIMIT = 50  # well inside the cap, so a filter's list does not depend on the cap's boundary
OVER_CAP = (LIMIT_CAP + 1, 1000)
BOOKS_FOR_CAP = LIMIT_CAP + 11


def list_page(ctx: ProbeContext, params: dict[str, Any]) -> tuple[Any, list[Any]]:
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
    """GET /books?params (one page of 50) must list exactly the `wanted` books."""
    response, books = list_page(ctx, {**params, "limit": FILTER_LIMIT})
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
    """?author= matches a part of the author's name in any letter case, and no book whose other fields hold it."""
    author = f"Maria Quill {ctx.run_tag}"
    wanted = [create_book(ctx, author=author), create_book(ctx, author=f"{author} Jr")]
    create_book(ctx, author=f"Someone Else {ctx.run_tag}")
    create_book(ctx, author=f"Other Writer {ctx.run_tag}", title=f"Life of {author}", genre=author)
    _expect_exactly(ctx, {"author": author[2:].upper()}, wanted,
                    "every book whose author contains the text, ignoring letter case, and no other",
                    "Compare in one letter case and match a part of the author (only the author, not the title or "
                    "genre): e.g. SQL `WHERE lower(author) LIKE '%' || lower(?) || '%'`, or in code "
                    "`query.lower() in book['author'].lower()`. Page 1 starts at the first match.")


def filter_genre(ctx: ProbeContext) -> None:
    """?genre= matches the whole genre in any letter case: Saga lists neither Saga Noir nor a book by an author Saga."""
    genre = f"Saga {ctx.run_tag}"
    wanted = [create_book(ctx, genre=genre), create_book(ctx, genre=genre)]
    create_book(ctx, genre=f"{genre} Noir")
    create_book(ctx, genre="Essay", author=genre, title=genre)
    _expect_exactly(ctx, {"genre": genre.lower()}, wanted,
                    "exactly the books of that genre, ignoring letter case",
                    "Match the whole genre, ignoring case, and only the genre: e.g. SQL `WHERE lower(genre) = "
                    "lower(?)`, not LIKE '%...%'. Page 1 starts at the first match.")


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
    """25 books in pages of 10 (10, 10, 5) and of 7 (7, 7, 7, 4): no overlap, no gap; the next page is 200 and empty."""
    genre = f"Pager {ctx.run_tag}"
    created = {str(create_book(ctx, genre=genre)["id"]) for _ in range(PAGED_BOOKS)}
    for limit in PAGE_SIZES:
        _pages_cover(ctx, genre, created, limit)


def _pages_cover(ctx: ProbeContext, genre: str, created: set[str], limit: int) -> None:
    """The pages of size `limit` of the books in `created` (all of `genre`) hold each book once, then one empty."""
    full, rest = divmod(PAGED_BOOKS, limit)
    wanted = [limit] * full + ([rest] if rest else []) + [0]
    fix = ("Page p of size n starts at offset (p - 1) * n: page 1 is the first n books. Use the limit sent (not "
           "always 10), and order by id so that pages neither overlap nor skip.")
    rule = (f"{PAGED_BOOKS} books of genre {genre!r} in pages of {limit}: pages 1 to {len(wanted)} hold "
            f"{', '.join(map(str, wanted))} books")
    pages = [list_page(ctx, {"genre": genre, "page": page, "limit": limit}) for page in range(1, len(wanted) + 1)]
    ids = [[str(book["id"]) for book in books] for _, books in pages]
    sizes = [len(page) for page in ids]
    if sizes != wanted:
        never = len(created - {key for page in ids for key in page})
        unlisted = f"; {never} of the {PAGED_BOOKS} books are on no page" if never else ""
        wrong = next(index for index, size in enumerate(sizes) if size != wanted[index])
        raise Violation(f"with limit={limit}, pages 1 to {len(wanted)} listed {', '.join(map(str, sizes))} books"
                        f"{unlisted}", fix, pages[wrong][0], expected=rule)
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
    """Over 110 books: no limit lists 10, limit=1, 3, 100 list that many; 101 and 1000 list 100 (or get 400/422)."""
    for _ in range(BOOKS_FOR_CAP - ctx.cache.get("stored", 0)):
        create_book(ctx)
    for params, size in (({}, 10), *(({"limit": limit}, limit) for limit in EXACT_LIMITS)):
        response, books = list_page(ctx, params)
        if len(books) != size:
            asked = f"?limit={params['limit']}" if params else " without ?limit="
            raise Violation(f"GET /books{asked} listed {len(books)} books",
                            "Send pages of exactly `limit` books (10 when no limit is given) while there are enough "
                            f"books, for any limit from 1 to {LIMIT_CAP}.", response,
                            expected=f"{size} books, since more than {BOOKS_FOR_CAP - 1} are stored")
    for limit in OVER_CAP:
        response = ctx.request("GET", "/books", params={"limit": limit})
        if response.status in BAD_INPUT:
            continue
        ctx.expect_status(response, (200,), f"200 with {LIMIT_CAP} books, or 400/422",
                          f"Cap the page size at {LIMIT_CAP}, or refuse a larger limit with 400.")
        books = list_of_books(ctx, response)
        if len(books) != LIMIT_CAP:
            raise Violation(f"GET /books?limit={limit} listed {len(books)} books",
                            f"Cap the page size: `limit = min(limit, {LIMIT_CAP})` (or refuse a larger limit with "
                            "400), so that no one can download the whole table in one request.", response,
                            expected=f"exactly {LIMIT_CAP} books (the cap), or 400/422")


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
