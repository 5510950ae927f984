"""Opening warehouse files: read-only for analysts and readers, writable for staging copies only."""
from __future__ import annotations

from pathlib import Path

import duckdb

# Files stay readable by the DuckDB 1.4 LTS line, including the PyPI CLI
# (`duckdb-cli` 1.4.4), even if the Python package is upgraded (FACTS.md).
STORAGE_VERSION = "v1.4.0"
CATALOG = "warehouse"


def connect_readonly(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to the warehouse file the path names now.

    Any number of these coexist with each other and with a running load (a load
    writes a staging copy, never the published file). The connection keeps
    seeing the state it opened until closed.

    Why ATTACH into a private in-memory database rather than
    `duckdb.connect(path, read_only=True)`: DuckDB caches database instances by
    path within a process, so after a publish (`os.replace`) a second
    `connect` to the same path would return the old file's instance while any
    connection to it is still open.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"no warehouse file at {path}")
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False})
    quoted = str(path).replace("'", "''")
    con.execute(f"ATTACH '{quoted}' AS {CATALOG} (READ_ONLY)")
    con.execute(f"USE {CATALOG}")
    return con


def connect_writable(path: str | Path) -> duckdb.DuckDBPyConnection:
    """A writable connection; only ever used on a staging file (see warehouse.snapshot)."""
    return duckdb.connect(str(path), config={"storage_compatibility_version": STORAGE_VERSION})


def has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the connection's current database has a table or view called `name`."""
    row = con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND database_name = current_database()"
        " UNION ALL SELECT count(*) FROM duckdb_views() WHERE view_name = ? AND database_name = current_database()",
        [name, name],
    ).fetchall()
    return sum(r[0] for r in row) > 0
