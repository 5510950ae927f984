"""One load: everything the caller computed, written to a staging copy and published atomically.

The caller (orchestration) holds `warehouse.snapshot.load_lock(path)`, reads
what is stored (warehouse.stored), re-clusters ALL mentions (transforms) and
hands the result here as a `LoadBatch`. `publish_batch` writes it in one
staging session (warehouse.snapshot): migrate, write, verify, publish. On any
exception the published file is untouched and the exception propagates.

Order of the writes, and why:
1. reference tables, quarantine (independent of the rest);
2. removed articles (row and mentions), then the batch's articles, then
   promotion of second reports whose first report is gone -- so a batch may
   both retract a first report and re-extract its promoted copy;
3. mentions of replaced articles, then every mention's event id from
   `mention_events` (which must cover every remaining mention); the
   rejected mentions of the batch's articles replace those stored for them;
4. events with the counts and timestamps computed here; merges; the changes
   feed (event_changes: added, revised, merged, retracted); actors, places;
   the id counter;
5. verification (verify_load.sql) -- a finding aborts the publish;
6. the derived read tables the API serves from (warehouse.read_tables:
   event_facts, actor_events, and text_postings, the word index of evidence
   sentences that replaces the fts index), on the finished tables, before the
   blocking checks (one of which compares them with events);
7. the blocking checks of warehouse/sql/checks.csv on the staging copy: one
   failure and nothing is published (`LoadError` naming the check).

A `mention_events` row with a NULL event_id means "this stored mention was
suppressed by an analyst's correction": it is deleted. A `new_mentions` row
replaces the stored row of the same mention_id (a corrected mention).
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import polars as pl

from warehouse.checks import blocking_failures, check_connection
from warehouse.read_tables import build_read_tables
from warehouse.snapshot import staging
from warehouse.validate import REJECTED_SCHEMA
from warehouse.sqlfiles import sql

log = logging.getLogger(__name__)

# Columns of the caller's events frame (transforms.events.EVENT_SCHEMA) this module stores.
EVENT_COLUMNS = {
    "event_id": pl.Int64,
    "event_date": pl.Date,
    "event_date_end": pl.Date,
    "date_precision": pl.String,
    "cameo_code": pl.String,
    "source_actor_id": pl.String,
    "target_actor_id": pl.String,
    "place_id": pl.String,
    "confidence": pl.Float64,
    "certainty": pl.String,
    "correction": pl.String,
    "is_symmetric": pl.Boolean,
}
EVENT_REQUIRED = ("event_id", "date_precision", "cameo_code", "source_actor_id")
ACTOR_COLUMNS = {
    "actor_id": pl.String,
    "name": pl.String,
    "country_code": pl.String,
    "role": pl.String,
    "kind": pl.String,
    "aliases": pl.List(pl.String),
}
PLACE_COLUMNS = {
    "place_id": pl.String,
    "name": pl.String,
    "country_code": pl.String,
    "latitude": pl.Float64,
    "longitude": pl.Float64,
    "geonames_id": pl.Int64,
    "feature": pl.String,
}
QUARANTINE_COLUMNS = {"file": pl.String, "line": pl.Int32, "reason": pl.String, "detail": pl.String, "payload": pl.String}
PAIR_COLUMNS = {"mention_id": pl.String, "event_id": pl.Int64}
REJECTED_COLUMNS = {**REJECTED_SCHEMA, "run_id": pl.String}  # and the run that coded them
MERGE_COLUMNS = {"old_event_id": pl.Int64, "event_id": pl.Int64}


class LoadError(RuntimeError):
    """The batch is inconsistent; nothing was published."""


@dataclass
class LoadBatch:
    """What one load writes; see the module docstring and docs/warehouse.md."""

    articles: pl.DataFrame
    quarantine: pl.DataFrame
    replaced_article_ids: list[str]
    removed_article_ids: list[str]
    new_mentions: pl.DataFrame
    mention_events: pl.DataFrame
    events: pl.DataFrame
    merges: pl.DataFrame
    actors: pl.DataFrame
    places: pl.DataFrame
    cameo_codes: pl.DataFrame | None = None
    countries: pl.DataFrame | None = None
    next_event_id: int = 1
    rejected_mentions: pl.DataFrame | None = None  # mentions of the batch's articles the validation set aside


@dataclass
class LoadReport:
    path: Path
    articles_written: int
    articles_removed: int
    mentions_written: int
    quarantined_added: int
    rejected_mentions_written: int
    mentions_total: int
    events_total: int
    events_new: int
    events_changed: int
    events_without_mentions: int
    articles_total: int
    migrations_applied: list[str] = field(default_factory=list)
    seconds: float = 0.0


def conform(frame: pl.DataFrame | None, columns: dict[str, pl.DataType], name: str, required=()) -> pl.DataFrame:
    """`frame` with exactly `columns` (missing optional ones as nulls), cast; a clear error otherwise."""
    if frame is None:
        return pl.DataFrame(schema=columns)
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise LoadError(f"LoadBatch.{name} lacks columns {missing}")
    filled = frame.with_columns(pl.lit(None, dtype=dtype).alias(c) for c, dtype in columns.items() if c not in frame.columns)
    try:
        return filled.select(list(columns)).cast(columns)
    except pl.exceptions.PolarsError as error:
        raise LoadError(f"LoadBatch.{name}: {error}") from error


def _table_columns(con: duckdb.DuckDBPyConnection, table: str) -> list[str]:
    rows = con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = ? AND database_name = current_database() ORDER BY column_index",
        [table],
    ).fetchall()
    return [r[0] for r in rows]


def _for_table(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame, table: str, name: str, required=()) -> pl.DataFrame:
    """The frame's columns that `table` has (extra columns such as actor names beside mentions are dropped)."""
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise LoadError(f"LoadBatch.{name} lacks columns {missing}")
    keep = [c for c in _table_columns(con, table) if c in frame.columns]
    return frame.select(keep)


