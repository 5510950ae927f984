"""Articles in: read every input, keep the run's publication days, quarantine bad records, classify."""

import datetime as dt
from collections import Counter

import dagster as dg

from orchestration.partitions import article_day, clamp, covers, detailed, monthly_asset, run_days
from orchestration.resources import DyadConfig
from transforms.ingest import read_inputs
from transforms.ingest.duplicates import Classification, classify
from transforms.records import IngestResult
from warehouse.stored import stored_articles

GROUP = "ingest"
BACKFILL_TAG = "dagster/backfill"


class IngestConfig(dg.Config):
    """`paths` replace the configured inputs for one run (the inbox sensor passes the files it saw)."""

    paths: list[str] = []


class RecodeConfig(dg.Config):
    """`recode`: code again articles stored unchanged (after a dictionary change). Backfills always do."""

    recode: bool = False


@monthly_asset(group_name=GROUP, code_version="ingest-1",
          description="The input records published on the run's days, normalised; bad ones quarantined with a reason "
                      "(undated and quarantined records belong to the day they are read).")
def raw_articles(context: dg.AssetExecutionContext, config: IngestConfig, dyad_config: DyadConfig) -> IngestResult:
    now = dt.datetime.now(dt.timezone.utc)
    every = read_inputs(config.paths or dyad_config.articles, now=now)
    days = run_days(context)
    kept = [a for a in every.articles if covers(days, clamp(article_day(a, now.date())))]
    quarantined = every.quarantined if covers(days, now.date().isoformat()) else []
    result = IngestResult(articles=kept, quarantined=quarantined)
    context.add_output_metadata(detailed(context,
        {
            "articles": len(kept),
            "published_on_other_days": len(every.articles) - len(kept),
            "quarantined": len(quarantined),
            "quarantine_reasons": dg.MetadataValue.json(dict(Counter(q.reason for q in quarantined))),
            "languages": dg.MetadataValue.json(dict(Counter(a.language or "unknown" for a in kept))),
            "rejected": dg.MetadataValue.md(_rejected_table(result)),
        }
    ))
    return result


@monthly_asset(group_name=GROUP, code_version="classify-1",
          description="Which articles are new, changed, second reports of a stored text, or nothing new; "
                      "in a backfill (or with recode) the unchanged ones are coded again too.")
def article_changes(context: dg.AssetExecutionContext, config: RecodeConfig, dyad_config: DyadConfig,
                    raw_articles: IngestResult) -> Classification:
    changes = classify(raw_articles.articles, stored_articles(dyad_config.warehouse))
    recoded = 0
    if config.recode or BACKFILL_TAG in context.run.tags:
        # Stored unchanged articles are replaced by themselves: their mentions are coded again, event ids kept.
        again = [a for a in raw_articles.articles if a.article_id in set(changes.unchanged)
                 and changes.unchanged_as.get(a.article_id, a.article_id) == a.article_id]
        changes.changed.extend(again)
        changes.unchanged = [i for i in changes.unchanged if i not in {a.article_id for a in again}]
        recoded = len(again)
    context.add_output_metadata(
        {
            "new": len(changes.new),
            "changed": len(changes.changed),
            "recoded": recoded,
            "second_reports": len(changes.second_reports),
            "unchanged": len(changes.unchanged),
            "rejected": len(changes.rejected),
        }
    )
    return changes


def _rejected_table(result: IngestResult, limit: int = 20) -> str:
    if not result.quarantined:
        return "_nothing rejected_"
    rows = ["| file | line | reason | detail |", "|---|---|---|---|"]
    for q in result.quarantined[:limit]:
        rows.append(f"| {q.file} | {q.line or ''} | {q.reason} | {q.detail.replace('|', '/')} |")
    return "\n".join(rows)


article_assets = [raw_articles, article_changes]
