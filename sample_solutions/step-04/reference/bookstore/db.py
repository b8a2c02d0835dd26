"""SQLite storage: one connection per request, the schema, and the book queries."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from pathlib import Path

from flask import Flask, current_app, g

SCHEMA = """
CREATE TABLE IF NOT EXISTS books (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    genre TEXT NOT NULL,
    price REAL NOT NULL,
    published_year INTEGER,
    isbn TEXT
);
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    name TEXT,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT 'user'
);
"""
BOOK_FIELDS = ("title", "author", "genre", "price", "published_year", "isbn")


def fresh_database_path() -> str:
    """A database file in a new temporary folder, removed when the process exits."""
    folder = tempfile.mkdtemp(prefix="bookstore-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return str(Path(folder) / "bookstore.db")


def connection() -> sqlite3.Connection:
    """This request's connection, opened on first use."""
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def close_connection(_error: BaseException | None = None) -> None:
    """Close this request's connection, if one was opened."""
    db = g.pop("db", None)
    if db is not None:
        db.close()


def init_app(app: Flask) -> None:
    """Create the tables and close connections after each request."""
    with sqlite3.connect(app.config["DATABASE"]) as db:
        db.executescript(SCHEMA)
    app.teardown_appcontext(close_connection)


def insert_book(book: dict) -> int:
    """Store a validated book and return its new id."""
    db = connection()
    cursor = db.execute(
        "INSERT INTO books (title, author, genre, price, published_year, isbn) VALUES (?, ?, ?, ?, ?, ?)",
        [book.get(field) for field in BOOK_FIELDS],
    )
    db.commit()
    return cursor.lastrowid


def get_book(book_id: int) -> dict | None:
    """The book with this id, or None."""
    row = connection().execute("SELECT * FROM books WHERE id = ?", (book_id,)).fetchone()
    return dict(row) if row else None


def update_book(book_id: int, book: dict) -> None:
    """Overwrite every field of an existing book."""
    db = connection()
    db.execute(
        "UPDATE books SET title = ?, author = ?, genre = ?, price = ?, published_year = ?, isbn = ? WHERE id = ?",
        [*(book.get(field) for field in BOOK_FIELDS), book_id],
    )
    db.commit()


def delete_book(book_id: int) -> bool:
    """Remove a book; False when there was none."""
    db = connection()
    deleted = db.execute("DELETE FROM books WHERE id = ?", (book_id,)).rowcount
    db.commit()
    return deleted > 0


def book_filters(author: str | None, genre: str | None) -> tuple[str, list]:
    """The WHERE clause for the list filters: author is a case-insensitive substring, genre a case-insensitive match."""
    clauses, params = [], []
    if author:
        clauses.append("instr(lower(author), lower(?)) > 0")
        params.append(author)
    if genre:
        clauses.append("lower(genre) = lower(?)")
        params.append(genre)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def list_books(author: str | None, genre: str | None, offset: int, limit: int) -> list[dict]:
    """One page of books matching the filters, in id order."""
    where, params = book_filters(author, genre)
    rows = connection().execute(
        f"SELECT * FROM books{where} ORDER BY id LIMIT ? OFFSET ?", [*params, limit, offset]
    ).fetchall()
    return [dict(row) for row in rows]
