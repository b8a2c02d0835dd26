"""The step-3 Postman folders for lists, pages, errors and routes: filters, pagination, JSON errors, unknown routes."""

from __future__ import annotations

from checkers.bookstore.postman import Call
from checkers.bookstore.postman_step3_common import book, status, store, write
from checkers.bookstore.step3_books import LEAVE_OUT
from checkers.bookstore.step3_errors import ERROR_BODIES_ID, NOT_JSON
from checkers.bookstore.step3_listing import (
    BOOKS_FOR_CAP,
    EXACT_LIMITS,
    FILTER_LIMIT,
    LIMIT_CAP,
    OVER_CAP,
    PAGE_SIZES,
    PAGED_BOOKS,
)


def _filtered(query: str, wanted: list[str], rule: str, before: str = "") -> Call:
    return Call(f"GET /books?{query.split('=')[0]}=...", "GET", f"/books?{query}&limit={FILTER_LIMIT}", before=before,
                tests=f"exactly(SLUG, {rule!r}, {wanted});")


def filter_author() -> list[Call]:
    author = "Maria Quill {{runTag}}"
    return [store("authorBook1", "author 1", author=author), store("authorBook2", "author 2", author=f"{author} Jr"),
            store("authorOther", "other author", author="Someone Else {{runTag}}"),
            store("authorDecoy", "about the author", author="Other Writer {{runTag}}", title=f"Life of {author}",
                  genre=author),
            _filtered("author={{authorQuery}}", ["authorBook1", "authorBook2"],
                      "every book whose author contains the text, ignoring letter case, and no other",
                      "set('authorQuery', `Maria Quill ${get('runTag')}`.slice(2).toUpperCase());")]


def filter_genre() -> list[Call]:
    genre = "Saga {{runTag}}"
    return [store("genreBook1", "genre 1", genre=genre), store("genreBook2", "genre 2", genre=genre),
            store("genreOther", "other genre", genre=f"{genre} Noir"),
            store("genreDecoy", "by an author named like the genre", genre="Essay", author=genre, title=genre),
            _filtered("genre={{genreQuery}}", ["genreBook1", "genreBook2"],
                      "exactly the books of that genre, ignoring letter case",
                      "set('genreQuery', `Saga ${get('runTag')}`.toLowerCase());")]


def filter_combined() -> list[Call]:
    author, genre = "Olga Combi {{runTag}}", "Mystery {{runTag}}"
    return [store("bothBook", "both", author=author, genre=genre),
            store("authorOnly", "author only", author=author, genre="Essay"),
            store("genreOnly", "genre only", author="Ada Writer {{runTag}}", genre=genre),
            _filtered(f"author={author}&genre={genre}", ["bothBook"], "only the books matching both filters")]


def lists_follow_writes() -> list[Call]:
    first, then = "Lena Listed {{runTag}}", "Rita Renamed {{runTag}}"
    lists = (("author", first, "old author", []), ("genre", "Ledger {{runTag}}", "old genre", []),
             ("author", then, "new author", ["listedId"]), ("genre", "Annals {{runTag}}", "new genre", ["listedId"]))
    fields = ("\ncheck(SLUG, 'the listed book holds the fields the PUT sent', () => {\n"
              "  const changed = differences(JSON.parse(get('relistedSent')), listOf(body())[0] || {});\n"
              "  if (changed.length) throw new Error(`${said()} with the book's fields: ${changed.join('; ')}`);\n});")
    after_put = [Call(f"GET /books by the {label} after the PUT", "GET", f"/books?{key}={value}&limit={FILTER_LIMIT}",
                      tests=f"exactly(SLUG, 'after the PUT the {label} lists ' + {repr('it' if wanted else 'nothing')},"
                            f" {wanted});" + (fields if wanted else "")) for key, value, label, wanted in lists]
    gone = [Call(f"GET /books by the new {key} after the DELETE", "GET", f"/books?{key}={value}&limit={FILTER_LIMIT}",
                 tests=f"exactly(SLUG, 'after the DELETE the new {key} lists nothing', []);")
            for key, value, _, wanted in lists if wanted]
    return [store("listedId", "listed", author=first, genre="Ledger {{runTag}}"),
            Call("GET /books by its author", "GET", f"/books?author={first}&limit={FILTER_LIMIT}",
                 tests="exactly(SLUG, 'after the POST the author lists the book', ['listedId']);"),
            write("PUT /books/{id} with a new author and genre", "PUT", "/books/{{listedId}}",
                  f"{status('PUT answers 200', 200)}\n"
                  "set('relistedSent', pm.variables.replaceIn(pm.request.body.raw));",
                  book("relisted", author=then, genre="Annals {{runTag}}", price=4)),
            *after_put,
            write("DELETE /books/{id}", "DELETE", "/books/{{listedId}}",
                  f"{status('DELETE answers 204 (or 200)', 204, 200)}\ncounted(-1);"),
            *gone]


def _until(count: str) -> str:
    return f"const id = store(SLUG);\nif (id === undefined) return;\n{count}"