def _ids(values) -> pl.DataFrame:
    return pl.DataFrame({"article_id": sorted({str(v) for v in values or []})}, schema={"article_id": pl.String})


def _count(con: duckdb.DuckDBPyConnection, query: str) -> int:
    return int(con.execute(query).fetchone()[0])


def _register(con: duckdb.DuckDBPyConnection, batch: LoadBatch) -> None:
    mentions = batch.new_mentions
    if "event_id" not in mentions.columns:
        mentions = mentions.with_columns(pl.lit(None, dtype=pl.Int64).alias("event_id"))
    frames = {
        "batch_articles": _for_table(con, batch.articles, "articles", "articles", ("article_id", "text", "content_hash")),
        "batch_quarantine": conform(batch.quarantine, QUARANTINE_COLUMNS, "quarantine", ("file", "reason")),
        "batch_replaced": _ids(batch.replaced_article_ids),
        "batch_removed": _ids(batch.removed_article_ids),
        "batch_new_mentions": _for_table(con, mentions, "event_mentions", "new_mentions", ("mention_id", "article_id")),
        "batch_mention_events": conform(batch.mention_events, PAIR_COLUMNS, "mention_events", tuple(PAIR_COLUMNS)),
        "batch_events": conform(batch.events, EVENT_COLUMNS, "events", EVENT_REQUIRED),
        "batch_merges": conform(batch.merges, MERGE_COLUMNS, "merges", tuple(MERGE_COLUMNS)),
        "batch_actors": conform(batch.actors, ACTOR_COLUMNS, "actors", ("actor_id",)),
        "batch_places": conform(batch.places, PLACE_COLUMNS, "places", ("place_id",)),
        "batch_rejected_mentions": conform(batch.rejected_mentions, REJECTED_COLUMNS, "rejected_mentions",
                                           ("mention_id", "rule", "article_id")),
    }
    if batch.cameo_codes is not None:
        frames["batch_cameo_codes"] = _for_table(con, batch.cameo_codes, "cameo_codes", "cameo_codes", ("cameo_code",))
    if batch.countries is not None:
        frames["batch_countries"] = _for_table(con, batch.countries, "countries", "countries", ("country_code",))
    for name, frame in frames.items():
        con.register(name, frame.to_arrow())


