"""Relay-style connections: `XConnection { totalCount edges { cursor node } pageInfo }`.

`totalCount` is counted only when a query asks for it.
"""
from __future__ import annotations

from typing import Awaitable, Callable, Generic, TypeVar

import strawberry

from api.types.page_info import PageInfo

T = TypeVar("T")


@strawberry.type(description="An item of a listing with its cursor.")
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type(description="One page of a listing, with the number of items in the whole listing.")
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    _count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="How many items the whole listing holds (all pages).")
    async def total_count(self) -> int:
        return await self._count()
