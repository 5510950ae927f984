"""Read-only event queries: keyset pages, counts and aggregations.

Pages are keyset (seek) pages: the caller passes the sort key and id of the
last row it has (`after`), never an offset, so page 10,000 costs what page 1
costs. Orderings are the blocks of `event_orders.sql`. Every function takes the
`layout` of the opened file (warehouse.reader_layout; the API knows it per
opened file) and reads the relation warehouse.reader_filters picks for it; the
aggregations read pre-aggregated counts where warehouse.reader_aggregates finds
some that answer the filter. The default, the core tables only, is right for any file.
"""
from __future__ import annotations

from typing import Any

from warehouse import reader
from warehouse.reader_aggregates import aggregate_plan
from warehouse.reader_filters import EventFilterSpec, event_plan
from warehouse.reader_layout import CORE_ONLY, ReadLayout

ORDERS = ("date_desc", "date_asc", "num_articles_desc")
INTERVALS = ("day", "week", "month", "year")


def _after(order: str, after: tuple[Any, int] | None) -> tuple[str, dict[str, Any]]:
    if after is None:
        return "TRUE", {}
    key, event_id = after
    frags = reader.fragments("event_orders")
    name = f"{order}_after_null" if key is None and f"{order}_after_null" in frags else f"{order}_after"
    return frags[name], {"after_key": key, "after_id": event_id}


def event_page(cur, spec: EventFilterSpec, *, order: str, limit: int,
               after: tuple[Any, int] | None = None, layout: ReadLayout = CORE_ONLY) -> list[dict[str, Any]]:
    """Up to `limit` events matching `spec`, in `order`, after the `(key, id)` cursor.

    When the match is a text search answered from the word index alone, each
    row also carries `total_count`, the number of all matches.
    """
    if order not in ORDERS:
        raise ValueError(f"unknown event order {order!r}")
    plan = event_plan(spec, layout, keys_only=order != "num_articles_desc")
    after_sql, after_params = _after(order, after)
    params = {**plan.params, **after_params, "limit": limit}
    slots = dict(events=plan.source, filters=plan.where, after=after_sql, order=reader.fragments("event_orders")[order])
    if not plan.keys_only:
        return reader.run(cur, "events_page", params, **slots)
    keys = reader.run(cur, "events_page_keys", params, **slots)
    return _with_details(cur, keys)


def _with_details(cur, keys: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events of a page of keys, in the keys' order, each with the keys' total_count."""
    if not keys:
        return []
    dates = [k["event_date"] for k in keys if k["event_date"] is not None]
    rows = reader.run_for(cur, "events_by_ids_and_dates", [k["event_id"] for k in keys], {
        "first_date": min(dates, default=None), "last_date": max(dates, default=None),
        "undated": len(dates) < len(keys)})
    by_id = {row["event_id"]: row for row in rows}
    return [{**by_id[k["event_id"]], "total_count": k["total_count"]} for k in keys if k["event_id"] in by_id]


def sort_key(order: str, row: dict[str, Any]) -> Any:
    """The value of `row` that `order` sorts on (the cursor's key)."""
    return row["num_articles"] if order == "num_articles_desc" else row["event_date"]


def event_count(cur, spec: EventFilterSpec, *, layout: ReadLayout = CORE_ONLY) -> int:
    plan = event_plan(spec, layout, keys_only=True)
    return reader.run(cur, "events_count", plan.params, events=plan.source, filters=plan.where)[0]["n"]


def timeline(cur, spec: EventFilterSpec, *, interval: str, limit: int,
             layout: ReadLayout = CORE_ONLY) -> list[dict[str, Any]]:
    """Buckets from the first to the last dated event, at most `limit` of them."""
    if interval not in INTERVALS:
        raise ValueError(f"unknown interval {interval!r}")
    source, where, params, counted = _aggregate_source("timeline", spec, layout, interval)
    return reader.run(cur, "timeline", {**params, "limit": limit}, events=source, filters=where, interval=interval,
                      measures=_fragment("counted_measures" if counted else "event_measures"))


def dyad_counts(cur, spec: EventFilterSpec, *, limit: int, layout: ReadLayout = CORE_ONLY) -> list[dict[str, Any]]:
    counts = aggregate_plan("dyads", spec, layout)
    if counts is not None:
        rows = reader.fill(_fragment("pairs_one_period" if counts.one_period else "pairs_grouped"),
                           events=counts.source, filters=counts.where)
        return reader.run(cur, "dyad_counts_pairs", {**counts.params, "limit": limit}, rows=rows)
    plan = event_plan(spec, layout)
    return reader.run(cur, "dyad_counts", {**plan.params, "limit": limit}, events=plan.source, filters=plan.where)


def event_type_counts(cur, spec: EventFilterSpec, *, layout: ReadLayout = CORE_ONLY) -> list[dict[str, Any]]:
    source, where, params, counted = _aggregate_source("event_types", spec, layout)
    return reader.run(cur, "event_type_counts", params, events=source, filters=where,
                      measures=_fragment("counted_count" if counted else "event_count"))


def _fragment(name: str) -> str:
    """A block of aggregate_sources.sql: the measures for events or counts, the row shapes of dyad_counts."""
    return reader.fragments("aggregate_sources")[name]


def _aggregate_source(query: str, spec: EventFilterSpec, layout: ReadLayout,
                      interval: str | None = None) -> tuple[str, str, dict[str, Any], bool]:
    """(relation, predicates, parameters, whether its rows are pre-aggregated counts) for an aggregate query."""
    counts = aggregate_plan(query, spec, layout, interval)
    if counts is not None:
        return counts.source, counts.where, counts.params, True
    plan = event_plan(spec, layout)
    return plan.source, plan.where, plan.params, False
