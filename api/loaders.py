"""Per-request DataLoaders: every actor, place, CAMEO code, mention list and
article asked for in one step of a query is fetched with one statement.

Actors, places and CAMEO codes come from the opened file's in-memory
reference tables (warehouse.reader_refs) when it holds them, without a
statement. So a page of events with actors, places, codes and evidence costs
the page, (its count,) the mentions and their articles; one event with its
evidence costs the event and its mentions (which then carry their articles).
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

from strawberry.dataloader import DataLoader

from warehouse import reader

if TYPE_CHECKING:
    from api.context import Context


def _by_key(rows: list[dict[str, Any]], key: str, keys: list) -> list[dict[str, Any] | None]:
    found = {row[key]: row for row in rows}
    return [found.get(k) for k in keys]


class Loaders:
    def __init__(self, ctx: "Context") -> None:
        self._ctx = ctx
        self.event = DataLoader(self._events)
        self.actor = DataLoader(self._actors)
        self.place = DataLoader(self._places)
        self.cameo = DataLoader(self._cameo)
        self.article = DataLoader(self._articles)
        self.mentions = DataLoader(self._mentions)
        self.counterparts = DataLoader(self._counterparts)  # key: (actor_id, limit)

    async def _events(self, ids: list[int]):
        return _by_key(await self._ctx.db(reader.events_by_ids, ids), "event_id", ids)

    async def _actors(self, ids: list[str]):
        held = (await self._ctx.refs()).actors
        if held is not None:
            return [held.get(i) for i in ids]
        return _by_key(await self._ctx.db(reader.actors_by_ids, ids), "actor_id", ids)

    async def _places(self, ids: list[str]):
        held = (await self._ctx.refs()).places
        if held is not None:
            return [held.get(i) for i in ids]
        return _by_key(await self._ctx.db(reader.places_by_ids, ids), "place_id", ids)

    async def _cameo(self, codes: list[str]):
        held = (await self._ctx.refs()).cameo_codes
        if held is not None:
            return [held.get(c) for c in codes]
        return _by_key(await self._ctx.db(reader.cameo_by_codes, codes), "cameo_code", codes)

    async def _articles(self, ids: list[str]):
        return _by_key(await self._ctx.db(reader.articles_by_ids, ids), "article_id", ids)

    async def _mentions(self, event_ids: list[int]):
        grouped: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in await self._ctx.db(reader.mentions_by_event_ids, event_ids):
            grouped[row["event_id"]].append(row)
            if row.get("article_row") is not None:  # one event's mentions come with their articles
                self.article.prime(row["article_id"], row["article_row"])
        return [grouped.get(i, []) for i in event_ids]

    async def _counterparts(self, keys: list[tuple[str, int]]):
        by_limit: dict[int, list[str]] = defaultdict(list)
        for actor_id, limit in keys:
            by_limit[limit].append(actor_id)
        grouped: dict[tuple[str, int], list[dict[str, Any]]] = defaultdict(list)
        for limit, ids in by_limit.items():
            for row in await self._ctx.db(reader.counterparts_by_actor_ids, ids, limit):
                grouped[(row["actor_id"], limit)].append(row)
        return [grouped.get(k, []) for k in keys]
