"""Tokens are signed with a secret written in the code (`SECRET = "change-me"`), not the JWT_SECRET it was given.

Breaks "Step 4 servers also read ... `JWT_SECRET` (the signing secret) from the environment" (step 4).
"""

from flask import Flask


def apply(app: Flask) -> None:
    app.config["JWT_SECRET"] = "change-me"
