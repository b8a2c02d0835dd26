"""Compare speed: how long the step-2 comparator takes on 20,000-row results (match, one changed row, wrong order).

Target: under 2 s for the three comparisons together on one core.
Usage: python bench/compare_speed.py
"""

from __future__ import annotations

import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkers.sql.compare import compare  # noqa: E402
from checkers.sql.sandbox import QueryResult  # noqa: E402


def main() -> None:
    rows = [(n, f"user {n}", Decimal(n) / 4, date(2026, 1, 1 + n % 28)) for n in range(20_000)]
    columns = ("id", "name", "amount", "day")
    expected = QueryResult(columns, rows)
    changed = [*rows[:-1], (0, "user 0", Decimal("1.5"), date(2026, 1, 1))]
    cases = {"same rows, other order": (QueryResult(columns, list(reversed(rows))), ()),
             "one changed row": (QueryResult(columns, changed), ()),
             "wrong order": (QueryResult(columns, list(reversed(rows))), (1,))}
    total = 0.0
    for name, (got, keys) in cases.items():
        start = time.perf_counter()
        compare(expected, got, keys)
        elapsed = time.perf_counter() - start
        total += elapsed
        print(f"{name:25} {elapsed:6.3f} s")
    print(f"{'total':25} {total:6.3f} s (target < 2 s)")


if __name__ == "__main__":
    main()
