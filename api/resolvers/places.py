from __future__ import annotations

import strawberry

from api.pagination import decode_cursor, page_size
from api.resolvers.paging import connection, memo
from api.types.connection import Connection
from api.types.place import Place
from warehouse import reader_catalog

KIND = "places:name"


async def places(info: strawberry.Info, search: str | None = None, country: str | None = None,
                 first: int | None = None, after: str | None = None) -> Connection[Place]:
    ctx = info.context
    size = page_size(first, ctx.settings.max_page_size)
    search = (search or "").strip() or None
    country = (country or "").strip() or None
    cursor = decode_cursor(after, KIND) if after else None
    rows = await ctx.db(reader_catalog.place_page, search=search, country=country, limit=size + 1, after=cursor)
    count = memo(lambda: ctx.db(reader_catalog.place_count, search=search, country=country))
    return connection(rows, size, kind=KIND, key=lambda r: r["name"], id_field="place_id",
                      node=Place.from_row, count=count, after=after)
