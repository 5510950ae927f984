"""Which pre-aggregated counts can answer an aggregate query, and how.

The writer publishes counts (warehouse/sql/read_tables/build_*_counts.sql):
`dyad_counts` (actor pair per day, month, year and all time), `actor_day_counts`,
`country_type_day_counts` and `type_day_counts`. A timeline, dyad ranking or
event-type count reads one of them when every field its filter sets is a
dimension of that table; otherwise (a place, a text, a noise floor, ...)
`aggregate_plan` returns None and the query reads events (warehouse.reader_filters),
with the same answer, more slowly.

Dates: a day table answers any date range. `dyad_counts` is read at the
coarsest grain whose periods the range covers whole (2024-01-01..2024-12-31:
one year; 2024-03-01..2024-05-31: three months) and that nests in the timeline
interval (a monthly timeline cannot read years; weeks read days). When the
range selects a single period (or none is given: the grain `all`), each pair
is one row, and the ranking needs no grouping.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from warehouse import reader
from warehouse.reader_filters import EventFilterSpec, set_fields
from warehouse.reader_layout import ReadLayout

DATES = {"date_from", "date_to"}
# Fields whose predicates (event_filters.sql) read only columns of the day tables: root_code, quad_class.
TYPES = {"cameo_root", "cameo_roots", "quad_class", "quad_classes", "min_quad_class", "max_quad_class"}
# Grains of dyad_counts, coarsest first, and the timeline intervals each nests in.
GRAINS = ("all", "year", "month", "day")
NESTS = {"all": (), "year": ("year",), "month": ("month", "year"), "day": ("day", "week", "month", "year")}


@dataclass(frozen=True)
class AggregatePlan:
    """An aggregate query over pre-aggregated rows: `FROM {source} e WHERE {where}` with `params`."""

    source: str
    where: str
    params: dict[str, Any]
    one_period: bool = False  # dyad_counts rows of one period: one row per pair


def _starts(day: dt.date, grain: str) -> bool:
    """Whether `day` is the first day of a period of `grain`."""
    return grain == "day" or (day.day == 1 and (grain == "month" or day.month == 1))


def _ends(day: dt.date, grain: str) -> bool:
    """Whether `day` is the last day of a period of `grain`."""
    return day == dt.date.max or _starts(day + dt.timedelta(days=1), grain)


def _period(day: dt.date, grain: str) -> tuple[int, ...]:
    return {"year": (day.year,), "month": (day.year, day.month)}.get(grain, (day.toordinal(),))


def _dyad_grain(values: dict[str, Any], interval: str | None) -> tuple[str, bool]:
    """(the coarsest grain that covers the date range whole and nests in `interval`, one period?)."""
    first, last = values.get("date_from"), values.get("date_to")
    for grain in GRAINS:
        if interval is not None and interval not in NESTS[grain]:
            continue
        if grain == "all":
            if first is None and last is None:
                return grain, True
            continue
        if first is not None and not _starts(first, grain):
            continue
        if last is not None and not _ends(last, grain):
            continue
        one = first is not None and last is not None and _period(first, grain) == _period(last, grain)
        return grain, one
    return "day", False


def _actor_dyad(values: dict[str, Any], layout: ReadLayout) -> bool:
    """Whether the filter's dyad names two actors (no side is also some actor's country code)."""
    return "dyad_a" in values and all(values[s].upper() not in layout.actor_countries for s in ("dyad_a", "dyad_b"))


def _plan(table: str, values: dict[str, Any], pins: dict[str, str], params: dict[str, Any] | None = None,
          one_period: bool = False) -> AggregatePlan:
    """`table` (an aggregate_sources.sql relation) with the predicates of every set field: the
    table's own (`pins`: field -> aggregate_sources.sql block) or event_filters.sql's."""
    preds, own = reader.fragments("event_filters"), reader.fragments("aggregate_sources")
    parts: list[str] = []
    bound: dict[str, Any] = dict(params or {})
    for name, value in values.items():
        if name in ("dyad_a", "dyad_b"):
            bound[name] = value
            continue
        if isinstance(value, tuple):
            slot, listed = reader.in_list(value, prefix=name)
            parts.append(reader.fill(preds[name], values=slot))
            bound.update(listed)
            continue
        parts.append(own[pins[name]] if name in pins else preds[name])
        bound[name] = value
    if "dyad_a" in values:
        parts.append(own[pins["dyad"]])
    return AggregatePlan(source=own[table], where=reader.conjunction(parts), params=bound, one_period=one_period)


def aggregate_plan(query: str, spec: EventFilterSpec, layout: ReadLayout,
                   interval: str | None = None) -> AggregatePlan | None:
    """The counts that answer `query` ("timeline", "dyads" or "event_types") for `spec`, or None."""
    if not layout.aggregates:
        return None
    values = set_fields(spec)
    fields = set(values) - {"dyad_a", "dyad_b"} | ({"dyad"} if "dyad_a" in values else set())
    pair = "dyad" not in fields or _actor_dyad(values, layout)
    if query == "dyads" and pair and fields <= DATES | {"actor_id", "dyad"}:
        grain, one = _dyad_grain(values, None)
        return _plan("dyad_counts", values, {"dyad": "dyad_pair"}, {"grain": grain}, one_period=one)
    if query == "timeline" and "dyad" in fields and pair and fields <= DATES | {"dyad"}:
        grain, _ = _dyad_grain(values, interval)
        return _plan("dyad_counts", values, {"dyad": "dyad_pair"}, {"grain": grain})
    if query not in ("timeline", "event_types"):
        return None
    if "actor_id" in fields and fields <= DATES | TYPES | {"actor_id"}:
        return _plan("actor_day_counts", values, {"actor_id": "actor_pin"})
    if "country" in fields and fields <= DATES | TYPES | {"country"}:
        return _plan("country_type_day_counts", values, {"country": "country_pin"})
    if fields <= DATES | TYPES:
        return _plan("type_day_counts", values, {})
    return None
