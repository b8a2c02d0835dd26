"""Nothing catches the UNIQUE constraint on users.email, so registering a taken email is a 500 instead of 409.

Breaks "`POST /auth/register` ... 409 duplicate email" (step 4).
"""

from bookstore import db, security, users
from flask import Flask


def create_user(email, password, name, role):
    connection = db.connection()
    cursor = connection.execute(
        "INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, ?, ?)",
        (email, name, security.hash_password(password), role),
    )
    connection.commit()
    return users.find_user(cursor.lastrowid)


def apply(app: Flask) -> None:
    users.create_user = create_user
