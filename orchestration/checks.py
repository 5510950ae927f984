"""Asset checks on the published warehouse: warehouse.checks' SQL checks, one Dagster check each.

Integrity (keys, links, codes, dates, countries) is ERROR and blocking: a
failure fails the run and stops `event_digest` and anything else downstream of
the warehouse. The events-per-article anomaly (and second reports carrying
mentions) are WARN: they show in the UI and never stop a run.
"""
from __future__ import annotations

import dagster as dg

from orchestration.resources import DyadConfig
from warehouse.checks import run_checks

WARN_ONLY = {"events_per_article_anomaly", "second_reports_have_no_mentions"}

# check name -> (warehouse table it guards, what it means)
CHECKS = {
    "article_keys_unique_not_null": ("articles", "article ids are unique and not null"),
    "second_reports_have_no_mentions": ("articles", "second reports share the first report's events, with no mentions of their own"),
    "event_keys_unique_not_null": ("events", "event ids are unique and not null"),
    "events_have_valid_cameo_codes": ("events", "every event has a CAMEO code of the code list"),
    "events_not_after_publication": ("events", "no event is dated after the articles that state it (announced future acts are dated on announcement)"),
    "events_have_mentions_and_articles": ("events", "every event has a mention and an article"),
    "event_counts_match_mentions": ("events", "num_mentions / num_articles agree with event_mentions"),
    "events_per_article_anomaly": ("events", "events per article today within 3x of the 30-day average"),
    "mention_keys_unique_not_null": ("event_mentions", "mention ids are unique and not null"),
    "references_resolve": ("event_mentions", "referential integrity: mentions, events, actors and places resolve"),
    "actor_countries_in_code_list": ("actors", "actor countries come from the country code list"),
}


def _spec(name: str) -> dg.AssetCheckSpec:
    table, description = CHECKS[name]
    return dg.AssetCheckSpec(name, asset=dg.AssetKey(["warehouse", table]), description=description,
                             blocking=name not in WARN_ONLY)


SPECS = [_spec(name) for name in CHECKS]


@dg.multi_asset_check(specs=SPECS, description="The SQL checks of warehouse/sql/checks on the published file, read-only.")
def warehouse_checks(dyad_config: DyadConfig):
    results = {r.name: r for r in run_checks(dyad_config.warehouse)}
    for spec in SPECS:
        result = results.get(spec.name)
        if result is None:
            yield dg.AssetCheckResult(check_name=spec.name, asset_key=spec.asset_key, passed=False,
                                      severity=dg.AssetCheckSeverity.ERROR, metadata={"detail": "check file missing"})
            continue
        severity = dg.AssetCheckSeverity.WARN if spec.name in WARN_ONLY else dg.AssetCheckSeverity.ERROR
        yield dg.AssetCheckResult(check_name=spec.name, asset_key=spec.asset_key, passed=result.passed,
                                  severity=severity, metadata={"detail": result.detail})


check_defs = [warehouse_checks]
