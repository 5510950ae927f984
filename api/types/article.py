from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry

from api.types.connection import Connection
from api.types.event import Event
from api.types.event_filter import EventFilter
from api.types.event_order import EventOrder


@strawberry.type(description="One article record as it entered Dyad.")
class Article:
    id: strawberry.ID
    title: str | None
    text: str = strawberry.field(description="The normalised text; mention offsets point into it.")
    source: str | None = strawberry.field(description="The outlet.")
    url: str | None
    published_at: dt.date | None
    language: str | None
    duplicate_of: strawberry.ID | None = strawberry.field(
        description="The first report of the same text, when this record is a second report (it shares its events)."
    )

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "Article":
        dup = row["duplicate_of"]
        return cls(id=strawberry.ID(row["article_id"]), title=row["title"], text=row["text"], source=row["source"],
                   url=row["url"], published_at=row["published_at"], language=row["language"],
                   duplicate_of=strawberry.ID(dup) if dup else None)

    @strawberry.field(description="The events this article tells.")
    async def events(self, info: strawberry.Info, filter: EventFilter | None = None,
                     order_by: EventOrder = EventOrder.DATE_DESC, first: int | None = None,
                     after: str | None = None) -> Connection[Event]:
        from api.resolvers.events import event_connection, spec_of

        spec = spec_of(info, filter).narrowed(article_id=str(self.id))
        return await event_connection(info, spec, order_by, first, after)
