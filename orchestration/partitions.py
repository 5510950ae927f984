"""Monthly partitions by publication month; a run's publication days are its first and last day.

An article belongs to the partition of its `published_at`'s month; an undated one, and every
quarantined record, to the day (and month) it is read (UTC). A run covers a contiguous range of days,
first..last inclusive (a single-run backfill): its tags name the months for Dagster and the days for
the assets, so re-coding a week after a dictionary change codes that week's articles only. A run the
UI launches over months, without day tags, covers every day of them.
Why months, not days: Dagster records one materialisation per partition and asset of a range run.
A corpus spread over years (the dev corpus: 28 articles over 855 days) cost 2,600 recorded events
with daily partitions, a third of its `dyad run`; 87 with monthly ones.
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


def month_of(day: str) -> str:
    """The partition key of a day ("2025-07-11" -> "2025-07-01")."""
    return f"{day[:7]}-01"


MONTHS = dg.MonthlyPartitionsDefinition(start_date=month_of(settings.first_day()), end_offset=1)
SINGLE_RUN = dg.BackfillPolicy.single_run()
RANGE_START, RANGE_END = "dagster/asset_partition_range_start", "dagster/asset_partition_range_end"
FIRST_DAY, LAST_DAY = "dyad/first_day", "dyad/last_day"
# Dagster copies a range run's output metadata onto every month of the range. Up to a quarter the
# copies carry the run's tables and breakdowns; a longer range (a corpus spread over years) carries
# its counts only. The unpartitioned `events` asset, written once per run, holds the rejections by
# rule, and the warehouse every rejected row.
DETAILED_MONTHS = 3


def monthly_asset(**kwargs):
    """`dg.asset` partitioned by MONTHS with a single-run backfill policy (a range is one run).

    Deliberate: `backfill_policy` is the documented route to range runs; only its beta notice is silenced, here.
    """
    def decorate(fn):
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=r"Parameter `backfill_policy`", category=dg.BetaWarning)
            return dg.asset(partitions_def=MONTHS, backfill_policy=SINGLE_RUN, **kwargs)(fn)

    return decorate


def today() -> dt.date:
    return dt.datetime.now(dt.timezone.utc).date()


def article_day(article: Article, read_on: dt.date | None = None) -> str:
    day = article.published_at or read_on or today()
    if isinstance(day, dt.datetime):
        day = day.date()
    return day.isoformat()


def run_days(context: dg.AssetExecutionContext) -> tuple[str, str]:
    """The first and last publication day this step covers (the run's day tags, else its months' days)."""
    tags = context.run.tags
    if FIRST_DAY in tags and LAST_DAY in tags:
        return tags[FIRST_DAY], tags[LAST_DAY]
    window = context.partition_time_window
    return window.start.date().isoformat(), (window.end.date() - dt.timedelta(days=1)).isoformat()


def covers(days: tuple[str, str], day: str) -> bool:
    first, last = days
    return first <= day <= last


def detailed(context: dg.AssetExecutionContext, metadata: dict) -> dict:
    """`metadata` as recorded on each month of this step: the scalar counts only when it covers over a quarter."""
    if len(context.partition_keys) <= DETAILED_MONTHS:
        return metadata
    return {name: value for name, value in metadata.items() if isinstance(value, (int, float, str))}


def range_tags(first: str, last: str) -> dict[str, str]:
    """Run tags that make one run cover the days first..last (inclusive), and the months that hold them."""
    return {RANGE_START: month_of(first), RANGE_END: month_of(last), FIRST_DAY: first, LAST_DAY: last}


def clamp(day: str) -> str:
    """A day moved into the partitions' span (dates before the first partition go to the first)."""
    return max(day, settings.first_day())


def span(days: set[str]) -> tuple[str, str]:
    clamped = sorted(clamp(d) for d in days) or [today().isoformat()]
    return clamped[0], clamped[-1]
