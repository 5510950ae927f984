"""The full-text index of evidence sentences that the API's `text` filter uses.

Built by the WRITER on the staging file, after event_mentions is loaded and
before the file is published (the API never writes; without the index the
filter scans the sentences, with the same answers). DuckDB's fts extension
comes from the `duckdb-ext-fts` wheel (it cannot be downloaded at run time).
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse import reader


def fts_extension_path() -> Path | None:
    """The fts extension file shipped by `duckdb-ext-fts` for this DuckDB, if installed."""
    root = Path(duckdb.__file__).resolve().parent.parent / "duckdb_ext" / "extensions" / f"v{duckdb.__version__}"
    found = sorted(root.glob("*/fts.duckdb_extension"))
    return found[0] if found else None


def build_text_index(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)build the index on a writable connection; RuntimeError when fts is unavailable."""
    path = fts_extension_path()
    try:
        con.execute(f"LOAD '{path}'" if path else "LOAD fts")
    except duckdb.Error as exc:
        raise RuntimeError(f"the DuckDB fts extension is not available ({exc}); install duckdb-ext-fts") from None
    con.execute(reader.sql("build_text_index"))
