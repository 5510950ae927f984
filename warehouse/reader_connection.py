"""Read-only access to a published warehouse file that may be replaced at any time.

Writers publish a new warehouse by `os.replace` of a finished file onto the
served path. `Warehouse.cursor()` checks the file's identity (device, inode,
mtime, size) on every call and, when it changed, opens the new file for the
cursors that follow; cursors already handed out keep reading the old one until
their request ends. Opening a file also reads what it carries
(warehouse.reader_layout: the derived read tables, a text index) and its small
reference tables (warehouse.reader_refs), once per opened file.

Why ATTACH into a private in-memory database rather than
`duckdb.connect(path, read_only=True)`: DuckDB caches database instances by
path within a process, so a second `connect` to the same path returns the old
(replaced) file's instance. A fresh in-memory instance attaching the path opens
whatever file the path names now. The attachment is READ_ONLY.
"""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.reader_layout import ReadLayout, read_layout
from warehouse.reader_refs import ReferenceCache, load_reference_cache

CATALOG = "warehouse"


class WarehouseMissing(FileNotFoundError):
    pass


@dataclass(frozen=True)
class Generation:
    """One opened version of the warehouse file."""

    identity: tuple[int, int, int, int]
    connection: duckdb.DuckDBPyConnection
    layout: ReadLayout  # which read structures the file carries (derived read tables, text index)
    refs: ReferenceCache  # its actors, places and CAMEO codes, in memory

    @property
    def text_index(self) -> bool:
        return self.layout.text_index

    def cursor(self) -> duckdb.DuckDBPyConnection:
        cur = self.connection.cursor()
        cur.execute(f"USE {CATALOG}")
        return cur


def _identity(path: Path) -> tuple[int, int, int, int]:
    st = os.stat(path)
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def _open(path: Path, identity) -> Generation:
    con = duckdb.connect(":memory:", config={"autoinstall_known_extensions": False})
    quoted = str(path).replace("'", "''")
    con.execute(f"ATTACH '{quoted}' AS {CATALOG} (READ_ONLY)")
    con.execute(f"USE {CATALOG}")
    return Generation(identity=identity, connection=con, layout=read_layout(con), refs=load_reference_cache(con))


class Warehouse:
    """The served warehouse file; thread-safe."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise WarehouseMissing(f"warehouse file not found: {self.path}")
        self._lock = threading.Lock()
        self._generation: Generation | None = None

    def identity(self) -> tuple[int, int, int, int] | None:
        """The identity of the file the path names now (None when there is none): what a
        new generation changes, so answers of an older one are known to be stale."""
        try:
            return _identity(self.path)
        except FileNotFoundError:
            return None

    def generation(self) -> Generation:
        """The opened current version of the file, reopened if the file was replaced."""
        try:
            identity = _identity(self.path)
        except FileNotFoundError:
            identity = None
        with self._lock:
            current = self._generation
            if identity is None:
                if current is None:
                    raise WarehouseMissing(f"warehouse file not found: {self.path}")
                return current  # keep serving what we have until a file reappears
            if current is None or current.identity != identity:
                self._generation = _open(self.path, identity)
            return self._generation
