"""Dagster's SQLite event log, keeping one engine per database file instead of one per event.

Dagster's `SqliteEventLogStorage` creates, connects and disposes of a SQLAlchemy engine for every
event it stores, so each event also compiles its INSERT anew. A `dyad run` over a range of days
logs one materialisation per day and asset (2,600 events on the dev corpus, whose articles span
855 days): that took more of the run than the coding. This subclass keeps the engines (and with
them SQLAlchemy's statement cache) for the life of the instance and writes in SQLite's WAL mode,
so the UI's webserver reads while a run writes. Same files, same schema: Dagster's own storage
reads what it wrote.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa
from dagster._core.storage.event_log.sqlite.sqlite_event_log import SqliteEventLogStorage

SQLITE_BUSY_TIMEOUT_SECONDS = 120


def _pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """`SqliteEventLogStorage` with one engine per shard (a run's database, the asset index)."""

    def __init__(self, base_dir: str, inst_data=None):
        self._engines: dict[str, sa.engine.Engine] = {}  # before the parent's __init__, which connects
        super().__init__(base_dir, inst_data)

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> "PooledSqliteEventLogStorage":
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[sa.Connection]:
        with self._db_lock:
            engine = self._engines.get(shard)
            if engine is None:
                engine = sa.create_engine(self.conn_string_for_shard(shard),
                                          connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
                sa.event.listen(engine, "connect", _pragmas)
                if shard not in self._initialized_dbs:
                    self._initdb(engine)
                    self._initialized_dbs.add(shard)
                self._engines[shard] = engine
            with engine.connect() as conn, conn.begin():
                yield conn

    def _dispose_engines(self) -> None:
        for engine in self._engines.values():
            engine.dispose()
        self._engines.clear()

    def delete_events(self, run_id: str) -> None:
        self._dispose_engines()  # a run's database file may be removed
        super().delete_events(run_id)

    def wipe(self) -> None:
        self._dispose_engines()
        super().wipe()

    def dispose(self) -> None:
        self._dispose_engines()
        super().dispose()
