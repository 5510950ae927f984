"""Event filters: which relation an event query reads and which predicates it applies.

`EventFilterSpec` is the warehouse's own view of a filter (plain values; the API
validates user input before building one). `event_plan` picks the relation
(`event_sources.sql`) and ANDs the `event_filters.sql` blocks of the fields that
are set; values travel only as parameters, never in the SQL text.

Which relation, on a file with the read tables (warehouse.read_tables):
- a filter that pins an actor (actorId, an actor's name, a dyad side that
  names one actor only) reads `actor_events` at that actor's rows, which zone
  maps find;
- anything else reads `event_facts` (newest first: date ranges and "newest N"
  read few row groups);
- the text filter reads `text_postings` (by word) for the matching events;
  with nothing else but a date range, and when the caller can do with keys
  (`keys_only`), the matches alone are the relation: no event table is read.
On an older file, the same predicates run over events joined on the fly.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import asdict, dataclass, replace
from typing import Any

from warehouse import reader
from warehouse.reader_layout import CORE_ONLY, ReadLayout

# Same tokenisation as text_postings (read_tables/build_text_postings.sql).
_NOT_WORD = re.compile(r"[^a-z0-9]+")
SIMPLE = ("date_from", "date_to", "actor", "actor_id", "country", "source_country", "target_country",
          "cameo_code", "cameo_root", "quad_class", "plover_type", "place", "place_country", "article_id",
          "min_articles", "min_sources", "min_confidence", "min_goldstein", "max_goldstein",
          "min_quad_class", "max_quad_class", "source_role", "target_role")
# Fields holding several values, any of which may match (OR within the field): each is an IN list.
LISTS = ("countries", "source_countries", "target_countries", "region_countries", "actor_ids", "cameo_codes",
         "cameo_roots", "quad_classes", "plover_types", "place_countries")


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
    # lists (OR within a field; the API upper-cases country codes and lower-cases PLOVER types)
    countries: tuple[str, ...] | None = None
    source_countries: tuple[str, ...] | None = None
    target_countries: tuple[str, ...] | None = None
    region_countries: tuple[str, ...] | None = None  # a CAMEO region: its code and its members' codes
    actor_ids: tuple[str, ...] | None = None
    cameo_codes: tuple[str, ...] | None = None
    cameo_roots: tuple[str, ...] | None = None
    quad_classes: tuple[int, ...] | None = None
    plover_types: tuple[str, ...] | None = None
    place_countries: tuple[str, ...] | None = None
    # noise floors and ranges
    min_articles: int | None = None
    min_sources: int | None = None
    min_confidence: float | None = None
    min_goldstein: float | None = None
    max_goldstein: float | None = None
    min_quad_class: int | None = None
    max_quad_class: int | None = None
    source_role: str | None = None
    target_role: str | None = None

    def narrowed(self, **values: Any) -> "EventFilterSpec":
        """This filter with some fields set (for an actor's or article's events)."""
        return replace(self, **values)


@dataclass(frozen=True)
class EventPlan:
    """An event query: `FROM {source} e WHERE {where}` with `params`."""

    source: str
    where: str
    params: dict[str, Any]
    keys_only: bool = False  # `source` has only event_id and event_date


def set_fields(spec: EventFilterSpec) -> dict[str, Any]:
    """The fields of `spec` that are set, by name."""
    return {k: v for k, v in asdict(spec).items() if v is not None}


def text_terms(text: str) -> list[str]:
    """The distinct words of `text` as the index stores them (lower-case, no accents)."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    plain = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return list(dict.fromkeys(w for w in _NOT_WORD.split(plain) if w))


def text_hits(terms: list[str]) -> tuple[str, dict[str, Any]]:
    """(SELECT of the (event_id, event_date) whose one sentence holds every term, parameters)."""
    sources = reader.fragments("event_sources")
    joins = "\n".join(reader.fill(sources["term_scan" if i == 0 else "term_join"], i=str(i)) for i in range(len(terms)))
    params = {f"text_term_{i}": term for i, term in enumerate(terms)}
    return reader.fill(sources["text_hits"], term_joins=joins), params


def _pin(values: dict[str, Any], layout: ReadLayout) -> tuple[str | None, set[str]]:
    """The actor_events predicate for the actor the filter pins (if any), and the
    filter fields it makes redundant."""
    if "actor_id" in values:
        return "actor_id_pin", {"actor_id"}
    if "dyad_a" in values and "dyad_b" in values:
        # A side names the actor of that id and every actor of that country code:
        # one actor exactly when no actor has such a country.
        one = [values[s].upper() not in layout.actor_countries for s in ("dyad_a", "dyad_b")]
        if all(one):
            return "dyad_actors_pin", {"dyad"}
        if one[0] or one[1]:
            return ("dyad_a_actor_pin" if one[0] else "dyad_b_actor_pin"), set()
    if "actor" in values:
        return "actor_pin", {"actor"}
    return None, set()


def event_plan(spec: EventFilterSpec, layout: ReadLayout = CORE_ONLY, *, keys_only: bool = False) -> EventPlan:
    """The relation and predicates that answer `spec` on a file of `layout`.

    `keys_only`: the caller reads only event_id and event_date, so a text
    search with at most a date range may answer from the word index alone.
    """
    preds, sources = reader.fragments("event_filters"), reader.fragments("event_sources")
    values = set_fields(spec)
    if keys_only and layout.postings and "text" in values and set(values) <= {"text", "date_from", "date_to"}:
        hits, params = text_hits(text_terms(values["text"]))
        parts = [preds[name] for name in ("date_from", "date_to") if name in values]
        params.update({name: values[name] for name in ("date_from", "date_to") if name in values})
        return EventPlan(source=reader.fill(sources["text_matches"], text_hits=hits),
                         where=reader.conjunction(parts), params=params, keys_only=True)
    named = sources["named_actors"]
    parts: list[str] = []
    params: dict[str, Any] = {}
    pin, implied = _pin(values, layout) if layout.facts else (None, set())
    source = sources["actor_events" if pin else "event_facts" if layout.facts else "core_events"]
    if pin:
        parts.append(reader.fill(sources[pin], named_actors=named))
    for name in SIMPLE:
        if name in values:
            params[name] = values[name]
            if name not in implied:
                parts.append(reader.fill(preds[name], named_actors=named))
    for name in LISTS:
        if name in values:
            slot, bound = reader.in_list(values[name], prefix=name)
            parts.append(reader.fill(preds[name], values=slot))
            params.update(bound)
    if "dyad_a" in values and "dyad_b" in values:
        if "dyad" not in implied:
            parts.append(preds["dyad"])
        params.update(dyad_a=values["dyad_a"], dyad_b=values["dyad_b"])
    if all(k in values for k in ("min_lat", "max_lat", "min_lon", "max_lon")):
        wraps = values["min_lon"] > values["max_lon"]
        parts.append(preds["bbox_across_antimeridian" if wraps else "bbox"])
        params.update({k: values[k] for k in ("min_lat", "max_lat", "min_lon", "max_lon")})
    if "text" in values:
        terms = text_terms(values["text"])
        if layout.postings:
            hits, term_params = text_hits(terms)
            parts.append(reader.fill(preds["text_postings"], text_hits=hits))
            params.update(term_params)
        else:
            parts.append(preds["text_fts" if layout.fts else "text_scan"])
            params["text_terms"] = terms
    return EventPlan(source=source, where=reader.conjunction(parts), params=params)
