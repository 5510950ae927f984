"""Dagster's SQLite event log, keeping one engine per database file instead of one per event.

Dagster's `SqliteEventLogStorage` creates, connects and disposes of a SQLAlchemy engine for every
event it stores, so each event also compiles its INSERT anew. A `dyad run` over a range of days
logs one materialisation per day and asset (2,600 events on the dev corpus, whose articles span
855 days): that took more of the run than the coding. This subclass keeps the engines (and with
them SQLAlchemy's statement cache) for the life of the instance and writes in SQLite's WAL mode,
so the UI's webserver reads while a run writes. It also remembers the schema facts Dagster asks of
the database before every asset event (does the tag table exist, has the asset key table its index
columns): each question opened a connection and read SQLite's catalogue, a third of an event's cost.
A table or column, once there, stays (migrations only add); `wipe` and `upgrade` forget the answers.
A batch of events (Dagster sends one per partitioned output when DAGSTER_EVENT_BATCH_SIZE is set,
which `orchestration.instance` does) is written in one transaction per database file; if it fails
Dagster stores the events one by one, and the rolled-back batch leaves nothing twice.
Within a batch, the asset key table (each asset's latest event, re-serialised whole on every event) is
written for the last event of each asset and event type only: the rows are the ones per-event writes leave.
Same files, same schema: Dagster's own storage reads what it wrote.
"""
from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager

import sqlalchemy as sa
from dagster._core.events.log import EventLogEntry
from dagster._core.storage.event_log.sqlite.sqlite_event_log import INDEX_SHARD_NAME, SqliteEventLogStorage

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
        self._present: set[str] = set()  # tables and columns known to exist in the index shard
        self._held: dict[str, sa.Connection] = {}  # a batch's open transactions, by shard
        self._superseded: set[int] = set()  # ids of a batch's events whose asset entry a later one rewrites
        super().__init__(base_dir, inst_data)
        self._db_lock = threading.RLock()  # a batch holds it while its events take their connections

    @classmethod
    def from_config_value(cls, inst_data, config_value) -> PooledSqliteEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    @contextmanager
    def _connect(self, shard: str) -> Iterator[sa.Connection]:
        with self._db_lock:
            if shard in self._held:
                yield self._held[shard]
                return
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

    def store_event_batch(self, events: Sequence[EventLogEntry]) -> None:
        shards = {event.run_id for event in events} | {INDEX_SHARD_NAME}
        with self._db_lock, ExitStack() as transactions:
            try:
                self._superseded = _superseded_entries(events)
                for shard in sorted(shards):
                    self._held[shard] = transactions.enter_context(self._connect(shard))
                for event in events:
                    self.store_event(event)
            finally:
                self._held.clear()
                self._superseded = set()

    def _store_asset_event(self, conn: sa.Connection, event: EventLogEntry, event_id: int) -> None:
        if id(event) not in self._superseded:
            super()._store_asset_event(conn, event, event_id)

    def has_table(self, table_name: str) -> bool:
        if table_name in self._present:
            return True
        present = super().has_table(table_name)  # its own connection: callers may hold the index one
        if present:
            self._present.add(table_name)
        return present

    def _has_asset_key_col_on_connection(self, conn: sa.Connection, column_name: str) -> bool:
        known = f"asset_keys.{column_name}"
        if known in self._present:
            return True
        present = super()._has_asset_key_col_on_connection(conn, column_name)
        if present:
            self._present.add(known)
        return present

    def _dispose_engines(self) -> None:
        for engine in self._engines.values():
            engine.dispose()
        self._engines.clear()
        self._present.clear()

    def delete_events(self, run_id: str) -> None:
        self._dispose_engines()  # a run's database file may be removed
        super().delete_events(run_id)

    def upgrade(self) -> None:
        self._present.clear()
        super().upgrade()

    def wipe(self) -> None:
        self._dispose_engines()
        super().wipe()

    def dispose(self) -> None:
        self._dispose_engines()
        super().dispose()


def _superseded_entries(events: Sequence[EventLogEntry]) -> set[int]:
    """Ids of the events followed, in the same batch, by an event of the same asset and type: the asset
    key row that event writes is overwritten by the later one (Dagster writes every column from the event)."""
    kinds = {id(event): _asset_event_kind(event) for event in events}
    last = {kind: event_id for event_id, kind in kinds.items() if kind is not None}
    return {event_id for event_id, kind in kinds.items() if kind is not None and last[kind] != event_id}


def _asset_event_kind(event: EventLogEntry) -> tuple[str, str] | None:
    asset_key = getattr(event.dagster_event, "asset_key", None)
    if asset_key is None:
        return None
    return asset_key.to_string(), event.dagster_event.event_type_value
