"""Dataset files built once into the grader's cache folder, keyed so that a code change never serves a stale file."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

import duckdb

from checkers.sql.dataset import generator, hidden
from grader.cache import cache_root

PUBLIC_NAME = "public"
PUBLIC_PROBES = "the public data"


@dataclass(frozen=True)
class DatasetFile:
    """One built dataset: its name, its DuckDB file, whether learners may see its rows, and what it probes."""

    name: str
    path: Path
    hidden: bool
    probes: str


@cache
def _sources_digest() -> str:
    digest = hashlib.sha256()
    for source in (Path(generator.__file__), *sorted(Path(hidden.__file__).parent.glob("*.py"))):
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    digest.update((files("exercises") / "step-02" / "schema.sql").read_bytes())
    return digest.hexdigest()[:12]


def cache_key(scale: float = 1.0) -> str:
    """The generator version, the scale and a hash of the dataset sources: stamps every result built from them."""
    return f"v{generator.GENERATOR_VERSION}-x{scale:g}-{_sources_digest()}"


def dataset_files(scale: float = 1.0) -> list[DatasetFile]:
    """The public dataset, then every hidden one in a fixed order, each built on first use."""
    folder = cache_root() / "step-02" / cache_key(scale)
    folder.mkdir(parents=True, exist_ok=True)
    datasets = [DatasetFile(PUBLIC_NAME, folder / f"{PUBLIC_NAME}.duckdb", False, PUBLIC_PROBES)]
    builders: list[Callable[[duckdb.DuckDBPyConnection], None]] = [lambda con: generator.build_public(con, scale)]
    for entry in hidden.HIDDEN_DATASETS:
        datasets.append(DatasetFile(entry.name, folder / f"{entry.name}.duckdb", True, entry.probes))
        builders.append(entry.build)
    for dataset, build in zip(datasets, builders, strict=True):
        if not dataset.path.exists():
            _build_file(dataset.path, build)
    return datasets


def _build_file(path: Path, build: Callable[[duckdb.DuckDBPyConnection], None]) -> None:
    """Build into a private temporary file beside `path`, then move it into place in one step."""
    temporary = path.with_name(f".{path.stem}.{os.getpid()}.{threading.get_ident()}.building")
    temporary.unlink(missing_ok=True)
    try:
        con = duckdb.connect(str(temporary))
        try:
            build(con)
            con.execute("CHECKPOINT")
        finally:
            con.close()
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
        temporary.with_name(temporary.name + ".wal").unlink(missing_ok=True)
