"""Everything one load changes, computed in memory before the warehouse is touched.

`plan_load` joins the new mentions with the stored ones (minus those of the
articles being replaced or removed), clusters them all by DESIGN.md's rule
(transforms.events) and returns the frames the warehouse loader writes. Pure
Polars: the stored mentions come in as a frame, the result goes out as frames.
"""
from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from transforms.events import CLUSTER_COLUMNS, EVENT_SCHEMA, cluster_and_assign
from transforms.frames import MENTION_SCHEMA, actors_frame, articles_frame, mentions_frame, places_frame
from transforms.ingest.duplicates import Classification
from transforms.records import EventMention


@dataclass
class LoadPlan:
    articles: pl.DataFrame
    replaced_article_ids: list[str]
    new_mentions: pl.DataFrame
    mention_events: pl.DataFrame
    events: pl.DataFrame
    merges: pl.DataFrame
    actors: pl.DataFrame
    places: pl.DataFrame
    next_event_id: int


def _cluster_input(frame: pl.DataFrame) -> pl.DataFrame:
    if "correction" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("correction"))
    return frame.select(CLUSTER_COLUMNS)


def plan_load(
    changes: Classification,
    mentions: list[EventMention],
    stored_mentions: pl.DataFrame,
    next_event_id: int,
    catalogue_aliases: pl.DataFrame | None = None,
) -> LoadPlan:
    """`stored_mentions`: the stored event_mentions rows (with event_id) of every article that stays."""
    coded = [*changes.new, *changes.changed]
    duplicate_of = {a.article_id: first for a, first in changes.second_reports}
    articles = articles_frame([*coded, *(a for a, _ in changes.second_reports)], duplicate_of)
    new = mentions_frame(mentions)
    stored = stored_mentions
    combined = pl.concat([_cluster_input(stored), _cluster_input(new)], how="vertical_relaxed")
    previous = stored.select("mention_id", "event_id") if "event_id" in stored.columns else pl.DataFrame(
        schema={"mention_id": pl.String, "event_id": pl.Int64})
    if combined.is_empty():
        assigned = pl.DataFrame(schema={"mention_id": pl.String, "event_id": pl.Int64})
        events = pl.DataFrame(schema=EVENT_SCHEMA)
        merges = pl.DataFrame(schema={"old_event_id": pl.Int64, "event_id": pl.Int64})
    else:
        assigned, events, merges = cluster_and_assign(combined, previous, next_event_id)
    ids = assigned.select("mention_id", pl.col("event_id").cast(pl.Int64))
    highest = events["event_id"].max() if not events.is_empty() else None
    new_rows = new.select(list(MENTION_SCHEMA)).join(ids, on="mention_id", how="left")
    return LoadPlan(
        articles=articles,
        replaced_article_ids=[a.article_id for a in coded],
        new_mentions=new_rows,
        mention_events=ids,
        events=events,
        merges=merges,
        actors=actors_frame(new, catalogue_aliases),
        places=places_frame(new),
        next_event_id=max(next_event_id, (highest or 0) + 1),
    )
