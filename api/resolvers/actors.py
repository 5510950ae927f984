from __future__ import annotations

import strawberry

from api.pagination import decode_cursor, page_size
from api.resolvers.paging import connection, memo
from api.types.actor import Actor
from api.types.actor_count import ActorCount
from api.types.connection import Connection
from warehouse import reader_catalog

KIND = "actors:name"


async def actors(info: strawberry.Info, search: str | None = None, first: int | None = None,
                 after: str | None = None) -> Connection[Actor]:
    ctx = info.context
    size = page_size(first, ctx.settings.max_page_size)
    search = (search or "").strip() or None
    cursor = decode_cursor(after, KIND) if after else None
    rows = await ctx.db(reader_catalog.actor_page, search=search, limit=size + 1, after=cursor)
    count = memo(lambda: ctx.db(reader_catalog.actor_count, search=search))
    return connection(rows, size, kind=KIND, key=lambda r: r["name"], id_field="actor_id",
                      node=lambda r: Actor.from_row(r, r["actor_id"]), count=count, after=after)


async def actor(info: strawberry.Info, id: strawberry.ID) -> Actor | None:
    row = await info.context.loaders.actor.load(str(id))
    return Actor.from_row(row, str(id)) if row else None


async def counterparts(info: strawberry.Info, actor_id: str, first: int | None) -> list[ActorCount]:
    ctx = info.context
    size = page_size(first, ctx.settings.max_page_size, default=10)
    rows = await ctx.loaders.counterparts.load((actor_id, size))
    ids = [r["counterpart_id"] for r in rows]
    found = await ctx.loaders.actor.load_many(ids)
    return [ActorCount(actor=Actor.from_row(a, i), count=r["n"]) for r, i, a in zip(rows, ids, found)]
