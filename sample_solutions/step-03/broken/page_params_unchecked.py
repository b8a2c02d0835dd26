"""`page` and `limit` go straight through `int(...)`: ?page=abc is a 500, and page=0 or limit=-1 are accepted.

Breaks "`page` or `limit` of 0, negative or not a number: 400 or 422" and "no request ever gets a 5xx" (step 3).
"""

from bookstore import validation
from flask import Flask, request


def page_params():
    return int(request.args.get("page", 1)), min(int(request.args.get("limit", 10)), validation.MAX_LIMIT)


def apply(app: Flask) -> None:
    validation.page_params = page_params
