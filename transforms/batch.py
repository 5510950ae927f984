"""Everything one load changes, computed in memory before the warehouse is touched.

`plan_load` joins the new mentions with the stored ones (minus those of the
articles being replaced or removed), applies the analysts' corrections
(transforms.corrections), clusters them all by DESIGN.md's rule
(transforms.events) and returns the frames the warehouse loader writes. Pure
Polars: the stored mentions come in as a frame, the result goes out as frames.

Corrections and the stored mentions: a stored mention a correction changes is
re-written (it is in `new_mentions`, which replace stored rows of the same
mention_id); one it suppresses is in `mention_events` with a null event_id,
which tells the loader to delete it. So the warehouse always holds the
corrected mentions, with the correction's id in `correction`.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from transforms.corrections import CORRECTED_COLUMNS, Corrections, Problem, apply_corrections, load_corrections
from transforms.events import CLUSTER_COLUMNS, EVENT_SCHEMA, cluster_and_assign
from transforms.frames import MENTION_SCHEMA, actors_frame, articles_frame, mentions_frame, places_frame
from transforms.ingest.duplicates import Classification
from transforms.records import EventMention

log = logging.getLogger(__name__)

PAIR_SCHEMA = {"mention_id": pl.String, "event_id": pl.Int64}
STORED_COLUMNS = {**MENTION_SCHEMA, "correction": pl.String}


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
    correction_problems: list[Problem] = field(default_factory=list)
    suppressed_mention_ids: list[str] = field(default_factory=list)


def _with_correction(frame: pl.DataFrame) -> pl.DataFrame:
    if "correction" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("correction"))
    return frame


def _stored_rows(frame: pl.DataFrame) -> pl.DataFrame:
    frame = _with_correction(frame)
    missing = [pl.lit(None, dtype=t).alias(c) for c, t in STORED_COLUMNS.items() if c not in frame.columns]
    return frame.with_columns(missing).select(list(STORED_COLUMNS)).cast(STORED_COLUMNS)


def _ids(frame: pl.DataFrame, *columns: str) -> set[str]:
    return {v for c in columns for v in frame[c].drop_nulls().unique().to_list()}


def _resolve(corrections: Corrections | str | Path | None) -> Corrections | None:
    if corrections is None or isinstance(corrections, Corrections):
        return corrections
    return load_corrections(corrections)


def _rewritten(stored: pl.DataFrame, corrected: pl.DataFrame) -> pl.DataFrame:
    """The stored mentions whose corrected values differ from what the warehouse holds."""
    columns = list(CORRECTED_COLUMNS)
    joined = stored.select("mention_id", *columns).join(
        corrected.select("mention_id", *columns), on="mention_id", how="inner", suffix="_new")
    differs = pl.any_horizontal([pl.col(c).ne_missing(pl.col(f"{c}_new")) for c in columns])
    return joined.filter(differs).select("mention_id")


def plan_load(
    changes: Classification,
    mentions: list[EventMention],
    stored_mentions: pl.DataFrame,
    next_event_id: int,
    catalogue_aliases: pl.DataFrame | None = None,
    corrections: Corrections | str | Path | None = None,
    previous_events: pl.DataFrame | None = None,
) -> LoadPlan:
    """`stored_mentions`: the stored event_mentions rows (with event_id) of every article that stays.

    `previous_events`: mention_id -> event_id of every stored mention, re-coded articles included, so
    that their mentions keep the ids they had (DESIGN.md: ids never change on re-runs).

    `corrections`: parsed corrections or the path of a corrections file
    (seeds/corrections.yaml); None applies none. Its problems are logged and
    returned in `LoadPlan.correction_problems`, never raised.
    """
    coded = [*changes.new, *changes.changed]
    duplicate_of = {a.article_id: first for a, first in changes.second_reports}
    articles = articles_frame([*coded, *(a for a, _ in changes.second_reports)], duplicate_of)
    new = mentions_frame(mentions)
    stored = _stored_rows(stored_mentions)
    if previous_events is not None:
        # every stored mention's event id, those being re-coded included: a re-coded sentence keeps its event
        previous = previous_events.select("mention_id", pl.col("event_id").cast(pl.Int64))
    elif "event_id" in stored_mentions.columns:
        previous = stored_mentions.select("mention_id", "event_id")
    else:
        previous = pl.DataFrame(schema=PAIR_SCHEMA)
    combined = pl.concat([stored, _stored_rows(new)], how="vertical_relaxed")

    problems: list[Problem] = []
    suppressed: list[str] = []
    resolved = _resolve(corrections)
    if resolved is not None:
        def members(frame: pl.DataFrame) -> pl.DataFrame:
            return cluster_and_assign(frame.select(CLUSTER_COLUMNS), previous, next_event_id)[0].select("mention_id", "event_id")

        combined, suppressed, applied_problems = apply_corrections(
            combined, resolved, members,
            known_actor_ids=_ids(combined, "source_actor_id", "target_actor_id"),
            known_place_ids=_ids(combined, "place_id"),
        )
        problems = [*resolved.problems, *applied_problems]
        for problem in problems:
            log.warning("correction problem: %s", problem)

    if combined.is_empty():
        assigned = pl.DataFrame(schema=PAIR_SCHEMA)
        events = pl.DataFrame(schema=EVENT_SCHEMA)
        merges = pl.DataFrame(schema={"old_event_id": pl.Int64, "event_id": pl.Int64})
    else:
        assigned, events, merges = cluster_and_assign(combined.select(CLUSTER_COLUMNS), previous, next_event_id)
    ids = assigned.select("mention_id", pl.col("event_id").cast(pl.Int64))
    highest = events["event_id"].max() if not events.is_empty() else None

    written = pl.concat([new.select("mention_id"), _rewritten(stored, combined)]).unique()
    new_rows = combined.join(written, on="mention_id", how="semi").join(ids, on="mention_id", how="left")
    gone = stored.select("mention_id").filter(pl.col("mention_id").is_in(suppressed))
    mention_events = pl.concat([ids, gone.with_columns(pl.lit(None, dtype=pl.Int64).alias("event_id"))])
    return LoadPlan(
        articles=articles,
        replaced_article_ids=[a.article_id for a in coded],
        new_mentions=new_rows.sort("mention_id"),
        mention_events=mention_events,
        events=events,
        merges=merges,
        actors=actors_frame(new, catalogue_aliases),
        places=places_frame(new),
        next_event_id=max(next_event_id, (highest or 0) + 1),
        correction_problems=problems,
        suppressed_mention_ids=sorted(suppressed),
    )
