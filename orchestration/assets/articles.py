"""Articles in: read every input, quarantine bad records, classify against the warehouse."""

import datetime as dt
from collections import Counter

import dagster as dg

from orchestration.resources import DyadConfig
from transforms.ingest import read_inputs
from transforms.ingest.duplicates import Classification, classify
from transforms.records import IngestResult
from warehouse.stored import stored_articles

GROUP = "ingest"


@dg.asset(group_name=GROUP, description="Every input record, normalised; bad ones quarantined with a reason.")
def raw_articles(context: dg.AssetExecutionContext, dyad_config: DyadConfig) -> IngestResult:
    result = read_inputs(dyad_config.articles, now=dt.datetime.now(dt.timezone.utc))
    reasons = Counter(q.reason for q in result.quarantined)
    languages = Counter(a.language or "unknown" for a in result.articles)
    context.add_output_metadata(
        {
            "read": len(result.articles) + len(result.quarantined),
            "articles": len(result.articles),
            "quarantined": len(result.quarantined),
            "quarantine_reasons": dg.MetadataValue.json(dict(reasons)),
            "languages": dg.MetadataValue.json(dict(languages)),
            "rejected": dg.MetadataValue.md(_rejected_table(result)),
        }
    )
    return result


@dg.asset(group_name=GROUP, description="Which articles are new, changed, second reports of a stored text, or nothing new.")
def article_changes(context: dg.AssetExecutionContext, dyad_config: DyadConfig, raw_articles: IngestResult) -> Classification:
    changes = classify(raw_articles.articles, stored_articles(dyad_config.warehouse))
    context.add_output_metadata(
        {
            "new": len(changes.new),
            "changed": len(changes.changed),
            "second_reports": len(changes.second_reports),
            "unchanged": len(changes.unchanged),
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
