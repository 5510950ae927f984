from __future__ import annotations

import strawberry

from api.types.actor import Actor


@strawberry.type(description="An actor with a number of events.")
class ActorCount:
    actor: Actor
    count: int
