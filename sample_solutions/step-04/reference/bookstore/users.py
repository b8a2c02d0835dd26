"""Accounts: creating them, finding them, and what of them the API may show."""

from __future__ import annotations

import sqlite3

from bookstore import db, security
from bookstore.errors import ApiError


def public_user(row: dict) -> dict:
    """The fields of an account that responses may show: never the password hash."""
    return {"id": row["id"], "email": row["email"], "name": row["name"], "role": row["role"]}


def create_user(email: str, password: str, name: str | None, role: str) -> dict:
    """Store a new account with a hashed password; 409 when the email is taken."""
    connection = db.connection()
    try:
        cursor = connection.execute(
            "INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, ?, ?)",
            (email, name, security.hash_password(password), role),
        )
    except sqlite3.IntegrityError:
        raise ApiError(409, "an account with this email already exists") from None
    connection.commit()
    return find_user(cursor.lastrowid)


def find_user(user_id: int | str) -> dict | None:
    """The account with this id, or None."""
    row = db.connection().execute("SELECT * FROM users WHERE id = ?", (user_id,)).fetchone()
    return dict(row) if row else None


def find_user_by_email(email: str) -> dict | None:
    """The account with this email, or None."""
    row = db.connection().execute("SELECT * FROM users WHERE email = ?", (email.strip().lower(),)).fetchone()
    return dict(row) if row else None


def ensure_admin(email: str | None, password: str | None) -> None:
    """Create the admin account from ADMIN_EMAIL / ADMIN_PASSWORD when both are set and it does not exist yet."""
    if email and password and find_user_by_email(email) is None:
        create_user(email.strip().lower(), password, "Admin", "admin")
