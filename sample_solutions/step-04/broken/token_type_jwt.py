"""Login answers `token_type: "JWT"` instead of "bearer".

Breaks "`POST /auth/login` ... 200 `{access_token, token_type: "bearer", refresh_token?}`" (step 4).
"""

from bookstore import auth
from flask import Flask

plain_login = auth.login


def login():
    response = plain_login()
    response.set_data(response.get_data().replace(b'"token_type":"bearer"', b'"token_type":"JWT"'))
    return response


def apply(app: Flask) -> None:
    app.view_functions["auth.login"] = login
