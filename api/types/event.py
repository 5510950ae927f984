from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

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

    @strawberry.field(description="CAMEO code, root, QuadClass, Goldstein score and PLOVER type.")
    async def cameo(self, info: strawberry.Info) -> Cameo:
        code = self._row["cameo_code"]
        return Cameo.from_row(code, await info.context.loaders.cameo.load(code))

    @strawberry.field(description="Who acted.")
    async def source(self, info: strawberry.Info) -> Annotated["Actor", strawberry.lazy("api.types.actor")]:
        from api.types.actor import Actor

        actor_id = self._row["source_actor_id"]
        return Actor.from_row(await info.context.loaders.actor.load(actor_id), actor_id)

    @strawberry.field(description="Who was acted upon; null for events without a target.")
    async def target(self, info: strawberry.Info) -> Annotated["Actor", strawberry.lazy("api.types.actor")] | None:
        from api.types.actor import Actor

        actor_id = self._row["target_actor_id"]
        if actor_id is None:
            return None
        return Actor.from_row(await info.context.loaders.actor.load(actor_id), actor_id)

    @strawberry.field(description="Where it happened; null when no place was found.")
    async def location(self, info: strawberry.Info) -> Place | None:
        place_id = self._row["place_id"]
        if place_id is None:
            return None
        row = await info.context.loaders.place.load(place_id)
        return Place.from_row(row) if row else None

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
