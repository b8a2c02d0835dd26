"""A small HTTP client for the checks: logs in as the admin when the server has accounts, and notes every 5xx."""

from __future__ import annotations

import itertools

import requests

ENVELOPE_KEYS = ("items", "data", "books", "results")
_numbers = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other check in this process uses."""
    return f"{prefix}{next(_numbers):04d}"


def items(response: requests.Response) -> list:
    """The books of a list response: a bare array, or the array inside an envelope."""
    body = response.json()
    if isinstance(body, list):
        return body
    return next(body[key] for key in ENVELOPE_KEYS if isinstance(body.get(key), list))


class Client:
    """Requests to one server, with the admin's token on writes when the server has accounts."""

    def __init__(self, base_url: str, env: dict[str, str] | None) -> None:
        self.base_url = base_url
        self.env = env
        self.server_errors: list[str] = []
        self.admin_login = self.admin_token = None
        if env:
            credentials = {"email": env["ADMIN_EMAIL"], "password": env["ADMIN_PASSWORD"]}
            self.admin_login = self.call("POST", "/auth/login", token=None, json=credentials)
            self.admin_token = self.admin_login.json()["access_token"]
        self.cache: dict[str, object] = {}

    def call(self, method: str, path: str, token: str | None | bool = True, **kwargs) -> requests.Response:
        """One request; `token=True` sends the admin's token (if any), a string sends that token, None sends none."""
        token = self.admin_token if token is True else token
        headers = kwargs.pop("headers", {})
        if token:
            headers["Authorization"] = f"Bearer {token}"
        response = requests.request(method, self.base_url + path, headers=headers, timeout=10, **kwargs)
        if response.status_code >= 500:
            self.server_errors.append(f"{method} {path} -> {response.status_code}")
        return response

    def new_book(self, **fields) -> dict:
        """A valid book body, changed by `fields`; a field given as `...` is left out."""
        book = {"title": unique("Title "), "author": "Ada Writer", "genre": "Essay", "price": 12.5,
                "published_year": 2001, "isbn": "978-0000000000"}
        book.update(fields)
        return {key: value for key, value in book.items() if value is not ...}

    def create(self, **fields) -> dict:
        """Create a valid book and return it as the server sent it back."""
        response = self.call("POST", "/books", json=self.new_book(**fields))
        assert response.status_code in (200, 201), response.text
        return response.json()

    def listing(self, **params) -> list:
        """GET /books with these query parameters, as a list of books."""
        return items(self.call("GET", "/books", params=params))
