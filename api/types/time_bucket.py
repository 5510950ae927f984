from __future__ import annotations

import datetime as dt

import strawberry


@strawberry.type(description="Events in one calendar bucket of a timeline.")
class TimeBucket:
    start: dt.date = strawberry.field(description="First day of the bucket.")
    count: int
    goldstein_mean: float | None = strawberry.field(description="Mean Goldstein score of its events; null when empty.")
    quad_class_counts: list[int] = strawberry.field(description="Events in QuadClass 1, 2, 3 and 4 (four entries).")
