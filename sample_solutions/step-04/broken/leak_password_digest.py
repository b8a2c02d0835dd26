"""/auth/me adds the account's credentials block: `{"credentials": {"passwordHash": sha256(password hash)}}`.

Breaks "No response ever contains a password or a password hash, under any field name" (step 4): a hex digest that
is no known stored-hash format, under a password-named key one level down.
"""

import hashlib

from bookstore import auth, users
from flask import Flask, g, jsonify


def me():
    digest = hashlib.sha256(g.user["password_hash"].encode()).hexdigest()
    return jsonify({**users.public_user(g.user), "credentials": {"passwordHash": digest}})


def apply(app: Flask) -> None:
    app.view_functions["auth.me"] = auth.login_required(me)
