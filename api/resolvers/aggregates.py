from __future__ import annotations

import strawberry

from api.errors import InvalidArgument
from api.pagination import page_size
from api.resolvers.events import spec_of
from api.types.actor import Actor
from api.types.dyad_count import DyadCount
from api.types.event_filter import EventFilter
from api.types.event_type_count import EventTypeCount
from api.types.interval import Interval
from api.types.time_bucket import TimeBucket
from warehouse import reader_events


async def timeline(info: strawberry.Info, filter: EventFilter | None = None, *,
                   interval: Interval) -> list[TimeBucket]:
    ctx = info.context
    cap = ctx.settings.max_timeline_buckets
    rows = await ctx.db(reader_events.timeline, spec_of(info, filter), interval=interval.value, limit=cap + 1, events=True)
    if len(rows) > cap:
        raise InvalidArgument(
            f"The timeline would have more than {cap} buckets; narrow dateFrom/dateTo or use a longer interval."
        )
    return [TimeBucket(start=r["start"], count=r["n"], goldstein_mean=r["goldstein_mean"],
                       quad_class_counts=list(r["quad_class_counts"])) for r in rows]


async def dyads(info: strawberry.Info, filter: EventFilter | None = None, first: int | None = None) -> list[DyadCount]:
    ctx = info.context
    size = page_size(first, ctx.settings.max_page_size, default=20)
    rows = await ctx.db(reader_events.dyad_counts, spec_of(info, filter), limit=size, events=True)
    ids = list(dict.fromkeys(i for r in rows for i in (r["source_actor_id"], r["target_actor_id"])))
    actors = dict(zip(ids, await ctx.loaders.actor.load_many(ids)))
    return [DyadCount(source=Actor.from_row(actors[r["source_actor_id"]], r["source_actor_id"]),
                      target=Actor.from_row(actors[r["target_actor_id"]], r["target_actor_id"]),
                      count=r["n"], goldstein_mean=r["goldstein_mean"]) for r in rows]


async def event_types(info: strawberry.Info, filter: EventFilter | None = None) -> list[EventTypeCount]:
    rows = await info.context.db(reader_events.event_type_counts, spec_of(info, filter), events=True)
    return [EventTypeCount(root_code=r["root_code"], label=r["label"], count=r["n"]) for r in rows]