def _write(con: duckdb.DuckDBPyConnection, batch: LoadBatch, now: dt.datetime) -> dict[str, int]:
    con.execute(sql("load/load_parameters"))
    con.execute("INSERT INTO load_parameters VALUES (?, ?)", [now, int(batch.next_event_id)])
    _register(con, batch)
    con.execute(f"CREATE OR REPLACE TEMP TABLE fingerprints_before AS {sql('load/event_fingerprints')}")
    con.execute(sql("load/remember_previous_events"))

    if batch.cameo_codes is not None:
        con.execute(sql("load/replace_reference_cameo_codes"))
    if batch.countries is not None:
        con.execute(sql("load/replace_reference_countries"))
    quarantined_before = _count(con, "SELECT count(*) FROM quarantine")
    con.execute(sql("load/append_quarantine"))

    con.execute(sql("load/remove_articles"))
    con.execute(sql("load/upsert_articles"))
    con.execute(sql("load/promote_second_reports"))

    con.execute(sql("load/replace_mentions"))
    con.execute(sql("load/replace_rejected_mentions"))
    uncovered = con.execute(sql("load/mentions_without_assignment")).fetchall()
    if uncovered:
        raise LoadError(f"mention_events gives no event for stored mentions {[r[0] for r in uncovered]}")

    con.execute(f"CREATE OR REPLACE TEMP TABLE fingerprints_after AS {sql('load/event_fingerprints')}")
    con.execute(sql("load/replace_events"))
    con.execute(sql("load/record_merges"))
    con.execute(sql("load/record_changes"))  # the changes feed: this load's generation of event_changes
    con.execute(sql("load/upsert_actors"))
    con.execute(sql("load/upsert_places"))
    con.execute(sql("load/set_next_event_id"))

    problems = con.execute(sql("load/verify_load")).fetchall()
    if problems:
        raise LoadError("; ".join(f"{problem}: {ident}" for problem, ident in problems))
    changes = con.execute(sql("load/count_changes"))
    names = [d[0] for d in changes.description]
    counts = dict(zip(names, (int(v) for v in changes.fetchone())))
    counts["quarantined_added"] = _count(con, "SELECT count(*) FROM quarantine") - quarantined_before
    build_read_tables(con)
    return counts


def publish_batch(path: str | Path, batch: LoadBatch) -> LoadReport:
    """Write `batch` to a staging copy of the warehouse at `path` and publish it atomically.

    Loading the same batch twice leaves identical tables (timestamps included).
    On any exception the published file is untouched and the exception propagates.
    """
    started = time.perf_counter()
    path = Path(path)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)
    with staging(path) as session:
        counts = _write(session.con, batch, now)
        failed = blocking_failures(check_connection(session.con, blocking_only=True))
        if failed:  # the published file stays as it was; readers never see this load
            raise LoadError("blocking checks failed, nothing published: "
                            + "; ".join(f"{r.name}: {r.detail}" for r in failed))
        session.publish()
    report = LoadReport(
        path=path,
        articles_written=batch.articles.height,
        articles_removed=len(set(batch.removed_article_ids or [])),
        mentions_written=batch.new_mentions.height,
        rejected_mentions_written=0 if batch.rejected_mentions is None else batch.rejected_mentions.height,
        migrations_applied=list(session.migrations_applied),
        seconds=time.perf_counter() - started,
        **counts,
    )
    if report.events_without_mentions:
        log.warning("%d event(s) of the batch had no mention left and were not stored", report.events_without_mentions)
    return report
