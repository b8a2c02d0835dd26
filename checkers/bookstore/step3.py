"""Step 3, the bookstore REST API: one probe per rule of the books contract, run in this order."""

from __future__ import annotations

from checkers.bookstore.checker import bookstore_checker
from checkers.bookstore.probe import Probe
from checkers.bookstore.step3_crud import (
    crud_create,
    crud_delete,
    crud_read,
    crud_update,
    extra_fields_ignored,
    not_found,
)
from checkers.bookstore.step3_errors import content_type, error_bodies, malformed_json, unknown_route
from checkers.bookstore.step3_listing import (
    filter_author,
    filter_combined,
    filter_genre,
    pagination,
    pagination_bad_params,
    pagination_limits,
)
from checkers.bookstore.step3_lists_after_writes import lists_follow_writes
from checkers.bookstore.step3_updates import crud_patch, validation_on_update
from checkers.bookstore.step3_validation import (
    validation_author,
    validation_genre,
    validation_price,
    validation_title,
    validation_year,
)

# The order matters: crud-patch, not-found, extra-fields-ignored and error-bodies use descending unknown ids, because a
# server that stores a client's id (or creates on PUT or PATCH) moves its AUTOINCREMENT above that id; pagination-limits
# counts the books stored so far; content-type reads every response of the run, so it comes late.
PROBES: tuple[Probe, ...] = (
    Probe("crud-create", "Create a book", 3, crud_create),
    Probe("crud-read", "Read a book", 3, crud_read),
    Probe("crud-update", "Replace a book with PUT", 3, crud_update),
    Probe("crud-patch", "Change some fields with PATCH (bonus)", 2, crud_patch),
    Probe("crud-delete", "Delete a book", 3, crud_delete),
    Probe("not-found", "Unknown ids get 404", 2, not_found),
    Probe("validation-title", "Title is validated", 2, validation_title),
    Probe("validation-author", "Author is required", 2, validation_author),
    Probe("validation-genre", "Genre is required", 2, validation_genre),
    Probe("validation-price", "Price is validated", 2, validation_price),
    Probe("validation-year", "Published year is validated", 2, validation_year),
    Probe("validation-on-update", "PUT is validated like POST", 2, validation_on_update),
    Probe("extra-fields-ignored", "The server picks the id", 2, extra_fields_ignored),
    Probe("filter-author", "Filter by author", 3, filter_author),
    Probe("filter-genre", "Filter by genre", 2, filter_genre),
    Probe("filter-combined", "Author and genre filters combine", 2, filter_combined),
    Probe("lists-follow-writes", "Lists show every write", 2, lists_follow_writes),
    Probe("pagination", "Pages neither overlap nor skip", 3, pagination),
    Probe("pagination-limits", "Default page size and the cap", 2, pagination_limits),
    Probe("pagination-bad-params", "Bad page and limit are refused", 2, pagination_bad_params),
    Probe("error-bodies", "Errors are JSON with a message", 2, error_bodies),
    Probe("malformed-json", "Malformed JSON gets 400", 2, malformed_json),
    Probe("content-type", "JSON responses say application/json", 2, content_type),
    Probe("unknown-route", "Unknown routes get 404", 2, unknown_route),
)

CHECKER = bookstore_checker(3, __name__)
