"""Register ignores `role` but honours `is_admin` (`"admin" if data.get("is_admin") else "user"`).

Breaks "New users always get role `user`; a `role` (or `is_admin`) field sent to register is ignored" (step 4).
"""

from bookstore import validation
from flask import Flask

plain_registration = validation.registration_from_json


def registration_from_json(data):
    account = plain_registration(data)
    return {**account, "role": "admin" if data.get("is_admin") else "user"}


def apply(app: Flask) -> None:
    validation.registration_from_json = registration_from_json
