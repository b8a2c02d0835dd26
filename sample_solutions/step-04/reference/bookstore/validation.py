"""Checks on what clients send: books, page parameters and sign-ups. Each check returns the clean value or raises."""

from __future__ import annotations

import datetime
import math
import re

from flask import request

from bookstore.errors import ApiError

MAX_LIMIT = 100
MIN_PASSWORD_LENGTH = 8
MAX_PASSWORD_BYTES = 72  # bcrypt hashes no more
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def json_body() -> dict:
    """The request body as a JSON object; 400 when it is not valid JSON or not an object."""
    data = request.get_json(force=True, silent=True)
    if not isinstance(data, dict):
        raise ApiError(400, "the request body must be a JSON object")
    return data


def required_text(data: dict, field: str, max_length: int | None = None) -> str:
    """A required string field, trimmed, not empty and at most `max_length` characters."""
    value = data.get(field)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, f"{field} is required and must be a non-empty string")
    value = value.strip()
    if max_length is not None and len(value) > max_length:
        raise ApiError(400, f"{field} must be at most {max_length} characters")
    return value


def check_title(data: dict) -> str:
    """1 to 200 characters after trimming."""
    return required_text(data, "title", max_length=200)


def check_author(data: dict) -> str:
    """A non-empty string."""
    return required_text(data, "author")


def check_genre(data: dict) -> str:
    """A non-empty string."""
    return required_text(data, "genre")


def check_price(data: dict) -> float:
    """A number that is zero or more."""
    value = data.get("price")
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise ApiError(400, "price is required and must be a number of 0 or more")
    return value


def check_published_year(data: dict) -> int | None:
    """Optional; an integer from 1000 to this year."""
    value = data.get("published_year")
    if value is None:
        return None
    this_year = datetime.date.today().year
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= this_year:
        raise ApiError(400, f"published_year must be a whole number from 1000 to {this_year}")
    return value


def check_isbn(data: dict) -> str | None:
    """Optional; a string."""
    value = data.get("isbn")
    if value is not None and not isinstance(value, str):
        raise ApiError(400, "isbn must be a string")
    return value


def book_from_json(data: dict) -> dict:
    """A whole, valid book from a request body; fields the API does not know (such as `id`) are dropped."""
    return {
        "title": check_title(data),
        "author": check_author(data),
        "genre": check_genre(data),
        "price": check_price(data),
        "published_year": check_published_year(data),
        "isbn": check_isbn(data),
    }


def positive_int(name: str, default: int) -> int:
    """A query parameter that must be a whole number of 1 or more."""
    raw = request.args.get(name)
    if raw is None:
        return default
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 15 or int(raw) < 1:
        raise ApiError(400, f"{name} must be a whole number from 1 to 999999999999999")
    return int(raw)


def page_params() -> tuple[int, int]:
    """`page` (1-based, default 1) and `limit` (default 10, capped at 100)."""
    return positive_int("page", 1), min(positive_int("limit", 10), MAX_LIMIT)


def check_password(data: dict) -> str:
    """At least 8 characters, and at most the 72 bytes bcrypt can hash."""
    value = data.get("password")
    if not isinstance(value, str) or len(value) < MIN_PASSWORD_LENGTH:
        raise ApiError(400, f"password must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(value.encode()) > MAX_PASSWORD_BYTES:
        raise ApiError(400, f"password must be at most {MAX_PASSWORD_BYTES} bytes")
    return value


def registration_from_json(data: dict) -> dict:
    """Email, password and name for a new account; everyone signs up as a plain user."""
    email = data.get("email")
    if not isinstance(email, str) or not EMAIL.match(email.strip()):
        raise ApiError(400, "email must be a valid email address")
    name = data.get("name")
    return {"email": email.strip().lower(), "password": check_password(data),
            "name": name if isinstance(name, str) else None, "role": "user"}
