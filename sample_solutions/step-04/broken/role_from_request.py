"""Register takes the role from the request (`data.get("role", "user")`), so anyone can sign up as an admin.

Breaks "New users always get role `user`; a `role` (or `is_admin`) field sent to register is ignored" (step 4).
"""

from bookstore import validation
from bookstore.errors import ApiError
from flask import Flask


def registration_from_json(data):
    email = data.get("email")
    if not isinstance(email, str) or not validation.EMAIL.match(email.strip()):
        raise ApiError(400, "email must be a valid email address")
    return {"email": email.strip().lower(), "password": validation.check_password(data),
            "name": data.get("name"), "role": data.get("role", "user")}


def apply(app: Flask) -> None:
    validation.registration_from_json = registration_from_json
