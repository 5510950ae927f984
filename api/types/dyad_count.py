from __future__ import annotations

import strawberry

from api.types.actor import Actor


@strawberry.type(description="A pair of actors and how many events went from source to target "
                             "(for symmetric events, between the two).")
class DyadCount:
    source: Actor
    target: Actor
    count: int
    goldstein_mean: float | None
