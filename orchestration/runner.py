"""Run the whole asset graph and its checks in-process, for `dyad run` and the tests."""
from __future__ import annotations

import time

import dagster as dg

from orchestration import settings
from orchestration.definitions import all_assets, check_defs
from orchestration.partitions import range_tags
from orchestration.resources import default_resources
from orchestration.sensors import days_of
from orchestration.stage import run_stage
from orchestration.summary import RunSummary
from transforms.setaside import coding_quarantine, without_failed
from warehouse.check_list import label_of
from warehouse.snapshot import load_lock
from warehouse.stored import count_events

QUIET = {"loggers": {"console": {"config": {"log_level": "ERROR"}}}}


def run_pipeline(articles: list[str], warehouse: str, *, instance: dg.DagsterInstance | None = None,
                 days: tuple[str, str] | None = None, recode: bool = False) -> RunSummary:
    """One in-process run over the publication days of `articles` (or `days`, first and last, inclusive)."""
    started = time.perf_counter()
    first, last = days or days_of(list(articles))
    run_config = {**QUIET, "ops": {"article_changes": {"config": {"recode": recode}}}}
    with run_stage(settings.default_stage()) as stage, load_lock(warehouse):
        resources = default_resources(articles=list(articles), warehouse=warehouse, stage=stage)
        result = dg.materialize(
            [*all_assets, *check_defs],
            resources=resources,
            instance=instance or dg.DagsterInstance.ephemeral(),
            run_config=run_config,
            tags=range_tags(first, last),
            raise_on_error=False,
        )
        return _summarise(result, warehouse, started)


def _summarise(result: dg.ExecuteInProcessResult, warehouse: str, started: float) -> RunSummary:
    summary = RunSummary(seconds=time.perf_counter() - started)
    if not result.success:
        summary.failed = True
        summary.error = _first_failure(result)
        return summary
    raw = result.output_for_node("raw_articles")
    changes = result.output_for_node("article_changes")
    coded = result.output_for_node("event_mentions")
    failed = coding_quarantine(changes, coded.failures)
    kept = without_failed(changes, coded.failures)
    refused = [*raw.quarantined, *changes.rejected, *failed]
    summary.read = len(raw.articles) + len(raw.quarantined)
    summary.quarantined = len(refused)
    summary.quarantine_details = [f"{q.file}{f':{q.line}' if q.line else ''}: {q.reason} — {q.detail}" for q in refused]
    summary.stored = len(kept.new) + len(kept.changed)
    summary.second_reports = len(kept.second_reports)
    summary.unchanged = len(changes.unchanged)
    summary.mentions = len(coded.mentions)
    summary.rejected = coded.rejected_count
    summary.rejected_by_rule = {label_of(rule): n for rule, n in coded.rejected_by_rule().items()}
    summary.unsupported_language = sum(1 for a in [*kept.new, *kept.changed] if a.language not in ("es", "en"))
    summary.events_total = count_events(warehouse)
    return summary


def _first_failure(result: dg.ExecuteInProcessResult) -> str:
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data and event.step_failure_data.error:
            error = event.step_failure_data.error
            while error.cause is not None:  # Dagster wraps what the step raised: say what it was
                error = error.cause
            return f"{event.step_key}: {error.message.strip()}"
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            data = event.event_specific_data
            evaluation = getattr(data, "asset_check_evaluation", data)
            if getattr(evaluation, "passed", True) is False:
                return f"check {evaluation.check_name} on {evaluation.asset_key.to_user_string()} failed"
    return "the run failed"


def retract_articles(warehouse: str, article_ids: list[str]) -> int:
    """Remove articles and their mentions; the remaining mentions are clustered again (ids kept)."""
    from transforms.batch import plan_load
    from transforms.ingest.duplicates import Classification
    from warehouse.load import LoadBatch, publish_batch
    from warehouse.stored import next_event_id, stored_articles, stored_mentions

    with load_lock(warehouse):
        stored_ids = {row[0] for row in stored_articles(warehouse)}
        present = [a for a in article_ids if a in stored_ids]
        if not present:
            return 0
        stored = stored_mentions(warehouse, exclude_article_ids=set(present))
        plan = plan_load(Classification(), [], stored, next_event_id(warehouse))
        publish_batch(warehouse, LoadBatch(
            articles=plan.articles, quarantine=None, replaced_article_ids=[], removed_article_ids=present,
            new_mentions=plan.new_mentions, mention_events=plan.mention_events, events=plan.events,
            merges=plan.merges, actors=plan.actors, places=plan.places, cameo_codes=None, countries=None,
            next_event_id=plan.next_event_id,
        ))
        return len(present)
