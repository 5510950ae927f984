"""Events: every mention the warehouse keeps plus the new ones, clustered into happenings."""

from collections import Counter

import dagster as dg

from orchestration.resources import DyadConfig
from transforms.batch import LoadPlan, plan_load
from transforms.ingest.duplicates import Classification
from transforms.setaside import CodedMentions, without_failed
from warehouse.check_list import label_of
from warehouse.stored import next_event_id, stored_mentions

GROUP = "events"


@dg.asset(
    group_name=GROUP,
    deps=["cameo_codes"],
    kinds={"polars"},
    code_version="cluster-1",
    description="Not partitioned: the run's new mentions that passed validation (any days) with every stored mention of every day, "
    "clustered into one row per happening: all mentions clustered by canonical actors, CAMEO root and date (±1 day), "
    "across articles and batches; event ids stable across runs.",
)
def events(
    context: dg.AssetExecutionContext,
    dyad_config: DyadConfig,
    article_changes: Classification,
    event_mentions: CodedMentions,
) -> LoadPlan:
    # Articles whose coding failed are not stored (nor replaced: a stored older version stays as it is).
    changes = without_failed(article_changes, event_mentions.failures)
    leaving = {a.article_id for a in [*changes.new, *changes.changed]}
    everything = stored_mentions(dyad_config.warehouse)
    stored = everything.filter(~everything["article_id"].is_in(sorted(leaving))) if leaving else everything
    plan = plan_load(changes, event_mentions.mentions, stored, next_event_id(dyad_config.warehouse),
                     corrections=dyad_config.corrections or None, previous_events=everything)
    roots = Counter(code[:2] for code in plan.events["cameo_code"].to_list())
    context.add_output_metadata(
        {
            "events": len(plan.events),
            "mentions": len(plan.mention_events),
            "new_mentions": len(plan.new_mentions),
            "merged_event_ids": len(plan.merges),
            "events_per_cameo_root": dg.MetadataValue.json(dict(sorted(roots.items()))),
            "rejected_mentions_by_rule": dg.MetadataValue.json(
                {label_of(rule): n for rule, n in event_mentions.rejected_by_rule().items()}),
            "articles_whose_coding_failed": len(event_mentions.failures),
        }
    )
    return plan
