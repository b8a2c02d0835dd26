"""The body is read with `json.loads(request.data)` and nothing catches the error, so a malformed body is a 500.

Breaks "A body that is not valid JSON on POST/PUT/PATCH gets 400, not 5xx" and "no request ever gets a 5xx" (step 3).
"""

import json

from bookstore import validation
from flask import Flask, request


def json_body():
    return json.loads(request.data)


def apply(app: Flask) -> None:
    validation.json_body = json_body
