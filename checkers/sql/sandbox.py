"""A locked-down DuckDB for learner SQL: no files, no extensions, bounded memory, threads, time and rows."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import duckdb

from grader.parallelism import threads

MEMORY_LIMIT = "512MB"
THREADS = 1
QUERY_SECONDS = 5.0
MAX_ROWS = 100_000


class QueryFailed(Exception):
    """DuckDB refused or failed the query; the message is DuckDB's own."""


class QueryTimeout(QueryFailed):
    """The query ran past its time limit and was stopped."""


class QueryTooLarge(QueryFailed):
    """The query returned more rows than the grader will read."""


@dataclass(frozen=True)
class QueryResult:
    columns: tuple[str, ...]
    rows: list[tuple]


def _locked_config() -> dict[str, object]:
    return {
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "allow_community_extensions": False,
        "allow_persistent_secrets": False,
        "python_enable_replacements": False,
        "python_scan_all_frames": False,
        "max_temp_directory_size": "0KiB",
        "memory_limit": MEMORY_LIMIT,
        "threads": THREADS,
        "lock_configuration": True,
    }


def open_dataset(path: Path) -> duckdb.DuckDBPyConnection:
    """Open a dataset file read-only with the configuration locked, so learner SQL can neither write nor escape it."""
    return duckdb.connect(str(path), read_only=True, config=_locked_config())


class DatasetConnections:
    """One locked read-only connection per dataset file, and a cursor of each for every thread that asks."""

    def __init__(self, paths: list[Path]) -> None:
        with ThreadPoolExecutor(max_workers=threads(2)) as pool:
            self._connections = list(pool.map(open_dataset, paths))
        self._local = threading.local()
        self._lock = threading.Lock()
        self._cursors: list[duckdb.DuckDBPyConnection] = []

    def for_this_thread(self) -> list[duckdb.DuckDBPyConnection]:
        """Cursors share their dataset's database (and its locks and limits) but can run at the same time."""
        cursors = getattr(self._local, "cursors", None)
        if cursors is None:
            cursors = self._local.cursors = [con.cursor() for con in self._connections]
            with self._lock:
                self._cursors.extend(cursors)
        return cursors

    def close(self) -> None:
        for con in [*self._cursors, *self._connections]:
            con.close()


def open_scratch() -> duckdb.DuckDBPyConnection:
    """An empty in-memory database with the same locks, for running a learner's own DDL."""
    return duckdb.connect(":memory:", config=_locked_config())


def run_query(
    con: duckdb.DuckDBPyConnection,
    sql: str,
    timeout: float = QUERY_SECONDS,
    max_rows: int = MAX_ROWS,
) -> QueryResult:
    """Run one statement, interrupting it after `timeout` seconds and reading at most `max_rows` rows."""
    timer = threading.Timer(timeout, con.interrupt)
    timer.daemon = True
    timer.start()
    try:
        cursor = con.execute(sql)
        columns = tuple(d[0] for d in cursor.description or ())
        rows = cursor.fetchmany(max_rows + 1) if columns else []
    except duckdb.InterruptException as exc:
        raise QueryTimeout(f"stopped after {timeout:g} s") from exc
    except duckdb.OutOfMemoryException as exc:
        raise QueryFailed(f"ran out of its {MEMORY_LIMIT} memory limit") from exc
    except duckdb.Error as exc:
        raise QueryFailed(str(exc)) from exc
    finally:
        timer.cancel()
    if len(rows) > max_rows:
        raise QueryTooLarge(f"returned more than {max_rows:,} rows")
    return QueryResult(columns, rows)
