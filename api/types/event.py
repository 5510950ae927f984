from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any, Awaitable, Callable

import strawberry

from api.types.cameo import Cameo
from api.types.mention import Mention
from api.types.place import Place

if TYPE_CHECKING:
    from api.types.actor import Actor



@strawberry.type(description="One happening: who did what to whom, where and when, told by one or more articles.")
class Event:
    id: strawberry.ID
    date: dt.date | None = strawberry.field(description="When it happened (the first day of a span); null when unknown.")
    date_end: dt.date | None = strawberry.field(description="The last day of a span, when the event lasted several days.")
    date_precision: str = strawberry.field(description="day | month | year | unknown")
    num_mentions: int = strawberry.field(description="Sentences that state it, in every article.")
    num_articles: int = strawberry.field(description="Article records that tell it (second reports included).")
    num_sources: int = strawberry.field(description="Distinct sources (outlets) that tell it.")
    confidence: float | None
    certainty: str | None = strawberry.field(description="asserted | reported | alleged")
    _row: strawberry.Private[dict[str, Any]]

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Event":
        return cls(id=strawberry.ID(str(row["event_id"])), date=row["event_date"], date_end=row["event_date_end"],
                   date_precision=row["date_precision"], num_mentions=row["num_mentions"],
                   num_articles=row["num_articles"], num_sources=row["num_sources"],
                   confidence=row["confidence"], certainty=row["certainty"], _row=row)

    # The four fields below are plain (not async) resolvers: when the opened file's reference tables
    # are held in memory (warehouse.reader_refs) they answer at once, which on a page of events saves
    # hundreds of coroutines and loader futures; otherwise they hand graphql-core the loader's awaitable.

    @strawberry.field(description="CAMEO code, root, QuadClass, Goldstein score and PLOVER type.")
    def cameo(self, info: strawberry.Info) -> Cameo:
        code = self._row["cameo_code"]
        held = info.context.held_refs()
        if held is not None and held.cameo_codes is not None:
            return Cameo.from_row(code, held.cameo_codes.get(code))
        return _loaded(info.context.loaders.cameo.load(code), lambda row: Cameo.from_row(code, row))

    @strawberry.field(description="Who acted.")
    def source(self, info: strawberry.Info) -> Annotated["Actor", strawberry.lazy("api.types.actor")]:
        return _actor(info, self._row["source_actor_id"])

    @strawberry.field(description="Who was acted upon; null for events without a target.")
    def target(self, info: strawberry.Info) -> Annotated["Actor", strawberry.lazy("api.types.actor")] | None:
        actor_id = self._row["target_actor_id"]
        return None if actor_id is None else _actor(info, actor_id)

    @strawberry.field(description="Where it happened; null when no place was found.")
    def location(self, info: strawberry.Info) -> Place | None:
        place_id = self._row["place_id"]
        if place_id is None:
            return None
        held = info.context.held_refs()
        if held is not None and held.places is not None:
            row = held.places.get(place_id)
            return Place.from_row(row) if row else None
        return _loaded(info.context.loaders.place.load(place_id), lambda row: Place.from_row(row) if row else None)

    @strawberry.field(description="The evidence: every sentence that states this event, with its article.")
    async def mentions(self, info: strawberry.Info) -> list[Mention]:
        rows = await info.context.loaders.mentions.load(self._row["event_id"])
        return [Mention.from_row(r) for r in rows]

    @strawberry.field(description="How the date was found (explicit | relative | dateline | publication | none), "
                                  "from the most confident mention that gives the event's date.")
    async def date_method(self, info: strawberry.Info) -> str | None:
        rows = await info.context.loaders.mentions.load(self._row["event_id"])
        agreeing = [r for r in rows if r["event_date"] == self._row["event_date"]] or rows
        if not agreeing:
            return None
        return max(agreeing, key=lambda r: r["confidence"] if r["confidence"] is not None else -1)["date_method"]


async def _loaded(pending: Awaitable[Any], build: Callable[[Any], Any]) -> Any:
    return build(await pending)


def _actor(info: strawberry.Info, actor_id: str):
    """The Actor of `actor_id`: from memory when held, else an awaitable of it."""
    from api.types.actor import Actor

    held = info.context.held_refs()
    if held is not None and held.actors is not None:
        return Actor.from_row(held.actors.get(actor_id), actor_id)
    return _loaded(info.context.loaders.actor.load(actor_id), lambda row: Actor.from_row(row, actor_id))
