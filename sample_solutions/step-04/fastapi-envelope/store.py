"""In-memory storage behind a lock: books and users keyed by UUID strings, refresh tokens by value."""

from __future__ import annotations

import datetime
import secrets
import threading
import uuid


class Store:
    """Everything the API keeps, for the life of the process."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.books: dict[str, dict] = {}
        self.users: dict[str, dict] = {}
        self.refresh_tokens: dict[str, tuple[str, datetime.datetime]] = {}

    def add_book(self, fields: dict) -> dict:
        with self.lock:
            book = {"id": str(uuid.uuid4()), **fields}
            self.books[book["id"]] = book
            return book

    def replace_book(self, book_id: str, fields: dict) -> dict | None:
        with self.lock:
            if book_id not in self.books:
                return None
            self.books[book_id] = {"id": book_id, **fields}
            return self.books[book_id]

    def remove_book(self, book_id: str) -> bool:
        with self.lock:
            return self.books.pop(book_id, None) is not None

    def matching_books(self, author: str | None, genre: str | None) -> list[dict]:
        """Books whose author contains `author` and whose genre is `genre`, both ignoring case, ordered by id."""
        with self.lock:
            books = sorted(self.books.values(), key=lambda book: book["id"])
        if author:
            books = [book for book in books if author.casefold() in book["author"].casefold()]
        if genre:
            books = [book for book in books if genre.casefold() == book["genre"].casefold()]
        return books

    def add_user(self, email: str, password_hash: str, name: str | None, role: str) -> dict | None:
        """The new user, or None when the email is taken."""
        with self.lock:
            if any(user["email"] == email for user in self.users.values()):
                return None
            user = {"id": str(uuid.uuid4()), "email": email, "name": name, "role": role, "password_hash": password_hash}
            self.users[user["id"]] = user
            return user

    def user_by_email(self, email: str) -> dict | None:
        with self.lock:
            return next((user for user in self.users.values() if user["email"] == email.strip().lower()), None)

    def new_refresh_token(self, user_id: str, lifetime: datetime.timedelta) -> str:
        token = secrets.token_urlsafe(32)
        with self.lock:
            self.refresh_tokens[token] = (user_id, datetime.datetime.now(datetime.UTC) + lifetime)
        return token

    def user_of_refresh_token(self, token: str) -> str | None:
        """The user id a live refresh token was issued to, or None."""
        with self.lock:
            user_id, expires = self.refresh_tokens.get(token, (None, None))
        if user_id is None or expires < datetime.datetime.now(datetime.UTC):
            return None
        return user_id


store = Store()
