"""The inbox sensor and the feeds schedule; both start the whole graph over the days they touch.

Sensor cursor: a JSON object {file path: sha256 of its bytes} for every file of
DYAD_INBOX seen so far. A tick hashes the inbox, requests one run for the
files that are new or whose bytes changed (a changed `.json` sidecar counts as
its article changing), over the publication days of their articles, and
stores the new fingerprints; a tick with nothing new or changed requests
nothing. Deleted files are forgotten (retraction is `dyad retract`).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import dagster as dg

from orchestration import settings
from orchestration.partitions import article_day, range_tags, span, today
from orchestration.resources import DyadConfig
from transforms.ingest import read_inputs

dyad_job = dg.define_asset_job(
    "dyad_graph", selection=dg.AssetSelection.all(),
    description="Every asset over a range of publication days: read, code, cluster, publish, check.",
)


def inbox_fingerprints(inbox: Path) -> dict[str, str]:
    if not inbox.is_dir():
        return {}
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(inbox.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def _article_path(path: str) -> str:
    """A `.json` beside a `.txt` is that article's metadata: read the `.txt`, which picks it up."""
    p = Path(path)
    text = p.with_suffix(".txt")
    return str(text) if p.suffix == ".json" and text.exists() else path


def days_of(paths: list[str]) -> tuple[str, str]:
    """First and last partition the records of these files belong to."""
    now = dt.datetime.now(dt.timezone.utc)
    result = read_inputs(paths, now=now)
    days = {article_day(a, now.date()) for a in result.articles}
    if result.quarantined:
        days.add(now.date().isoformat())
    return span(days)


def run_request_for(paths: list[str], run_key: str) -> dg.RunRequest:
    first, last = days_of(paths)
    return dg.RunRequest(
        run_key=run_key,
        run_config={"ops": {"raw_articles": {"config": {"paths": paths}}}},
        tags={**range_tags(first, last), "dyad/trigger": "inbox"},
    )


@dg.sensor(job=dyad_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING,
           description="Starts a run for new or changed files in DYAD_INBOX, and for nothing else.")
def inbox_sensor(context: dg.SensorEvaluationContext, dyad_config: DyadConfig):
    seen: dict[str, str] = json.loads(context.cursor) if context.cursor else {}
    now = inbox_fingerprints(Path(dyad_config.inbox))
    touched = sorted(p for p, digest in now.items() if seen.get(p) != digest)
    if not touched:
        return dg.SkipReason(f"nothing new or changed in {dyad_config.inbox}")
    paths = sorted({_article_path(p) for p in touched})
    run_key = hashlib.sha256(json.dumps({p: now[p] for p in touched}, sort_keys=True).encode()).hexdigest()[:16]
    context.update_cursor(json.dumps(now, sort_keys=True))
    return run_request_for(paths, run_key)


FEED_WINDOW_DAYS = 7


@dg.schedule(job=dyad_job, cron_schedule=settings.feeds_cron(), default_status=dg.DefaultScheduleStatus.STOPPED,
             description="Reads the feeds of DYAD_FEEDS (stopped until switched on); items of the last week are coded.")
def feeds_schedule(context: dg.ScheduleEvaluationContext):
    feeds = settings.default_feeds()
    if not feeds:
        return dg.SkipReason("DYAD_FEEDS is empty")
    last = today()
    first = last - dt.timedelta(days=FEED_WINDOW_DAYS)
    return dg.RunRequest(
        run_config={"ops": {"raw_articles": {"config": {"paths": feeds}}}},
        tags={**range_tags(first.isoformat(), last.isoformat()), "dyad/trigger": "feeds"},
    )


sensor_defs = [inbox_sensor]
schedule_defs = [feeds_schedule]
