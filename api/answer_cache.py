"""Answers already given, kept per warehouse generation: a repeated query costs a lookup.

`CachedAnswers` wraps the GraphQL endpoint (inside the API-key guard, so only
authorised requests reach it). The key is the operation as the client sent it
-- query text, variables and operation name (a POST's JSON body, or a GET's
query string) -- and the value is the encoded response. An entry belongs to
the warehouse generation the answer was read from (the file's identity:
device, inode, mtime, size -- see warehouse.reader_connection); a lookup asks
for the generation the file holds now, so a new publish (`os.replace` of the
file) makes every older answer unreachable, and the first answer of the new
generation empties the cache.

Only answers without errors are kept (a timeout or a refusal is answered
afresh). The cache is per process (`dyad serve --workers N` has N), bounded in
bytes (least recently used entries go first); an answer larger than a tenth of
the bound is not kept. Each response says `x-dyad-cache: hit` or `miss`.
"""
from __future__ import annotations

import hashlib
import json
import threading
from collections import OrderedDict
from typing import Any, Awaitable, Callable

from warehouse.reader_connection import Warehouse

Scope = dict[str, Any]
ASGIApp = Callable[[Scope, Callable, Callable], Awaitable[None]]
HEADER = b"x-dyad-cache"
# Set on the request's scope by the GraphQL view (api.app.DyadGraphQL) once it has an answer.
ANSWERED = "dyad.answered"  # (cacheable: no errors, the identity of the warehouse generation it read)


class AnswerCache:
    """Encoded answers by key, for one warehouse generation at a time, within `max_bytes`."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._identity: Any = None
        self._entries: OrderedDict[str, tuple[int, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def get(self, identity: Any, key: str) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        with self._lock:
            if identity != self._identity:
                return None
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
            return entry

    def put(self, identity: Any, key: str, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
        if len(body) > self.max_bytes // 10:
            return
        with self._lock:
            if identity != self._identity:  # a new generation: nothing older is any use
                self._entries.clear()
                self._bytes = 0
                self._identity = identity
            old = self._entries.pop(key, None)
            if old is not None:
                self._bytes -= len(old[2])
            self._entries[key] = (status, headers, body)
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                _, (_, _, dropped) = self._entries.popitem(last=False)
                self._bytes -= len(dropped)

    def __len__(self) -> int:
        return len(self._entries)


def operation_key(method: str, query_string: bytes, body: bytes) -> str | None:
    """The key of a request's operation, or None when it is not one a cache may answer."""
    if method == "GET":
        if b"query=" not in query_string:
            return None  # GraphiQL's page
        material = b"GET?" + query_string
    elif method == "POST":
        try:
            data = json.loads(body)
        except ValueError:
            return None
        if not isinstance(data, dict):
            return None  # batches are answered afresh
        material = json.dumps([data.get("query"), data.get("variables") or {}, data.get("operationName")],
                              sort_keys=True, separators=(",", ":")).encode()
    else:
        return None
    return hashlib.sha256(material).hexdigest()


class CachedAnswers:
    """ASGI wrapper of the GraphQL endpoint that answers repeated operations from an AnswerCache."""

    def __init__(self, app: ASGIApp, warehouse: Warehouse, cache: AnswerCache) -> None:
        self.app = app
        self.warehouse = warehouse
        self.cache = cache

    async def __call__(self, scope: Scope, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http" or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        key = operation_key(scope["method"], scope.get("query_string", b""), body)
        if key is not None:
            entry = self.cache.get(self.warehouse.identity(), key)
            if entry is not None:
                status, headers, answer = entry
                await send({"type": "http.response.start", "status": status, "headers": [*headers, (HEADER, b"hit")]})
                await send({"type": "http.response.body", "body": answer})
                return
        await self._answer(scope, body, key, send)

    async def _answer(self, scope: Scope, body: bytes, key: str | None, send: Callable) -> None:
        """Run the endpoint on the buffered request; keep its answer when it may be reused."""
        started: dict[str, Any] = {}
        chunks: list[bytes] = []
        sent = False

        async def replay() -> dict[str, Any]:
            nonlocal sent
            if sent:
                return {"type": "http.disconnect"}
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                started.update(message)
                message = {**message, "headers": [*message.get("headers", []), (HEADER, b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, replay, capture)
        cacheable, identity = scope.get(ANSWERED, (False, None))
        if key is not None and cacheable and started.get("status") == 200:
            headers = [(k, v) for k, v in started.get("headers", []) if k.lower() != HEADER]
            self.cache.put(identity, key, 200, headers, b"".join(chunks))
