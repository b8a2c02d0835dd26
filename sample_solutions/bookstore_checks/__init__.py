"""The corpus's own executable reading of each outcome in bookstore_variants.toml, used to test the sample servers."""

import requests

from bookstore_checks.client import Client
from bookstore_checks.step3 import STEP3_CHECKS
from bookstore_checks.step4 import STEP4_CHECKS

__all__ = ["Client", "STEP3_CHECKS", "STEP4_CHECKS", "failing_outcomes"]


def failing_outcomes(base_url: str, steps: tuple[int, ...], env: dict[str, str], auth: bool) -> dict[int, set[str]]:
    """Run the checks of each step against a running server; the outcome names that did not hold, per step."""
    client = Client(base_url, env if auth else None)
    failed: dict[int, set[str]] = {}
    for step, checks in ((3, STEP3_CHECKS), (4, STEP4_CHECKS)):
        if step in steps:
            failed[step] = {name for name, check in checks.items() if not _holds(check, client)}
    return failed


def _holds(check, client: Client) -> bool:
    try:
        return bool(check(client))
    except (AssertionError, KeyError, TypeError, ValueError, AttributeError, IndexError, StopIteration,
            requests.RequestException):
        return False