def pagination() -> list[Call]:
    loop = _until(f"if (push('pagerIds', String(id)).length < {PAGED_BOOKS}) "
                  "pm.execution.setNextRequest(pm.info.requestId);")
    pages = []
    for limit in PAGE_SIZES:
        full, rest = divmod(PAGED_BOOKS, limit)
        sizes = [limit] * full + ([rest] if rest else []) + [0]
        pages += [Call(f"GET page {number} of {limit}", "GET",
                       f"/books?genre=Pager {{{{runTag}}}}&page={number}&limit={limit}",
                       before="set('pagerSeen', '[]');" if number == 1 else "",
                       tests=f"page(SLUG, {number}, {size}, {limit});") for number, size in enumerate(sizes, start=1)]
    return [write(f"Store {PAGED_BOOKS} books of one genre (repeats itself)", "POST", "/books", loop,
                  book("page", genre="Pager {{runTag}}")), *pages]


def _page_size(limit: int) -> Call:
    test = ("const ids = listed(SLUG);\n"
            f"check(SLUG, '?limit={limit} lists exactly {limit} books', () => {{\n"
            f"  if (ids.length !== {limit}) throw new Error(`GET /books?limit={limit} listed ${{ids.length}} books`);\n"
            "});")
    return Call(f"GET /books?limit={limit}", "GET", f"/books?limit={limit}", tests=test)


def _over_cap(limit: int) -> Call:
    test = ("if ([400, 422].includes(pm.response.code)) return;\n"
            "const ids = listed(SLUG);\n"
            f"check(SLUG, '?limit={limit} lists exactly {LIMIT_CAP} books (or 400)', () => {{\n"
            f"  if (ids.length !== {LIMIT_CAP}) {{\n"
            f"    throw new Error(`GET /books?limit={limit} listed ${{ids.length}} books`);\n  }}\n"
            "});")
    return Call(f"GET /books?limit={limit}", "GET", f"/books?limit={limit}", tests=test)


def pagination_limits() -> list[Call]:
    before = f"if (Number(get('stored') || 0) >= {BOOKS_FOR_CAP}) pm.execution.skipRequest();"
    loop = _until(f"if (Number(get('stored')) < {BOOKS_FOR_CAP}) pm.execution.setNextRequest(pm.info.requestId);")
    default = ("const ids = listed(SLUG);\ncheck(SLUG, 'without ?limit= a page has 10 books', () => {\n"
               "  if (ids.length !== 10) throw new Error(`GET /books listed ${ids.length} books`);\n});")
    return [write(f"Store books until {BOOKS_FOR_CAP} are stored (repeats itself)", "POST", "/books", loop,
                  book("filler"), before),
            Call("GET /books", "GET", "/books", tests=default),
            *(_page_size(limit) for limit in EXACT_LIMITS), *(_over_cap(limit) for limit in OVER_CAP)]


def pagination_bad_params() -> list[Call]:
    # Like the probe, every bad parameter is sent even after one is accepted: each is its own assertion.
    return [Call(f"GET /books?{name}={value}", "GET", f"/books?{name}={value}",
                 tests=f"pm.test(`${{SLUG}}: ?{name}={value} is refused with 400 or 422`, () => {{\n"
                       "  if (![400, 422].includes(pm.response.code)) throw new Error(said());\n});")
            for name in ("page", "limit") for value in ("0", "-1", "abc")]


def error_bodies() -> list[Call]:
    missing = f"{status('404 for a book that does not exist', 404)}\nhasMessage(SLUG, 'the 404 for an unknown book');"
    invalid = (f"{status('400 or 422 for a book without a title', 400, 422)}\n"
               "hasMessage(SLUG, `the ${pm.response.code} for a book without a title`);")
    return [Call("GET an unknown id", "GET", "/books/{{errorId}}", tests=missing,
                 before=f"set('errorId', unknownId({ERROR_BODIES_ID}));"),
            write("POST /books without a title", "POST", "/books", invalid, book("no title", title=LEAVE_OUT)),
            *(Call(f"GET {path}", "GET", path, tests="if (pm.response.code < 400 || pm.response.code >= 500) return;\n"
                   f"hasMessage(SLUG, `the ${{pm.response.code}} for {what}`);")
              for path, what in (("/books?page=0", "page=0"), ("/no-such-route-{{runTag}}", "an unknown route")))]


def malformed_json() -> list[Call]:
    refused = status("400: the body is not valid JSON", 400)
    return [write("POST /books with a body that is not JSON", "POST", "/books", refused, NOT_JSON.decode()),
            store("malformedId", "to break"),
            write("PUT /books/{id} with a body that is not JSON", "PUT", "/books/{{malformedId}}", refused,
                  NOT_JSON.decode()),
            write("PATCH /books/{id} with a body that is not JSON", "PATCH", "/books/{{malformedId}}",
                  f"if ([404, 405, 501].includes(pm.response.code)) return;\n{refused}", NOT_JSON.decode())]


def content_type() -> list[Call]:
    return [store("typedId", "typed"), Call("GET /books/{id}", "GET", "/books/{{typedId}}"),
            Call("GET /books", "GET", "/books"),
            write("PUT /books/{id}", "PUT", "/books/{{typedId}}", "", book("typed again"))]


def unknown_route() -> list[Call]:
    gone = status("404 for a route the API does not have", 404)
    return [Call("GET a route the API does not have", "GET", "/no-such-route-{{runTag}}", tests=gone),
            Call("POST a route the API does not have", "POST", "/no-such-route-{{runTag}}", {"title": "x"}, tests=gone),
            Call("GET /books/{id}/no-such-part", "GET", "/books/{{routeId}}/no-such-part", tests=gone,
                 before="set('routeId', JSON.parse(get('exampleId') || '1'));")]
