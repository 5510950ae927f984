from __future__ import annotations

import datetime as dt
from enum import Enum

import strawberry

from api.types.event import Event


@strawberry.enum(description="What a publish did to an event.")
class ChangeKind(Enum):
    ADDED = "added"
    REVISED = "revised"
    MERGED = "merged"
    RETRACTED = "retracted"


@strawberry.type(description="One change of the changes feed: what one publish (a generation) did to one event.")
class EventChange:
    generation: int = strawberry.field(description="The publish that made it: 1, 2, ... (only publishes that change events count).")
    changed_at: dt.datetime = strawberry.field(description="When that publish ran (UTC).")
    event_id: strawberry.ID = strawberry.field(description="The event's id (stable; a merged or retracted id is never reused).")
    change: ChangeKind = strawberry.field(
        description="ADDED: a new event. REVISED: its mentions or the articles telling it changed (a new report, "
                    "a correction, re-coding, another event merged into it). MERGED: its id is retired; its mentions "
                    "now belong to mergedInto. RETRACTED: no mention of it is left.")
    merged_into: strawberry.ID | None = strawberry.field(description="For MERGED: the event that absorbed this one.")

    @strawberry.field(description="The event as it is now (not as of this generation); null once merged or retracted.")
    async def event(self, info: strawberry.Info) -> Event | None:
        row = await info.context.loaders.event.load(int(self.event_id))
        return Event.from_row(row) if row else None


@strawberry.type(description="A page of the changes feed, and where to resume.")
class ChangeFeed:
    changes: list[EventChange] = strawberry.field(description="In feed order: by generation, then event id.")
    cursor: str = strawberry.field(description="Pass as `since` to get what follows this page (also when it is empty).")
    has_more: bool = strawberry.field(description="More changes follow this page now.")
    generation: int = strawberry.field(description="The newest generation of the feed (0 before any publish recorded one).")
