"""Read-only event queries: keyset pages, counts and aggregations.

Pages are keyset (seek) pages: the caller passes the sort key and id of the
last row it has (`after`), never an offset, so page 10,000 costs what page 1
costs. Orderings are the blocks of `event_orders.sql`.
"""
from __future__ import annotations

from typing import Any

from warehouse import reader
from warehouse.reader_filters import EventFilterSpec, event_where

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
               after: tuple[Any, int] | None = None, text_index: bool = False) -> list[dict[str, Any]]:
    """Up to `limit` events matching `spec`, in `order`, after the `(key, id)` cursor."""
    if order not in ORDERS:
        raise ValueError(f"unknown event order {order!r}")
    where, params = event_where(spec, text_index=text_index)
    after_sql, after_params = _after(order, after)
    params.update(after_params, limit=limit)
    order_sql = reader.fragments("event_orders")[order]
    return reader.run(cur, "events_page", params, filters=where, after=after_sql, order=order_sql)


def sort_key(order: str, row: dict[str, Any]) -> Any:
    """The value of `row` that `order` sorts on (the cursor's key)."""
    return row["num_articles"] if order == "num_articles_desc" else row["event_date"]


def event_count(cur, spec: EventFilterSpec, *, text_index: bool = False) -> int:
    where, params = event_where(spec, text_index=text_index)
    return reader.run(cur, "events_count", params, filters=where)[0]["n"]


def timeline(cur, spec: EventFilterSpec, *, interval: str, limit: int,
             text_index: bool = False) -> list[dict[str, Any]]:
    """Buckets from the first to the last dated event, at most `limit` of them."""
    if interval not in INTERVALS:
        raise ValueError(f"unknown interval {interval!r}")
    where, params = event_where(spec, text_index=text_index)
    params["limit"] = limit
    return reader.run(cur, "timeline", params, filters=where, interval=interval)


def dyad_counts(cur, spec: EventFilterSpec, *, limit: int, text_index: bool = False) -> list[dict[str, Any]]:
    where, params = event_where(spec, text_index=text_index)
    params["limit"] = limit
    return reader.run(cur, "dyad_counts", params, filters=where)


def event_type_counts(cur, spec: EventFilterSpec, *, text_index: bool = False) -> list[dict[str, Any]]:
    where, params = event_where(spec, text_index=text_index)
    return reader.run(cur, "event_type_counts", params, filters=where)
