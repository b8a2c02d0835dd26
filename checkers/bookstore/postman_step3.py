"""The step-3 probes as Postman requests: the same rules, order and outcome names as checkers/bookstore/step3*.py."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from checkers.bookstore.postman import Call, Raw
from checkers.bookstore.postman_step3_common import book, status, store, write
from checkers.bookstore.postman_step3_lists import (
    content_type,
    error_bodies,
    filter_author,
    filter_combined,
    filter_genre,
    lists_follow_writes,
    malformed_json,
    pagination,
    pagination_bad_params,
    pagination_limits,
    unknown_route,
)
from checkers.bookstore.step3_books import LEAVE_OUT
from checkers.bookstore.step3_crud import EXTRA_FIELDS_ID, EXTRA_FIELDS_PUT_ID, NOT_FOUND_ID
from checkers.bookstore.step3_updates import PATCH_UNKNOWN_ID, VALIDATED
from checkers.bookstore.step3_validation import TITLE_LIMIT, invalid_values, this_year

DESCRIPTION = (
    "The checks of `grade step-3`, as Postman requests: one folder per outcome, in the grader's order, each "
    "assertion named after its outcome. Set `baseUrl` (e.g. http://localhost:5000); when your server already has "
    "accounts (step 4), also set `adminEmail` and `adminPassword` so that writes carry the admin's token. The "
    "whole-run rules (no-5xx, content-type) are tested on every response by the collection's test script. "
    "Run it with the Collection Runner, or `newman run FILE --env-var baseUrl=http://localhost:5000`."
)
VARIABLES = {"baseUrl": "http://localhost:5000", "adminEmail": "", "adminPassword": ""}
EVERY_RESPONSE = """
const code = pm.response.code, where = `${pm.request.method} ${pm.request.url.getPath()}`;
pm.test(`no-5xx: ${where} answered below 500`, () => {
  if (code >= 500) throw new Error(`${where} answered ${code}: the server crashed on this input; answer 4xx instead`);
});
let jsonBody = false;
try {
  const parsed = JSON.parse(pm.response.text());
  jsonBody = parsed !== null && typeof parsed === 'object';
} catch (e) {}
if (pm.response.text() && ((code >= 200 && code < 300) || jsonBody)) {
  pm.test(`content-type: ${where} says Content-Type: application/json`, () => {
    const declared = pm.response.headers.get('Content-Type') || '';
    const mime = declared.split(';')[0].trim().toLowerCase();
    if (mime !== 'application/json' && !(mime.startsWith('application/') && mime.endsWith('+json'))) {
      const said = declared ? `Content-Type: ${declared}` : 'no Content-Type';
      throw new Error(`${where} answered ${code} with a body and ${said}`);
    }
  });
}
"""
START = """
set('runTag', `${pm.variables.replaceIn('{{$timestamp}}')}-${Math.random().toString(36).slice(2, 6)}`);
for (const name of ['writeToken', 'skipRest', 'exampleId', 'credentialsMissing']) set(name, '');
set('stored', 0);
set('pagerIds', '[]');
set('pagerSeen', '[]');
set('nextYear', new Date().getFullYear() + 1);
set('thisYear', new Date().getFullYear());
if (!given('adminEmail') || !given('adminPassword')) {
  set('credentialsMissing', 'yes');
  set('noTokenWhy', 'no admin account was given (adminEmail, adminPassword)');
  pm.execution.skipRequest();
}
"""
LOGIN_TESTS = """
const token = (body() || {}).access_token;
if ([404, 405].includes(pm.response.code)) {
  set('noTokenWhy', 'your server has no POST /auth/login, so it was treated as a step-3 API without accounts');
} else if (pm.response.code === 200 && typeof token === 'string' && token) {
  set('writeToken', token);
} else {
  set('noTokenWhy', `POST /auth/login with the admin's email and password answered ${pm.response.code} `
    + 'without an access_token');
}
"""


def crud_create() -> list[Call]:
    created = (f"{status('POST /books answers 201 Created with the new book', 201)}\n"
               "sameBook(SLUG, 'the created book holds its id and every field sent', sent());\n"
               "if (get('skipRest') === SLUG) return;\n"
               "counted(1);\nif (!get('exampleId')) set('exampleId', JSON.stringify(bookOf().id));")
    return [Call("Log in as the admin (when adminEmail is set)", "POST", "/auth/login",
                 {"email": "{{adminEmail}}", "password": "{{adminPassword}}"}, START, LOGIN_TESTS),
            write("POST /books with a valid book", "POST", "/books", created, book("create"))]


def crud_read() -> list[Call]:
    same = ("check(SLUG, 'the book has the id from the URL', () => {\n"
            "  if (String(bookOf().id) !== String(get('readId'))) {\n"
            "    throw new Error(`${said()} with the book of id ${bookOf().id}`);\n  }\n"
            "});\nsameBook(SLUG, 'the same fields as the book POST /books stored', JSON.parse(get('readIdSent')));")
    return [store("readId", "read"), Call("GET /books/{id}", "GET", "/books/{{readId}}",
                                          tests=f"{status('GET /books/{id} answers 200 with the book', 200)}\n{same}")]


def crud_update() -> list[Call]:
    changed = book("update", author="Bea Reviser", genre="Poetry", price=3, published_year=1999, isbn="0-00-000000-0")
    put = (f"{status('PUT /books/{id} answers 200 with the updated book', 200)}\n"
           "sameBook(SLUG, 'the answer holds the new fields', sent());\n"
           "set('updateSent', pm.variables.replaceIn(pm.request.body.raw));")
    later = (f"{status('GET after PUT answers 200', 200)}\n"
             "sameBook(SLUG, 'a GET after the PUT shows the new fields', JSON.parse(get('updateSent')));")
    return [store("updateId", "to update"), write("PUT /books/{id} with a whole book", "PUT", "/books/{{updateId}}",
                                                  put, changed),
            Call("GET /books/{id} after the PUT", "GET", "/books/{{updateId}}", tests=later)]


def crud_delete() -> list[Call]:
    gone = "after a DELETE the book is gone: 404"
    return [store("deleteId", "to delete"),
            write("DELETE /books/{id}", "DELETE", "/books/{{deleteId}}",
                  f"{status('DELETE answers 204 No Content (or 200)', 204, 200)}\ncounted(-1);"),
            Call("GET /books/{id} after the DELETE", "GET", "/books/{{deleteId}}", tests=status(gone, 404)),
            write("DELETE /books/{id} again", "DELETE", "/books/{{deleteId}}", status(gone, 404))]


def not_found() -> list[Call]:
    before = f"set('notFoundId', unknownId({NOT_FOUND_ID}));"
    return [Call("GET an unknown id", "GET", "/books/{{notFoundId}}", before=before,
                 tests=status("404 for a book that does not exist", 404)),
            write("PUT an unknown id", "PUT", "/books/{{notFoundId}}",
                  status("404: PUT updates a book, never creates", 404), book("not-found")),
            write("DELETE an unknown id", "DELETE", "/books/{{notFoundId}}",
                  status("404 for a book that does not exist", 404))]


def _for_postman(value: Any) -> Any:
    """A value as the collection sends it: next year and this year follow the calendar of the run, not of the export."""
    if value == this_year() + 1:
        return Raw("{{nextYear}}")
    return Raw("{{thisYear}}") if value == this_year() else value


def _cases(field: str) -> list[tuple[str, Any]]:
    return [(what.replace(str(this_year() + 1), "next year"), _for_postman(value))
            for what, value in invalid_values(field)]


def _refused(what: str, **changes: Any) -> Call:
    return write(f"POST /books with {what}", "POST", "/books", f"refused(SLUG, {what!r});",
                 book("refused", **changes))


def _accepted(what: str, **changes: Any) -> Call:
    return write(f"POST /books with {what}", "POST", "/books", f"accepted(SLUG, {what!r});",
                 book("accepted", **changes))


def validation_title() -> list[Call]:
    marker = "Refused Author {{runTag}}"
    kept = ("if (pm.response.code !== 200) return;\nlet books;\ntry { books = listOf(body()); } catch (e) { return; }\n"
            "check(SLUG, 'no refused book was stored', () => {\n"
            "  const kept = books.filter((b) => b && b.author === `Refused Author ${get('runTag')}`);\n"
            "  if (kept.length) throw new Error(`the refused books were stored anyway: ${kept.length} are listed`);\n"
            "});")
    return [*(_refused(what, title=title, author=marker) for what, title in _cases("title")),
            Call("GET /books by the refused books' author", "GET", f"/books?author={marker}&limit=100", tests=kept),
            _accepted(f"a title of exactly {TITLE_LIMIT} characters", title="y" * TITLE_LIMIT),
            _accepted(f"a title of {TITLE_LIMIT} characters with two spaces on each side",
                      title=f"  {'z' * TITLE_LIMIT}  ")]


def validation_author() -> list[Call]:
    return [_refused(what, author=value) for what, value in _cases("author")]


def validation_genre() -> list[Call]:
    return [_refused(what, genre=value) for what, value in _cases("genre")]


def validation_price() -> list[Call]:
    return [*(_refused(what, price=value) for what, value in _cases("price")), _accepted("price 0", price=0)]


def validation_year() -> list[Call]:
    return [*(_refused(what, published_year=value) for what, value in _cases("published_year")),
            _accepted("published_year 1000", published_year=1000),
            _accepted("published_year this year", published_year=Raw("{{thisYear}}")),
            _accepted("no published_year", published_year=LEAVE_OUT)]


def _refused_update(method: str, variable: str, what: str, body: dict[str, Any]) -> Call:
    test = (f"check(SLUG, `{method} /books/{{id}} with {what} is refused with 400 or 422`, () => {{\n"
            "  if (![400, 422].includes(pm.response.code)) throw new Error(said());\n});")
    return write(f"{method} /books/{{id}} with {what}", method, f"/books/{{{{{variable}}}}}", test, body)


def _unchanged(variable: str, wanted: str) -> Call:
    return Call("GET /books/{id} after the refused updates", "GET", f"/books/{{{{{variable}}}}}",
                tests=f"{status('GET answers 200 with the book', 200)}\n"
                      f"sameBook(SLUG, 'the refused updates changed nothing', {wanted});")


def validation_on_update() -> list[Call]:
    puts = [_refused_update("PUT", "putCheckedId", what, book("put", **{field: value}))
            for field in VALIDATED for what, value in _cases(field)]
    return [store("putCheckedId", "to update badly"), *puts,
            _unchanged("putCheckedId", "JSON.parse(get('putCheckedIdStored'))")]


def crud_patch() -> list[Call]:
    merged = "Object.assign(JSON.parse(get('patchIdStored')), { price: 7.25 })"
    first = ("if ([404, 405, 501].includes(pm.response.code)) {\n"
             "  skipRest(SLUG, `${said()}: your server has no PATCH /books/{id}, a bonus route, not required`);\n"
             "  return;\n}\n"
             f"{status('PATCH answers 200 with the updated book', 200)}\n"
             f"sameBook(SLUG, 'PATCH changes only the price', {merged});")
    patches = [_refused_update("PATCH", "patchId", what, {field: value})
               for field in VALIDATED for what, value in _cases(field) if value is not LEAVE_OUT]
    before = f"set('patchMissingId', unknownId({PATCH_UNKNOWN_ID}));"
    return [store("patchId", "to patch"),
            write("PATCH /books/{id} with a new price", "PATCH", "/books/{{patchId}}", first, {"price": 7.25}),
            Call("GET /books/{id} after the PATCH", "GET", "/books/{{patchId}}",
                 tests=f"{status('GET answers 200', 200)}\nsameBook(SLUG, 'a GET shows the patched book', {merged});"),
            *patches, _unchanged("patchId", merged),
            write("PATCH an unknown id", "PATCH", "/books/{{patchMissingId}}",
                  status("404 for a book that does not exist", 404), {"price": 1}, before)]


def extra_fields_ignored() -> list[Call]:
    put_before = (f"const other = unknownId({EXTRA_FIELDS_PUT_ID});\n"
                  "set('extraPutOther', JSON.stringify(other));\nset('extraPutOtherPath', String(other));")
    put = (f"{status('PUT with an id and shelf answers 200: they are ignored', 200)}\n"
           "check(SLUG, 'the book keeps its own id', () => {\n"
           "  if (String(bookOf().id) !== String(get('extraPutId'))) {\n"
           "    throw new Error(`the book now has the id ${bookOf().id} that the client sent`);\n  }\n});")
    before = (f"const chosen = unknownId({EXTRA_FIELDS_ID});\n"
              "set('extraId', JSON.stringify(chosen));\nset('extraIdPath', String(chosen));")
    tests = ("check(SLUG, 'POST /books with an extra id and shelf answers 201: unknown fields are ignored', () => {\n"
             "  if (![200, 201].includes(pm.response.code)) throw new Error(said());\n"
             "  counted(1);\n"
             "  if (String(bookOf().id) === get('extraIdPath')) {\n"
             "    throw new Error(`the new book got the id ${get('extraIdPath')} that the client sent`);\n"
             "  }\n  set('extraBookId', String(bookOf().id));\n});")
    no_shelf = (f"{status('GET of the new book answers 200', 200)}\n"
                "check(SLUG, 'the unknown field shelf was not stored', () => {\n"
                "  if ('shelf' in objectOf()) throw new Error(`${said()} with the unknown field shelf`);\n"
                "});")
    return [write("POST /books with an id and an unknown field", "POST", "/books", tests,
                  {**book("extra"), "id": Raw("{{extraId}}"), "shelf": "B2"}, before),
            Call("GET /books/{the id the client sent}", "GET", "/books/{{extraIdPath}}",
                 tests=status("404: no book has the id the client sent", 404)),
            Call("GET the new book", "GET", "/books/{{extraBookId}}", tests=no_shelf),
            store("extraPutId", "to put an id into"),
            write("PUT /books/{id} with another id and an unknown field", "PUT", "/books/{{extraPutId}}", put,
                  {**book("extra put"), "id": Raw("{{extraPutOther}}"), "shelf": "C3"}, put_before),
            Call("GET /books/{the id the PUT sent}", "GET", "/books/{{extraPutOtherPath}}",
                 tests=status("404: no book has the id the PUT sent", 404))]


FOLDERS: dict[str, Callable[[], list[Call]]] = {
    "crud-create": crud_create, "crud-read": crud_read, "crud-update": crud_update, "crud-patch": crud_patch,
    "crud-delete": crud_delete, "validation-on-update": validation_on_update,
    "lists-follow-writes": lists_follow_writes,
    "not-found": not_found, "validation-title": validation_title, "validation-author": validation_author,
    "validation-genre": validation_genre, "validation-price": validation_price, "validation-year": validation_year,
    "extra-fields-ignored": extra_fields_ignored, "filter-author": filter_author, "filter-genre": filter_genre,
    "filter-combined": filter_combined, "pagination": pagination, "pagination-limits": pagination_limits,
    "pagination-bad-params": pagination_bad_params, "error-bodies": error_bodies, "malformed-json": malformed_json,
    "content-type": content_type, "unknown-route": unknown_route,
}
