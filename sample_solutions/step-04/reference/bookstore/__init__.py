"""The bookstore API: an app factory that wires the database, the routes and the JSON error handlers."""

from __future__ import annotations

import os
import secrets

from flask import Flask, jsonify

from bookstore import db, errors, users
from bookstore.auth import auth_api
from bookstore.books import books_api


def create_app(auth: bool = True, database_path: str | None = None) -> Flask:
    """A configured app; `auth=False` is the step-3 shape of the project, with no accounts and open writes."""
    app = Flask(__name__)
    app.config["AUTH"] = auth
    app.config["DATABASE"] = database_path or os.environ.get("DATABASE_PATH") or db.fresh_database_path()
    app.config["JWT_SECRET"] = os.environ.get("JWT_SECRET") or secrets.token_hex(32)
    app.json.sort_keys = False
    db.init_app(app)
    errors.init_app(app)

    app.register_blueprint(books_api)
    if auth:
        app.register_blueprint(auth_api)
        with app.app_context():
            users.ensure_admin(os.environ.get("ADMIN_EMAIL"), os.environ.get("ADMIN_PASSWORD"))

    @app.get("/health")
    def health():
        return jsonify(status="ok")

    return app
