"""Step 3 checks, one per outcome: each returns True when the server behaves as the contract says."""

from __future__ import annotations

import datetime

from bookstore_checks.client import Client, items, unique

BAD = (400, 422)
# Descending, because a server that stores a client's id continues its AUTOINCREMENT above it.
MISSING_IDS = {"not-found": "987654", "extra-fields": "876543", "error-bodies": "765432"}


def _same_fields(sent: dict, got: dict) -> bool:
    return all(got.get(key) == value for key, value in sent.items())


def crud_create(c: Client) -> bool:
    sent = c.new_book()
    response = c.call("POST", "/books", json=sent)
    return response.status_code == 201 and response.json().get("id") is not None and _same_fields(sent, response.json())


def crud_read(c: Client) -> bool:
    book = c.create()
    response = c.call("GET", f"/books/{book['id']}")
    return response.status_code == 200 and response.json() == book


def crud_update(c: Client) -> bool:
    book = c.create()
    changed = c.new_book(title="Changed", price=3, genre="Poetry")
    response = c.call("PUT", f"/books/{book['id']}", json=changed)
    later = c.call("GET", f"/books/{book['id']}")
    return (response.status_code == 200 and _same_fields(changed, response.json())
            and _same_fields(changed, later.json()))


def crud_delete(c: Client) -> bool:
    book = c.create()
    first = c.call("DELETE", f"/books/{book['id']}")
    return (first.status_code in (200, 204) and c.call("GET", f"/books/{book['id']}").status_code == 404
            and c.call("DELETE", f"/books/{book['id']}").status_code == 404)


def not_found(c: Client) -> bool:
    path = f"/books/{MISSING_IDS['not-found']}"
    return all(c.call(method, path, json=c.new_book()).status_code == 404 for method in ("GET", "PUT", "DELETE"))


def _refused(c: Client, **fields) -> bool:
    book = c.new_book(**fields)
    return c.call("POST", "/books", json=book).status_code in BAD


def validation_title(c: Client) -> bool:
    return all(_refused(c, title=value) for value in (..., "", "   ", "x" * 201)) and c.create(title="y" * 200)


def validation_author(c: Client) -> bool:
    return _refused(c, author=...) and _refused(c, author="")


def validation_genre(c: Client) -> bool:
    return _refused(c, genre=...) and _refused(c, genre="")


def validation_price(c: Client) -> bool:
    return all(_refused(c, price=value) for value in (..., -1, "12")) and c.create(price=0)


def validation_year(c: Client) -> bool:
    next_year = datetime.date.today().year + 1
    return all(_refused(c, published_year=value) for value in (999, next_year, "2001")) and c.create(
        published_year=...)


def extra_fields_ignored(c: Client) -> bool:
    missing = MISSING_IDS["extra-fields"]
    response = c.call("POST", "/books", json=c.new_book(id=int(missing), shelf="B2"))
    return (response.status_code in (200, 201) and str(response.json()["id"]) != missing
            and c.call("GET", f"/books/{missing}").status_code == 404)


def filter_author(c: Client) -> bool:
    author = unique("Maria Quill")
    wanted = {c.create(author=author)["id"], c.create(author=f"{author} Jr")["id"]}
    c.create(author=unique("Someone Else"))
    return {book["id"] for book in c.listing(author=author[2:].upper(), limit=100)} == wanted


def filter_genre(c: Client) -> bool:
    genre = unique("Saga")
    wanted = {c.create(genre=genre)["id"], c.create(genre=genre)["id"]}
    c.create(genre=f"{genre} Noir")
    return {book["id"] for book in c.listing(genre=genre.lower(), limit=100)} == wanted


def filter_combined(c: Client) -> bool:
    author, genre = unique("Olga Combi"), unique("Mystery")
    wanted = {c.create(author=author, genre=genre)["id"]}
    c.create(author=author, genre="Essay")
    c.create(author="Ada Writer", genre=genre)
    return {book["id"] for book in c.listing(author=author, genre=genre, limit=100)} == wanted


def pagination(c: Client) -> bool:
    genre = unique("Pager")
    created = [c.create(genre=genre)["id"] for _ in range(25)]
    pages = [[book["id"] for book in c.listing(genre=genre, page=page, limit=10)] for page in (1, 2, 3, 4)]
    listed = sorted(str(book_id) for page in pages for book_id in page)
    return [len(page) for page in pages] == [10, 10, 5, 0] and listed == sorted(map(str, created))


def pagination_limits(c: Client) -> bool:
    for _ in range(111):
        c.create()
    capped = c.call("GET", "/books", params={"limit": 1000})
    return len(c.listing()) == 10 and (capped.status_code in BAD or len(items(capped)) <= 100)


def pagination_bad_params(c: Client) -> bool:
    statuses = [c.call("GET", "/books", params={name: value}).status_code
                for name in ("page", "limit") for value in ("0", "-1", "abc")]
    return all(status in BAD for status in statuses)


def _has_message(response) -> bool:
    try:
        body = response.json()
    except ValueError:
        return False
    return isinstance(body, dict) and any(isinstance(body.get(key), str) for key in ("error", "message", "detail"))


def error_bodies(c: Client) -> bool:
    return (_has_message(c.call("GET", f"/books/{MISSING_IDS['error-bodies']}"))
            and _has_message(c.call("POST", "/books", json=c.new_book(title=...))))


def malformed_json(c: Client) -> bool:
    book = c.create()
    headers = {"Content-Type": "application/json"}
    return all(c.call(method, path, data='{"title": "Dune",', headers=dict(headers)).status_code == 400
               for method, path in (("POST", "/books"), ("PUT", f"/books/{book['id']}")))


def content_type(c: Client) -> bool:
    book_id = c.create()["id"]
    responses = [c.call("POST", "/books", json=c.new_book()), c.call("GET", f"/books/{book_id}"),
                 c.call("GET", "/books"), c.call("PUT", f"/books/{book_id}", json=c.new_book())]
    return all(response.headers.get("Content-Type", "").startswith("application/json") for response in responses)


def unknown_route(c: Client) -> bool:
    return c.call("GET", "/no-such-route").status_code == 404


def no_5xx(c: Client) -> bool:
    return not c.server_errors


STEP3_CHECKS = {
    "crud-create": crud_create, "crud-read": crud_read, "crud-update": crud_update, "crud-delete": crud_delete,
    "not-found": not_found, "validation-title": validation_title, "validation-author": validation_author,
    "validation-genre": validation_genre, "validation-price": validation_price, "validation-year": validation_year,
    "extra-fields-ignored": extra_fields_ignored, "filter-author": filter_author, "filter-genre": filter_genre,
    "filter-combined": filter_combined, "pagination": pagination, "pagination-limits": pagination_limits,
    "pagination-bad-params": pagination_bad_params, "error-bodies": error_bodies, "malformed-json": malformed_json,
    "content-type": content_type, "unknown-route": unknown_route, "no-5xx": no_5xx,
}
