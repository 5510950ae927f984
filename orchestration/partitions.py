"""Daily partitions by publication day, shared by the ingest and NLP assets.

An article belongs to the partition of its `published_at`; an undated one,
and every quarantined record, to the partition of the day it is read (UTC).
A run covers one partition or a contiguous range (a single-run backfill), so
re-coding a week after a dictionary change codes that week's articles only.
`events` and the warehouse are not partitioned: `events` clusters the run's
new mentions together with every stored mention of every other day, so
clusters cross partition boundaries (±1 day) exactly as before.
"""
from __future__ import annotations

import datetime as dt
import warnings

import dagster as dg

from orchestration import settings
from transforms.records import Article

DAYS = dg.DailyPartitionsDefinition(start_date=settings.first_day(), end_offset=1)
SINGLE_RUN = dg.BackfillPolicy.single_run()
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
# Dagster copies a range run's output metadata onto every day of the range. Up to a week (the sensor's
# and the schedule's runs) the copies carry the run's tables and breakdowns; a longer range (a corpus
# spread over years: 855 days on the dev corpus) carries its counts only. The unpartitioned `events`
# asset, written once per run, holds the rejections by rule, and the warehouse every rejected row.
# Thousands of copies of one table told nothing more and were a third of what recording a run cost.
DETAILED_DAYS = 7


def daily_asset(**kwargs):
    """`dg.asset` partitioned by DAYS with a single-run backfill policy (a range is one run).

    Deliberate: `backfill_policy` is the documented route to range runs; only its beta notice is silenced, here.
    """
    def decorate(fn):
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Parameter `backfill_policy`", category=dg.BetaWarning)
            return dg.asset(partitions_def=DAYS, backfill_policy=SINGLE_RUN, **kwargs)(fn)

    return decorate


def today() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


def article_day(article: Article, read_on: dt.date | None = None) -> str:
    day = article.published_at or read_on or today()
    if isinstance(day, dt.datetime):
        day = day.date()
    return day.isoformat()


def run_days(context: dg.AssetExecutionContext) -> set[str]:
    """The partition keys this step covers (one day, or every day of a range)."""
    return set(context.partition_keys)


def detailed(context: dg.AssetExecutionContext, metadata: dict) -> dict:
    """`metadata` as recorded on each day of this step: the scalar counts only when it covers over a week."""
    if len(context.partition_keys) <= DETAILED_DAYS:
        return metadata
    return {name: value for name, value in metadata.items() if isinstance(value, (int, float, str))}


def range_tags(first: str, last: str) -> dict[str, str]:
    """Run tags that make one run cover the partitions first..last (inclusive)."""
    return {RANGE_START: first, RANGE_END: last}


def clamp(day: str) -> str:
    """A day moved into the partitions' span (dates before the first partition go to the first)."""
    return max(day, settings.first_day())


def span(days: set[str]) -> tuple[str, str]:
    clamped = sorted(clamp(d) for d in days) or [today().isoformat()]
    return clamped[0], clamped[-1]
