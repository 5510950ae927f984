"""Event filters: which `event_filters.sql` predicates a filter turns on.

`EventFilterSpec` is the warehouse's own view of a filter (plain values; the API
validates user input before building one). `event_where` returns the WHERE text
and its parameters; values never enter the SQL text.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import asdict, dataclass, replace
from typing import Any

from warehouse import reader

# Same tokenisation as the full-text index (build_text_index.sql).
_NOT_WORD = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class EventFilterSpec:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    actor: str | None = None
    actor_id: str | None = None
    country: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    dyad_a: str | None = None
    dyad_b: str | None = None
    cameo_code: str | None = None
    cameo_root: str | None = None
    quad_class: int | None = None
    plover_type: str | None = None
    place: str | None = None
    place_country: str | None = None
    min_lat: float | None = None
    max_lat: float | None = None
    min_lon: float | None = None
    max_lon: float | None = None
    article_id: str | None = None
    text: str | None = None

    def narrowed(self, **values: Any) -> "EventFilterSpec":
        """This filter with some fields set (for an actor's or article's events)."""
        return replace(self, **values)


def text_terms(text: str) -> list[str]:
    """The distinct words of `text` as the index stores them (lower-case, no accents)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return list(dict.fromkeys(w for w in _NOT_WORD.split(plain) if w))


def event_where(spec: EventFilterSpec, *, text_index: bool) -> tuple[str, dict[str, Any]]:
    """(WHERE text over `events e`, parameters) for `spec`."""
    preds = reader.fragments("event_filters")
    values = {k: v for k, v in asdict(spec).items() if v is not None}
    parts: list[str] = []
    params: dict[str, Any] = {}
    simple = ("date_from", "date_to", "actor", "actor_id", "country", "source_country",
              "target_country", "cameo_code", "cameo_root", "quad_class", "plover_type",
              "place", "place_country", "article_id")
    for name in simple:
        if name in values:
            parts.append(preds[name])
            params[name] = values[name]
    if "dyad_a" in values and "dyad_b" in values:
        parts.append(preds["dyad"])
        params.update(dyad_a=values["dyad_a"], dyad_b=values["dyad_b"])
    if all(k in values for k in ("min_lat", "max_lat", "min_lon", "max_lon")):
        wraps = values["min_lon"] > values["max_lon"]
        parts.append(preds["bbox_across_antimeridian" if wraps else "bbox"])
        params.update({k: values[k] for k in ("min_lat", "max_lat", "min_lon", "max_lon")})
    if "text" in values:
        parts.append(preds["text_indexed" if text_index else "text_scan"])
        params["text_terms"] = text_terms(values["text"])
    return reader.conjunction(parts), params
