"""Read-only listings of actors, places and articles (keyset pages and counts)."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from warehouse import reader


@dataclass(frozen=True)
class ArticleFilterSpec:
    source: str | None = None
    language: str | None = None
    published_from: dt.date | None = None
    published_to: dt.date | None = None
    search: str | None = None


def _where(fragment_file: str, values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    preds = reader.fragments(fragment_file)
    set_values = {k: v for k, v in values.items() if v is not None}
    return reader.conjunction(preds[k] for k in set_values), set_values


def _after(fragment_file: str, after: tuple[Any, str] | None) -> tuple[str, dict[str, Any]]:
    if after is None:
        return "TRUE", {}
    key, item_id = after
    frags = reader.fragments(fragment_file)
    name = "after_null" if key is None and "after_null" in frags else "after"
    return frags[name], {"after_key": key, "after_id": item_id}


def _page(cur, kind: str, values: dict[str, Any], limit: int, after) -> list[dict[str, Any]]:
    where, params = _where(f"{kind}_filters", values)
    after_sql, after_params = _after(f"{kind}_filters", after)
    params.update(after_params, limit=limit)
    return reader.run(cur, f"{kind}s_page", params, filters=where, after=after_sql)


def _count(cur, kind: str, values: dict[str, Any]) -> int:
    where, params = _where(f"{kind}_filters", values)
    return reader.run(cur, f"{kind}s_count", params, filters=where)[0]["n"]


def actor_page(cur, *, search: str | None, limit: int, after: tuple[str, str] | None = None):
    """Actors whose name or any alias contains `search`, by name; cursor (name, id)."""
    return _page(cur, "actor", {"search": search}, limit, after)


def actor_count(cur, *, search: str | None) -> int:
    return _count(cur, "actor", {"search": search})


def place_page(cur, *, search: str | None, country: str | None, limit: int,
               after: tuple[str, str] | None = None):
    """Places by name; cursor (name, id)."""
    return _page(cur, "place", {"search": search, "country": country}, limit, after)


def place_count(cur, *, search: str | None, country: str | None) -> int:
    return _count(cur, "place", {"search": search, "country": country})


def article_page(cur, spec: ArticleFilterSpec, *, limit: int, after: tuple[Any, str] | None = None):
    """Articles newest first; cursor (published_at or None, id)."""
    return _page(cur, "article", asdict(spec), limit, after)


def article_count(cur, spec: ArticleFilterSpec) -> int:
    return _count(cur, "article", asdict(spec))
