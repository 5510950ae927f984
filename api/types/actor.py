from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from api.types.connection import Connection
from api.types.event import Event
from api.types.event_filter import EventFilter
from api.types.event_order import EventOrder

if TYPE_CHECKING:
    from api.types.actor_count import ActorCount



@strawberry.type(description="A canonical actor: a person, a state or one of its sectors, an organisation.")
class Actor:
    id: strawberry.ID = strawberry.field(description="'person:<slug>', '<ISO3>', '<ISO3>:<ROLE>' or 'org:<CODE>'.")
    name: str = strawberry.field(description='Canonical English name ("Choe Son Hui").')
    country_code: str | None = strawberry.field(description="ISO3, CAMEO known-group or region code.")
    role: str | None = strawberry.field(description="CAMEO type code: GOV, MIL, ...")
    kind: str = strawberry.field(description="person | state | organisation | group")
    aliases: list[str] = strawberry.field(description="Every other spelling the actor is known by.")

    @classmethod
    def from_row(cls, row: dict[str, Any] | None, actor_id: str) -> "Actor":
        if row is None:  # an id the actors table does not know: show the id rather than fail
            return cls(id=strawberry.ID(actor_id), name=actor_id, country_code=None, role=None, kind="unknown", aliases=[])
        return cls(id=strawberry.ID(row["actor_id"]), name=row["name"], country_code=row["country_code"],
                   role=row["role"], kind=row["kind"], aliases=list(row["aliases"] or []))

    @strawberry.field(description="Events with this actor on either side.")
    async def events(self, info: strawberry.Info, filter: EventFilter | None = None,
                     order_by: EventOrder = EventOrder.DATE_DESC, first: int | None = None,
                     after: str | None = None) -> Connection[Event]:
        from api.resolvers.events import event_connection, spec_of

        spec = spec_of(info, filter).narrowed(actor_id=str(self.id))
        return await event_connection(info, spec, order_by, first, after)

    @strawberry.field(description="The actors on the other side of its events, most events first.")
    async def counterparts(self, info: strawberry.Info, first: int | None = 10) -> list[Annotated["ActorCount", strawberry.lazy("api.types.actor_count")]]:
        from api.resolvers.actors import counterparts

        return await counterparts(info, str(self.id), first)
