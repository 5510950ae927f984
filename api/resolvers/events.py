from __future__ import annotations

import strawberry

from api.pagination import decode_cursor, page_size, parse_date
from api.resolvers.paging import connection, memo
from api.types.connection import Connection
from api.types.event import Event
from api.types.event_filter import EventFilter
from api.types.event_order import EventOrder
from warehouse import reader, reader_events
from warehouse.reader_filters import EventFilterSpec


def spec_of(info: strawberry.Info, filter: EventFilter | None) -> EventFilterSpec:
    """The warehouse filter of `filter` (regions resolved with the served seeds)."""
    return filter.to_spec(info.context.regions) if filter is not None else EventFilterSpec()


def _parse_key(order: EventOrder):
    return int if order is EventOrder.NUM_ARTICLES_DESC else parse_date


async def event_connection(info: strawberry.Info, spec: EventFilterSpec, order: EventOrder,
                           first: int | None, after: str | None) -> Connection[Event]:
    ctx = info.context
    size = page_size(first, ctx.settings.max_page_size)
    kind = f"events:{order.value}"
    cursor = decode_cursor(after, kind, _parse_key(order)) if after else None
    rows = await ctx.db(reader_events.event_page, spec, order=order.value, limit=size + 1, after=cursor, events=True)
    counted = rows[0].get("total_count") if rows else None  # a text page counts its matches itself
    count = memo(lambda: ctx.db(reader_events.event_count, spec, events=True)) if counted is None else _known(counted)
    return connection(rows, size, kind=kind, key=lambda r: reader_events.sort_key(order.value, r),
                      id_field="event_id", node=Event.from_row, count=count, after=after)


def _known(value: int):
    async def count() -> int:
        return value

    return count


async def events(info: strawberry.Info, filter: EventFilter | None = None,
                 order_by: EventOrder = EventOrder.DATE_DESC, first: int | None = None,
                 after: str | None = None) -> Connection[Event]:
    return await event_connection(info, spec_of(info, filter), order_by, first, after)


async def event(info: strawberry.Info, id: strawberry.ID) -> Event | None:
    try:
        event_id = int(id)
    except ValueError:
        return None
    row = await info.context.db(reader.event_by_id, event_id)
    return Event.from_row(row) if row else None
