"""Turn a page of rows (one more than asked, to see if more follow) into a Connection."""
from __future__ import annotations

from typing import Any, Awaitable, Callable

from api.pagination import encode_cursor
from api.types.connection import Connection, Edge
from api.types.page_info import PageInfo


def connection(rows: list[dict[str, Any]], size: int, *, kind: str, key: Callable[[dict], Any], id_field: str,
               node: Callable[[dict], Any], count: Callable[[], Awaitable[int]], after: str | None) -> Connection:
    page = rows[:size]
    edges = [Edge(cursor=encode_cursor(kind, key(r), r[id_field]), node=node(r)) for r in page]
    info = PageInfo(has_next_page=len(rows) > size, end_cursor=edges[-1].cursor if edges else None,
                    has_previous_page=after is not None, start_cursor=edges[0].cursor if edges else None)
    return Connection(edges=edges, page_info=info, _count=count)


def memo(fn: Callable[[], Awaitable[int]]) -> Callable[[], Awaitable[int]]:
    """`fn` run at most once (totalCount may be asked for twice under aliases)."""
    result: list[int] = []

    async def once() -> int:
        if not result:
            result.append(await fn())
        return result[0]

    return once
