"""POST /auth/register answers 200 instead of 201.

Breaks "`POST /auth/register` ... 201, the user" (step 4).
"""

from bookstore import users, validation
from flask import Flask, jsonify


def register():
    account = validation.registration_from_json(validation.json_body())
    return jsonify(users.public_user(users.create_user(**account)))


def apply(app: Flask) -> None:
    app.view_functions["auth.register"] = register
