"""API keys: who may query.

When keys are configured (`create_app(api_keys=...)`, else the comma-separated
`DYAD_API_KEYS` environment variable), every request must present one, as
`Authorization: Bearer <key>` or `X-API-Key: <key>`; otherwise the answer is
HTTP 401 with a GraphQL-shaped error body, before any GraphQL work is done.

One exception, deliberately: a browser's plain GET of the GraphiQL page (no
`query` parameter, asking for HTML) is served without a key. The page is static
and reveals nothing; every query it sends (introspection included) needs the
key, which the user puts in GraphiQL's Headers pane.
"""
from __future__ import annotations

import hmac
import json
from typing import Iterable
from urllib.parse import parse_qs

from starlette.types import ASGIApp, Receive, Scope, Send

ENV_VAR = "DYAD_API_KEYS"


def keys_from_env(value: str | None) -> frozenset[str]:
    return frozenset(k.strip() for k in (value or "").split(",") if k.strip())


def presented_key(headers: dict[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return headers.get("x-api-key", "").strip() or None


def key_is_valid(presented: str | None, keys: Iterable[str]) -> bool:
    if presented is None:
        return False
    # compare with every key in constant time, without stopping at a match
    return any([hmac.compare_digest(presented.encode(), k.encode()) for k in keys])


def is_graphiql_page(scope: Scope, headers: dict[str, str]) -> bool:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    return scope.get("method") == "GET" and "query" not in query and "text/html" in headers.get("accept", "")


class ApiKeyGuard:
    """ASGI middleware answering 401 to requests without a valid key."""

    def __init__(self, app: ASGIApp, keys: frozenset[str]) -> None:
        self.app = app
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.keys or scope["type"] not in ("http", "websocket"):
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if key_is_valid(presented_key(headers), self.keys) or (
            scope["type"] == "http" and is_graphiql_page(scope, headers)
        ):
            return await self.app(scope, receive, send)
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
            return
        body = json.dumps({"errors": [{
            "message": "An API key is required: send `Authorization: Bearer <key>` or `X-API-Key: <key>`.",
            "extensions": {"code": "UNAUTHENTICATED"},
        }]}).encode()
        await send({"type": "http.response.start", "status": 401, "headers": [
            (b"content-type", b"application/json"),
            (b"www-authenticate", b'Bearer realm="dyad"'),
            (b"content-length", str(len(body)).encode()),
        ]})
        await send({"type": "http.response.body", "body": body})
