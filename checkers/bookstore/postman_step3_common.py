"""What every step-3 Postman folder builds its requests from: a grader's book, a write with the admin's token."""

from __future__ import annotations

from typing import Any

from checkers.bookstore.postman import Call
from checkers.bookstore.step3_books import LEAVE_OUT


def book(label: str, **changes: Any) -> dict[str, Any]:
    """A valid book whose title is unique to the run; a field changed to LEAVE_OUT is left out."""
    fields = {"title": f"Grader book {{{{runTag}}}}-{label}", "author": "Ada Writer", "genre": "Essay", "price": 12.5,
              "published_year": 2001, "isbn": "978-0-00-000000-2", **changes}
    return {name: value for name, value in fields.items() if value is not LEAVE_OUT}


def write(name: str, method: str, path: str, tests: str, body: Any = None, before: str = "") -> Call:
    """A write with the admin's token when there is one; a 401 or 403 is explained, not graded."""
    return Call(name, method, path, body, before, f"if (refusedForAuth(SLUG)) return;\n{tests}", token="writeToken")


def store(variable: str, label: str, **changes: Any) -> Call:
    """POST a valid book a check needs and keep its id in `variable`."""
    return write(f"Store a book ({label})", "POST", "/books", f"store(SLUG, '{variable}');\n"
                 f"set('{variable}Sent', pm.variables.replaceIn(pm.request.body.raw));\n"
                 f"set('{variable}Stored', JSON.stringify(body() || {{}}));", book(label, **changes))


def status(rule: str, *allowed: int) -> str:
    """A test that the answer's status is one of `allowed`, named after the folder's outcome."""
    return f"expectStatus(SLUG, {rule!r}, {list(allowed)});"
