"""Access tokens live 30 days (`timedelta(days=30)`, "so I don't have to log in while testing").

Breaks "`access_token` ... carries `exp` (at most 24 hours ahead)" (step 4).
"""

import datetime

from bookstore import security
from flask import Flask


def make_access_token(user_id):
    return security.make_token(user_id, "access", datetime.timedelta(days=30))


def apply(app: Flask) -> None:
    security.make_access_token = make_access_token
