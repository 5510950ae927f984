"""Per-request context: one warehouse cursor, the DataLoaders, the time limit.

Every warehouse call of a request goes through `Context.db`, which
- opens the request's cursor on first use (on the warehouse file as it is then;
  a file replaced later is seen by later requests, not by this one),
- runs the call in a worker thread so the event loop keeps serving others,
- serialises the request's calls (a DuckDB cursor is not for concurrent use),
- enforces the time limit: a timer interrupts the running statement at the
  deadline and every later call fails at once, as a GraphQL error.

`RequestLifetime` (a schema extension) closes the cursor and the timer when the
operation ends.
"""
from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any, Callable, Iterator, TypeVar

import anyio.to_thread
import duckdb
from strawberry.extensions import SchemaExtension

from api.errors import QueryTimeout, WarehouseUnavailable
from warehouse.reader_connection import Warehouse, WarehouseMissing
from warehouse.reader_layout import CORE_ONLY
from warehouse.reader_refs import ReferenceCache

T = TypeVar("T")


@dataclass(frozen=True)
class Settings:
    max_page_size: int = 500
    query_timeout_s: float = 10.0
    max_timeline_buckets: int = 10_000


class Context:
    def __init__(self, warehouse: Warehouse, settings: Settings, request: Any = None, response: Any = None,
                 regions: Mapping[str, tuple[str, ...]] | None = None):
        from api.loaders import Loaders  # loaders call back into this context

        self.warehouse = warehouse
        self.settings = settings
        self.regions = regions or {}  # CAMEO region -> its code and its members' country codes
        self.request = request
        self.response = response
        self.deadline = time.monotonic() + settings.query_timeout_s
        self.timed_out = False
        self.layout = CORE_ONLY
        self.identity: tuple[int, int, int, int] | None = None  # of the warehouse generation this request reads
        self._refs: ReferenceCache | None = None
        self._cursor: duckdb.DuckDBPyConnection | None = None
        self._running = False
        self._timer: threading.Timer | None = None
        self._lock = asyncio.Lock()
        self.loaders = Loaders(self)

    async def db(self, fn: Callable[..., T], *args: Any, events: bool = False, **kwargs: Any) -> T:
        """`fn(cursor, *args, **kwargs)` on this request's cursor, within the time limit.

        `events=True` also passes `layout=` (which read tables and text index the
        opened warehouse carries), which event queries need.
        """
        async with self._lock:
            if self.timed_out or time.monotonic() >= self.deadline:
                self.timed_out = True
                raise QueryTimeout(self.settings.query_timeout_s)
            try:
                return await anyio.to_thread.run_sync(partial(self._call, fn, events, *args, **kwargs))
            except duckdb.InterruptException:
                self.timed_out = True
                raise QueryTimeout(self.settings.query_timeout_s) from None

    def held_refs(self) -> ReferenceCache | None:
        """The reference tables of the file this request reads, once it has opened it."""
        return self._refs

    async def refs(self) -> ReferenceCache:
        """The in-memory reference tables of the file this request reads (opening it if needed)."""
        if self._refs is None:
            await self.db(_opened)
        return self._refs

    def _call(self, fn, events, *args, **kwargs):
        if self._cursor is None:
            try:
                generation = self.warehouse.generation()
            except WarehouseMissing as exc:
                raise WarehouseUnavailable(str(exc)) from None
            self.layout = generation.layout
            self.identity = generation.identity
            self._refs = generation.refs
            self._cursor = generation.cursor()
            self._timer = threading.Timer(max(self.deadline - time.monotonic(), 0), self._expire)
            self._timer.daemon = True
            self._timer.start()
        if events:
            kwargs["layout"] = self.layout
        self._running = True
        try:
            return fn(self._cursor, *args, **kwargs)
        finally:
            self._running = False

    def _expire(self) -> None:
        """At the deadline: stop the running statement (repeatedly, so one that
        started just as the interrupt landed is stopped too)."""
        self.timed_out = True
        cursor = self._cursor
        while self._running and cursor is not None:
            cursor.interrupt()
            time.sleep(0.02)

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        if self._cursor is not None:
            try:
                self._cursor.close()
            except duckdb.Error:
                pass
            self._cursor = None


def _opened(cur) -> None:
    """Nothing: `Context.db` opens the request's file on its way here."""


class RequestLifetime(SchemaExtension):
    """Closes the request's cursor and timer when the operation finishes."""

    def on_operation(self) -> Iterator[None]:
        yield
        context = self.execution_context.context
        if isinstance(context, Context):
            context.close()
