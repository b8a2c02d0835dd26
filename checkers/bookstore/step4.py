"""Step 4, the bookstore with users, JWT and roles: one probe per rule of the contract's auth part, in run order."""

from __future__ import annotations

from checkers.bookstore.checker import bookstore_checker
from checkers.bookstore.probe import Probe
from checkers.bookstore.step4_accounts import check_auth_me, check_login, check_login_no_enumeration
from checkers.bookstore.step4_leaks import check_cookie_flags, check_no_password_in_bodies
from checkers.bookstore.step4_manners import check_auth_json
from checkers.bookstore.step4_refresh import check_refresh
from checkers.bookstore.step4_register import (
    check_register,
    check_register_duplicate,
    check_register_role_ignored,
    check_register_weak_password,
)
from checkers.bookstore.step4_roles import check_admin_can_delete, check_user_cannot_delete
from checkers.bookstore.step4_tokens import (
    check_alg_none_refused,
    check_expired_token_refused,
    check_tampered_token_refused,
    check_token_claims,
)
from checkers.bookstore.step4_writes import check_reads_public, check_writes_need_token

PROBES: tuple[Probe, ...] = (
    Probe("register", "Sign up", 3, check_register),
    Probe("register-duplicate", "A taken email gets 409", 2, check_register_duplicate),
    Probe("register-weak-password", "Short passwords and bad emails are refused", 2, check_register_weak_password),
    Probe("register-role-ignored", "Nobody signs up as admin", 3, check_register_role_ignored),
    Probe("login", "Log in", 3, check_login),
    Probe("login-no-enumeration", "Login does not reveal which emails exist", 2, check_login_no_enumeration),
    Probe("token-claims", "The access token is a short-lived JWT", 3, check_token_claims),
    Probe("writes-need-token", "Writes need a token", 3, check_writes_need_token),
    Probe("reads-public", "Reading books stays public", 2, check_reads_public),
    Probe("alg-none-refused", "Unsigned tokens are refused", 3, check_alg_none_refused),
    Probe("tampered-token-refused", "Tampered tokens are refused", 3, check_tampered_token_refused),
    Probe("expired-token-refused", "Expired tokens are refused", 2, check_expired_token_refused),
    Probe("user-cannot-delete", "A user cannot delete books", 3, check_user_cannot_delete),
    Probe("admin-can-delete", "The admin can delete books", 2, check_admin_can_delete),
    Probe("refresh", "Refresh tokens (bonus)", 2, check_refresh),
    Probe("auth-me", "Who am I: /auth/me", 2, check_auth_me),
    Probe("auth-json", "Auth answers and errors are JSON", 2, check_auth_json),
    Probe("no-password-in-bodies", "No password or hash in any response", 3, check_no_password_in_bodies),
    Probe("cookie-flags", "Token cookies are HttpOnly and SameSite", 2, check_cookie_flags),
)

CHECKER = bookstore_checker(4, __name__)
