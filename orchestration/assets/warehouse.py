"""The DuckDB warehouse: one atomic load publishes every table and view together.

The tables and views are one multi-asset because DuckDB lets one process
write a file and readers must never see half a load: they are written into a
staging copy and published in one `os.replace` (warehouse/snapshot.py).
"""

import dagster as dg
import polars as pl

from orchestration.resources import DyadConfig
from transforms.batch import LoadPlan
from transforms.frames import quarantine_frame
from transforms.records import IngestResult
from transforms.ingest.duplicates import Classification
from transforms.setaside import CodedMentions, coding_quarantine
from warehouse.load import LoadBatch, publish_batch

GROUP = "warehouse"
TABLES = ["articles", "quarantine", "actors", "places", "event_mentions", "events", "rejected_mentions", "cameo_codes",
          "countries"]
VIEWS = ["article_events", "events_wide", "daily_dyad_counts", "daily_article_counts", "gdelt_events", "gdelt_mentions"]
_VIEW_SOURCES = {
    "article_events": ["articles", "events", "event_mentions", "actors", "places", "cameo_codes"],
    "events_wide": ["events", "event_mentions", "actors", "places", "cameo_codes", "articles"],
    "daily_dyad_counts": ["events", "actors"],
    "daily_article_counts": ["articles"],
    "gdelt_events": ["events", "actors", "places", "cameo_codes"],
    "gdelt_mentions": ["event_mentions", "articles", "events"],
}


def _key(name: str) -> dg.AssetKey:
    return dg.AssetKey(["warehouse", name])


_SPECS = [
    dg.AssetSpec(_key(t), description=f"Table `{t}` of the DuckDB warehouse.", kinds={"duckdb"}, group_name=GROUP,
                 deps=["events", "raw_articles", "article_changes", "event_mentions", "cameo_codes", "countries"])
    for t in TABLES
] + [
    dg.AssetSpec(_key(v), description=f"View `{v}` for analysts.", kinds={"duckdb"}, group_name=GROUP,
                 deps=[_key(s) for s in _VIEW_SOURCES[v]])
    for v in VIEWS
]


@dg.multi_asset(specs=_SPECS, can_subset=False, code_version="load-1", description="Publish the load into the warehouse file atomically.")
def warehouse_tables(
    context: dg.AssetExecutionContext,
    dyad_config: DyadConfig,
    raw_articles: IngestResult,
    article_changes: Classification,
    event_mentions: CodedMentions,
    events: LoadPlan,
    cameo_codes: pl.DataFrame,
    countries: pl.DataFrame,
):
    set_aside = coding_quarantine(article_changes, event_mentions.failures)
    rejected = event_mentions.rejected
    batch = LoadBatch(
        articles=events.articles,
        quarantine=quarantine_frame([*raw_articles.quarantined, *article_changes.rejected, *set_aside]),
        replaced_article_ids=events.replaced_article_ids,
        removed_article_ids=[],
        new_mentions=events.new_mentions,
        mention_events=events.mention_events,
        events=events.events,
        merges=events.merges,
        actors=events.actors,
        places=events.places,
        cameo_codes=cameo_codes,
        countries=countries,
        next_event_id=events.next_event_id,
        rejected_mentions=None if rejected is None else rejected.with_columns(pl.lit(context.run.run_id).alias("run_id")),
    )
    report = publish_batch(dyad_config.warehouse, batch)
    rows = {"articles": report.articles_total, "event_mentions": report.mentions_total, "events": report.events_total,
            "cameo_codes": cameo_codes.height, "countries": countries.height}
    facts = {"articles": {"articles_written": report.articles_written},
             "events": {"events_new": report.events_new, "events_changed": report.events_changed},
             "quarantine": {"quarantined_added": report.quarantined_added},
             "rejected_mentions": {"rejected_mentions_written": report.rejected_mentions_written},
             "event_mentions": {"mentions_written": report.mentions_written}}
    for name in [*TABLES, *VIEWS]:
        metadata = {"file": dyad_config.warehouse, **facts.get(name, {})}
        if name in rows:
            metadata["dagster/row_count"] = int(rows[name])
        yield dg.MaterializeResult(asset_key=_key(name), metadata=metadata)


warehouse_assets = [warehouse_tables]
