"""Loads that readers never see half-done: write a staging copy, then swap it in.

DuckDB lets no other process open a file while one writes to it, not even
read-only, and a reader holding the file blocks a writer (FACTS.md). So a load
never writes the published file. `staging(path)`:

1. takes an exclusive fcntl lock on `<file>.publish.lock` (the kernel releases
   it if the process dies), so two writers never race on the staging files;
2. removes stale `<file>.staging-*` files left by a killed load;
3. copies the published file to `<file>.staging-<pid>` (or starts a new one),
   opens it writable and migrates it;
4. on `publish()`: CHECKPOINT, close, fsync, and `os.replace` onto the
   published path -- atomic: readers holding the old file keep the old state,
   new connections see the new one.

On an exception, or when the block ends without `publish()`, the staging file
is removed and the published file is untouched. A load killed with SIGKILL
leaves the published file intact and a stale staging file that the next load
removes.

`load_lock(path)` is the outer lock (`<file>.lock`) a caller holds across a
whole read-cluster-publish cycle, so that what it read is still what it
replaces. It is a different file from the publish lock, so holding it while
calling `warehouse.load.publish_batch` does not deadlock.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb

from warehouse.connect import connect_writable
from warehouse.migrate import migrate

log = logging.getLogger(__name__)


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse lock and the timeout ran out."""


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@contextlib.contextmanager
def _flock(lock_path: Path, timeout: float | None, what: str) -> Iterator[None]:
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "a+") as handle:
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is not None and time.monotonic() > deadline:
                    raise WarehouseBusy(f"{what} is locked by another process ({lock_path})") from None
                time.sleep(0.05)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@contextlib.contextmanager
def load_lock(path: str | Path, timeout: float | None = None) -> Iterator[None]:
    """Hold `<file>.lock` for a whole load (read what is stored, cluster, publish).

    The same lock file as `dyad run` and `dyad retract` use. Not re-entrant:
    taking it twice in one process blocks.
    """
    path = Path(path)
    with _flock(_sidecar(path, ".lock"), timeout, str(path)):
        yield


class Staging:
    """A writable, migrated copy of the warehouse; `publish()` swaps it in."""

    def __init__(self, published: Path, staging: Path, con: duckdb.DuckDBPyConnection, migrations_applied: list[str]):
        self.published = published
        self.path = staging
        self.con = con
        self.migrations_applied = migrations_applied
        self.done = False

    def publish(self) -> None:
        """CHECKPOINT and close the staging file, fsync it and atomically rename it onto the published path."""
        self.con.execute("CHECKPOINT")
        self.con.close()
        with open(self.path, "rb") as handle:
            os.fsync(handle.fileno())
        _sidecar(self.published, ".wal").unlink(missing_ok=True)  # belonged to the old file, already in the copy
        os.replace(self.path, self.published)
        directory = os.open(self.published.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)
        self.done = True


def stale_staging_files(path: str | Path) -> list[Path]:
    path = Path(path)
    return sorted(path.parent.glob(f"{path.name}.staging-*"))


@contextlib.contextmanager
def staging(path: str | Path, timeout: float | None = None) -> Iterator[Staging]:
    """`with staging(path) as s: s.con.execute(...); s.publish()` -- see the module docstring."""
    published = Path(path)
    published.parent.mkdir(parents=True, exist_ok=True)
    with _flock(_sidecar(published, ".publish.lock"), timeout, str(published)):
        for stale in stale_staging_files(published):  # under the lock, every one is a leftover
            log.warning("removing %s, left by an interrupted load", stale)
            stale.unlink(missing_ok=True)
        target = _sidecar(published, f".staging-{os.getpid()}")
        if published.exists():
            shutil.copyfile(published, target)
            wal = _sidecar(published, ".wal")
            if wal.exists():  # someone wrote the published file directly; keep their changes
                shutil.copyfile(wal, _sidecar(target, ".wal"))
        con = None
        try:
            con = connect_writable(target)
            session = Staging(published, target, con, migrate(con))
            yield session
            if not session.done:
                log.warning("load of %s ended without publish(); changes discarded", published)
        finally:
            if con is not None:
                with contextlib.suppress(duckdb.Error):
                    con.close()
            for leftover in (target, _sidecar(target, ".wal")):
                leftover.unlink(missing_ok=True)


def migrate_published(path: str | Path) -> list[str]:
    """Upgrade the published file to the current DDL (a load with nothing else in it)."""
    with staging(path) as session:
        applied = list(session.migrations_applied)
        session.publish()
    return applied
