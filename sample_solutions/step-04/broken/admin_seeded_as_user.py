"""The ADMIN_EMAIL account is created at start-up with the default role `user`: the admin cannot delete.

Breaks "ADMIN_EMAIL, ADMIN_PASSWORD name an admin account that exists at start-up" (step 4). The step-3 probes log in
as that account too, so its deletes fail there as well (recorded under step3_fails).
"""

from bookstore import db
from flask import Flask


def apply(app: Flask) -> None:
    with app.app_context():
        db.connection().execute("UPDATE users SET role = 'user' WHERE role = 'admin'")
        db.connection().commit()
