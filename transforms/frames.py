"""Records (transforms.records) as Polars frames, one frame per warehouse table.

Pure Polars: no DuckDB here. Every frame has a fixed schema, so an empty batch
still has the columns the warehouse expects. Column names follow the DDL in
warehouse/sql/schema/.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import polars as pl

from transforms.records import Article, EventMention, Place, Quarantined

ARTICLE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String,
    "title": pl.String,
    "text": pl.String,
    "source": pl.String,
    "url": pl.String,
    "published_at": pl.Date,
    "language": pl.String,
    "language_method": pl.String,
    "content_hash": pl.String,
    "duplicate_of": pl.String,
    "origin_file": pl.String,
    "origin_line": pl.Int32,
    "origin_format": pl.String,
    "encoding": pl.String,
}

# The columns of event_mentions a mention brings (event_id and correction are the warehouse's).
MENTION_SCHEMA: dict[str, pl.DataType] = {
    "mention_id": pl.String,
    "article_id": pl.String,
    "sentence_index": pl.Int32,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "cameo_code": pl.String,
    "source_actor_id": pl.String,
    "target_actor_id": pl.String,
    "event_date": pl.Date,
    "event_date_end": pl.Date,
    "date_precision": pl.String,
    "date_method": pl.String,
    "planned_date": pl.Date,
    "place_id": pl.String,
    "place_method": pl.String,
    "rule": pl.String,
    "confidence": pl.Float64,
    "certainty": pl.String,
    "reported_by": pl.String,
    "language": pl.String,
    "trigger": pl.String,
    "source_text": pl.String,
    "target_text": pl.String,
    "date_text": pl.String,
    "source_label": pl.String,
    "target_label": pl.String,
}

# Actor and place attributes carried beside each mention, for actors_frame / places_frame.
ACTOR_PLACE_SCHEMA: dict[str, pl.DataType] = {
    "source_name": pl.String,
    "source_country": pl.String,
    "source_role": pl.String,
    "source_kind": pl.String,
    "target_name": pl.String,
    "target_country": pl.String,
    "target_role": pl.String,
    "target_kind": pl.String,
    "place_name": pl.String,
    "place_country": pl.String,
    "place_latitude": pl.Float64,
    "place_longitude": pl.Float64,
    "place_geonames_id": pl.Int64,
    "place_feature": pl.String,
}

ACTOR_SCHEMA: dict[str, pl.DataType] = {
    "actor_id": pl.String,
    "name": pl.String,
    "country_code": pl.String,
    "role": pl.String,
    "kind": pl.String,
    "aliases": pl.List(pl.String),
}

PLACE_SCHEMA: dict[str, pl.DataType] = {
    "place_id": pl.String,
    "name": pl.String,
    "country_code": pl.String,
    "latitude": pl.Float64,
    "longitude": pl.Float64,
    "geonames_id": pl.Int64,
    "feature": pl.String,
}

QUARANTINE_SCHEMA: dict[str, pl.DataType] = {
    "file": pl.String,
    "line": pl.Int32,
    "reason": pl.String,
    "detail": pl.String,
    "payload": pl.String,
}


def place_id(place: Place) -> str:
    """'gn:<geonames_id>', 'cc:<ISO3>' for a country-level place, else 'nm:<name>|<country>'."""
    if place.geonames_id is not None:
        return f"gn:{place.geonames_id}"
    if place.feature == "country" and place.country_code:
        return f"cc:{place.country_code}"
    return f"nm:{place.name}|{place.country_code or ''}"


def articles_frame(articles: Iterable[Article], duplicate_of: Mapping[str, str] | None = None) -> pl.DataFrame:
    """One row per article; `duplicate_of` maps a second report's id to the first report's id."""
    duplicate_of = duplicate_of or {}
    rows = [
        {
            "article_id": a.article_id,
            "title": a.title,
            "text": a.text,
            "source": a.source,
            "url": a.url,
            "published_at": a.published_at,
            "language": a.language,
            "language_method": a.language_method,
            "content_hash": a.content_hash,
            "duplicate_of": duplicate_of.get(a.article_id),
            "origin_file": a.origin_file,
            "origin_line": a.origin_line,
            "origin_format": a.origin_format,
            "encoding": a.encoding,
        }
        for a in articles
    ]
    return pl.DataFrame(rows, schema=ARTICLE_SCHEMA) if rows else pl.DataFrame(schema=ARTICLE_SCHEMA)


def _mention_row(m: EventMention) -> dict:
    # Either side may be missing: an event may have one known side (DESIGN.md).
    src, tgt, place, date = m.source, m.target, m.place, m.date
    return {
        "mention_id": m.mention_id,
        "article_id": m.article_id,
        "sentence_index": m.sentence_index,
        "sentence": m.sentence,
        "char_start": m.char_start,
        "char_end": m.char_end,
        "cameo_code": m.cameo_code,
        "source_actor_id": src.actor_id if src else None,
        "target_actor_id": tgt.actor_id if tgt else None,
        "event_date": date.date,
        "event_date_end": date.end_date,
        "date_precision": date.precision,
        "date_method": date.method,
        "planned_date": date.planned_date,
        "place_id": place_id(place) if place else None,
        "place_method": m.place_method,
        "rule": m.rule,
        "confidence": float(m.confidence),
        "certainty": m.certainty,
        "reported_by": m.reported_by,
        "language": m.language,
        "trigger": m.trigger,
        "source_text": (src.matched_text or None) if src else None,
        "target_text": (tgt.matched_text or None) if tgt else None,
        "date_text": date.matched_text or None,
        "source_label": (src.label or None) if src else None,
        "target_label": (tgt.label or None) if tgt else None,
        "source_name": src.name if src else None,
        "source_country": src.country_code if src else None,
        "source_role": src.role if src else None,
        "source_kind": src.kind if src else None,
        "target_name": tgt.name if tgt else None,
        "target_country": tgt.country_code if tgt else None,
        "target_role": tgt.role if tgt else None,
        "target_kind": tgt.kind if tgt else None,
        "place_name": place.name if place else None,
        "place_country": place.country_code if place else None,
        "place_latitude": place.latitude if place else None,
        "place_longitude": place.longitude if place else None,
        "place_geonames_id": place.geonames_id if place else None,
        "place_feature": place.feature if place else None,
    }


def mentions_frame(mentions: Iterable[EventMention]) -> pl.DataFrame:
    """One row per mention: the event_mentions columns, then the actor and place attributes."""
    schema = {**MENTION_SCHEMA, **ACTOR_PLACE_SCHEMA}
    rows = [_mention_row(m) for m in mentions]
    if not rows:
        return pl.DataFrame(schema=schema)
    return pl.DataFrame(rows, schema=schema)


def _as_mentions_frame(mentions: pl.DataFrame | Iterable[EventMention]) -> pl.DataFrame:
    return mentions if isinstance(mentions, pl.DataFrame) else mentions_frame(mentions)


def _catalogue_alias_rows(catalogue_aliases: Mapping[str, Iterable[str]] | pl.DataFrame | None) -> pl.DataFrame:
    if catalogue_aliases is None:
        return pl.DataFrame(schema={"actor_id": pl.String, "alias": pl.String})
    if isinstance(catalogue_aliases, pl.DataFrame):
        return catalogue_aliases.select(pl.col("actor_id").cast(pl.String), pl.col("alias").cast(pl.String))
    rows = [(actor, alias) for actor, aliases in catalogue_aliases.items() for alias in aliases]
    return pl.DataFrame(rows, schema={"actor_id": pl.String, "alias": pl.String}, orient="row")


def actors_frame(
    mentions: pl.DataFrame | Iterable[EventMention],
    catalogue_aliases: Mapping[str, Iterable[str]] | pl.DataFrame | None = None,
) -> pl.DataFrame:
    """One row per actor seen as source or target, with every spelling seen (`aliases`).

    Name, country, role and kind are each the most frequent value among the
    mentions (ties broken alphabetically, so the result does not depend on order).
    `catalogue_aliases` (actor_id -> spellings, or a frame of actor_id, alias)
    adds the dictionary's spellings for the actors present.
    """
    frame = _as_mentions_frame(mentions)
    sides = [
        frame.select(
            pl.col(f"{side}_actor_id").alias("actor_id"),
            pl.col(f"{side}_name").alias("name"),
            pl.col(f"{side}_country").alias("country_code"),
            pl.col(f"{side}_role").alias("role"),
            pl.col(f"{side}_kind").alias("kind"),
            pl.col(f"{side}_text").alias("alias"),
        )
        for side in ("source", "target")
    ]
    seen = pl.concat(sides).filter(pl.col("actor_id").is_not_null())
    if seen.is_empty():
        return pl.DataFrame(schema=ACTOR_SCHEMA)

    def most_frequent(column: str) -> pl.DataFrame:
        return (
            seen.filter(pl.col(column).is_not_null())
            .group_by("actor_id", column)
            .len()
            .sort(["actor_id", "len", column], descending=[False, True, False])
            .group_by("actor_id", maintain_order=True)
            .first()
            .select("actor_id", column)
        )

    actors = seen.select("actor_id").unique()
    for column in ("name", "country_code", "role", "kind"):
        actors = actors.join(most_frequent(column), on="actor_id", how="left")
    actors = actors.with_columns(pl.col("name").fill_null(pl.col("actor_id")), pl.col("kind").fill_null("state"))

    spellings = pl.concat(
        [
            seen.select("actor_id", "alias"),
            actors.select("actor_id", pl.col("name").alias("alias")),
            _catalogue_alias_rows(catalogue_aliases).join(actors.select("actor_id"), on="actor_id", how="semi"),
        ]
    ).filter(pl.col("alias").is_not_null() & (pl.col("alias").str.strip_chars() != ""))
    aliases = spellings.unique().sort("actor_id", "alias").group_by("actor_id", maintain_order=True).agg(pl.col("alias").alias("aliases"))
    return actors.join(aliases, on="actor_id", how="left").sort("actor_id").select(list(ACTOR_SCHEMA))


def places_frame(mentions: pl.DataFrame | Iterable[EventMention]) -> pl.DataFrame:
    """One row per place where a mentioned event happened."""
    frame = _as_mentions_frame(mentions)
    places = frame.filter(pl.col("place_id").is_not_null()).select(
        "place_id",
        pl.col("place_name").alias("name"),
        pl.col("place_country").alias("country_code"),
        pl.col("place_latitude").alias("latitude"),
        pl.col("place_longitude").alias("longitude"),
        pl.col("place_geonames_id").alias("geonames_id"),
        pl.col("place_feature").alias("feature"),
    )
    return places.sort("place_id").unique("place_id", keep="first", maintain_order=True).cast(PLACE_SCHEMA)


def quarantine_frame(quarantined: Iterable[Quarantined]) -> pl.DataFrame:
    """One row per refused record."""
    rows = [
        {"file": q.file, "line": q.line, "reason": q.reason, "detail": q.detail, "payload": q.payload}
        for q in quarantined
    ]
    return pl.DataFrame(rows, schema=QUARANTINE_SCHEMA) if rows else pl.DataFrame(schema=QUARANTINE_SCHEMA)
