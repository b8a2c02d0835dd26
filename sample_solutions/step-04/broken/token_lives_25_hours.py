"""Access tokens live 25 hours (`timedelta(hours=25)`, "a day and a bit, so nobody is logged out mid-session").

Breaks "`access_token` ... carries `exp` (at most 24 hours ahead)" (step 4), just past the boundary.
"""

import datetime

from bookstore import security
from flask import Flask


def make_access_token(user_id):
    return security.make_token(user_id, "access", datetime.timedelta(hours=25))


def apply(app: Flask) -> None:
    security.make_access_token = make_access_token
