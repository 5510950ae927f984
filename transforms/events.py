"""Event mentions into events: clustering, stable event ids, event attributes.

DESIGN.md, "What makes two mentions one event": the same canonical source and
target actors (unordered for symmetric codes), the same CAMEO root, and event
dates within one day, in any article and any batch.

Clustering is single linkage along the sorted dates of each key: mentions on
days 1, 2 and 3 are one event, because each is within a day of the next.
Mentions without a date form one group per key (they cannot be placed on the
time line, and keeping them apart from dated ones would scatter the same
story). Everything here is pure Polars and deterministic: the result does not
depend on the order of the input rows.
"""
from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

import polars as pl

SYMMETRIC_CODES_CSV = Path(__file__).resolve().parent.parent / "seeds" / "reference" / "symmetric_cameo_codes.csv"

PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "unknown": 3}
CERTAINTY_RANK = {"asserted": 0, "reported": 1, "alleged": 2}

# Columns cluster_mentions and event_attributes read from a mention frame.
CLUSTER_COLUMNS = [
    "mention_id",
    "article_id",
    "cameo_code",
    "source_actor_id",
    "target_actor_id",
    "event_date",
    "event_date_end",
    "date_precision",
    "place_id",
    "confidence",
    "certainty",
    "correction",
]

EVENT_SCHEMA: dict[str, pl.DataType] = {
    "event_id": pl.Int64,
    "event_date": pl.Date,
    "event_date_end": pl.Date,
    "date_precision": pl.String,
    "cameo_code": pl.String,
    "source_actor_id": pl.String,
    "target_actor_id": pl.String,
    "place_id": pl.String,
    "num_mentions": pl.Int32,
    "confidence": pl.Float64,
    "certainty": pl.String,
    "correction": pl.String,
    "is_symmetric": pl.Boolean,
}


def load_symmetric_codes(path: Path | str | None = None) -> frozenset[str]:
    """The CAMEO codes whose direction does not matter (seeds/reference/symmetric_cameo_codes.csv).

    A code is symmetric when a listed code is a prefix of it ('057' covers '0571').
    """
    with open(path or SYMMETRIC_CODES_CSV, newline="", encoding="utf-8") as handle:
        return frozenset(row["cameo_code"].strip() for row in csv.DictReader(handle) if row["cameo_code"].strip())


def _symmetric_expr(symmetric: Iterable[str]) -> pl.Expr:
    codes = sorted(set(symmetric))
    if not codes:
        return pl.lit(False)
    return pl.any_horizontal([pl.col("cameo_code").str.starts_with(code) for code in codes]).fill_null(False)


def with_cluster_keys(mentions: pl.DataFrame, symmetric: Iterable[str] | None = None) -> pl.DataFrame:
    """Add cameo_root, is_symmetric, actor_lo/actor_hi (the unordered pair) and cluster_key."""
    symmetric = load_symmetric_codes() if symmetric is None else symmetric
    source = pl.col("source_actor_id").fill_null("")  # one known side: a target without a source is legal
    target = pl.col("target_actor_id").fill_null("")
    framed = mentions.with_columns(
        pl.col("cameo_code").str.slice(0, 2).alias("cameo_root"),
        _symmetric_expr(symmetric).alias("is_symmetric"),
        pl.when(source <= target).then(source).otherwise(target).alias("actor_lo"),
        pl.when(source <= target).then(target).otherwise(source).alias("actor_hi"),
    )
    first = pl.when(pl.col("is_symmetric")).then(pl.col("actor_lo")).otherwise(source)
    second = pl.when(pl.col("is_symmetric")).then(pl.col("actor_hi")).otherwise(target)
    return framed.with_columns(
        pl.concat_str(
            [pl.col("cameo_root"), pl.when(pl.col("is_symmetric")).then(pl.lit("S")).otherwise(pl.lit("D")), first, second],
            separator="|",
        ).alias("cluster_key")
    )


def cluster_mentions(mentions: pl.DataFrame, symmetric: Iterable[str] | None = None) -> pl.DataFrame:
    """Add `cluster` (an integer, unique per event within this frame) by DESIGN.md's rule."""
    keyed = with_cluster_keys(mentions, symmetric)
    keyed = keyed.sort(["cluster_key", "event_date", "mention_id"], nulls_last=True)
    day = pl.col("event_date").cast(pl.Int32)
    previous_day = day.shift(1).over("cluster_key")
    first_of_key = pl.int_range(pl.len()).over("cluster_key") == 0
    starts = first_of_key | (day.is_null() & previous_day.is_not_null()) | ((day - previous_day) > 1).fill_null(False)
    return keyed.with_columns(starts.cast(pl.Int64).cum_sum().alias("cluster"))


def assign_event_ids(mentions: pl.DataFrame, previous: pl.DataFrame, next_id: int) -> pl.DataFrame:
    """Give every cluster an event_id that never changes on re-runs.

    `previous` maps mention_id -> event_id as the warehouse holds them. A
    cluster keeps the smallest previous event_id among its members; when two
    clusters claim the same id (an event split, e.g. after a retraction), the
    one holding more of that event's mentions keeps it and the other tries its
    next id. Clusters with no previous id get new ids from `next_id`, in order
    of their first date, then key. `mentions` must carry `cluster` (see
    cluster_mentions); it is clustered here when it does not.
    """
    if "cluster" not in mentions.columns:
        mentions = cluster_mentions(mentions)
    previous = previous.select(pl.col("mention_id").cast(pl.String), pl.col("event_id").cast(pl.Int64)).drop_nulls()
    candidates = (
        mentions.select("mention_id", "cluster")
        .join(previous, on="mention_id", how="inner")
        .group_by("cluster", "event_id")
        .len()
    )
    kept: list[pl.DataFrame] = []
    while not candidates.is_empty():
        proposals = candidates.sort("cluster", "event_id").group_by("cluster", maintain_order=True).first()
        winners = (
            proposals.sort(["event_id", "len", "cluster"], descending=[False, True, False])
            .group_by("event_id", maintain_order=True)
            .first()
            .select("cluster", "event_id")
        )
        kept.append(winners)
        candidates = candidates.join(winners.select("cluster"), on="cluster", how="anti").join(
            winners.select("event_id"), on="event_id", how="anti"
        )
    assigned = pl.concat(kept) if kept else pl.DataFrame(schema={"cluster": pl.Int64, "event_id": pl.Int64})

    clusters = mentions.group_by("cluster").agg(
        pl.col("event_date").min().alias("_first_date"), pl.col("cluster_key").first().alias("_key")
    )
    fresh = (
        clusters.join(assigned, on="cluster", how="anti")
        .sort(["_first_date", "_key", "cluster"], nulls_last=True)
        .with_columns((pl.int_range(pl.len(), dtype=pl.Int64) + next_id).alias("event_id"))
        .select("cluster", "event_id")
    )
    ids = pl.concat([assigned.cast({"cluster": pl.Int64, "event_id": pl.Int64}), fresh])
    return mentions.drop("event_id", strict=False).join(ids, on="cluster", how="left")


def event_merges(assigned: pl.DataFrame, previous: pl.DataFrame) -> pl.DataFrame:
    """Previous event ids that no cluster kept though their mentions remain: old_event_id -> event_id."""
    previous = previous.select(pl.col("mention_id"), pl.col("event_id").cast(pl.Int64).alias("old_event_id")).drop_nulls()
    surviving = assigned.select("event_id").unique()
    return (
        assigned.select("mention_id", "event_id")
        .join(previous, on="mention_id", how="inner")
        .join(surviving.rename({"event_id": "old_event_id"}), on="old_event_id", how="anti")
        .group_by("old_event_id", "event_id")
        .len()
        .sort(["old_event_id", "len", "event_id"], descending=[False, True, False])
        .group_by("old_event_id", maintain_order=True)
        .first()
        .select("old_event_id", "event_id")
    )


def _code_specificity(code: pl.Expr) -> pl.Expr:
    """Longer codes are more specific; a 3-digit code ending in 0 means 'not specified below'."""
    return code.str.len_chars() * 2 - code.str.ends_with("0").cast(pl.Int32)


def event_attributes(assigned: pl.DataFrame) -> pl.DataFrame:
    """One row per event_id from its mentions (counts of articles and sources are the warehouse's).

    - date: the earliest date among the mentions with the best precision
      (day > month > year > unknown); the end date is the latest end among them;
    - cameo_code: the most specific code, then the most frequent, then the lowest;
    - source/target: from the most confident mention carrying that code
      (for symmetric codes the direction is that mention's);
    - place: the most frequent non-null place, GeoNames places before names
      and countries;
    - confidence: the maximum; certainty: the strongest (asserted > reported > alleged);
    - correction: the analysts' corrections applied to any member, comma-separated.
    """
    frame = assigned
    if "correction" not in frame.columns:
        frame = frame.with_columns(pl.lit(None, dtype=pl.String).alias("correction"))
    if "is_symmetric" not in frame.columns:
        frame = with_cluster_keys(frame)
    frame = frame.with_columns(
        pl.col("date_precision").replace_strict(PRECISION_RANK, default=3, return_dtype=pl.Int32).alias("_prec"),
        pl.col("certainty").replace_strict(CERTAINTY_RANK, default=0, return_dtype=pl.Int32).alias("_cert"),
    )
    best = pl.col("_prec") == pl.col("_prec").min().over("event_id")
    dates = (
        frame.filter(best)
        .group_by("event_id")
        .agg(
            pl.col("event_date").min(),
            pl.col("event_date_end").max(),
            pl.col("date_precision").first(),
        )
    )
    codes = (
        frame.group_by("event_id", "cameo_code")
        .len()
        .with_columns(_code_specificity(pl.col("cameo_code")).alias("_spec"))
        .sort(["event_id", "_spec", "len", "cameo_code"], descending=[False, True, True, False])
        .group_by("event_id", maintain_order=True)
        .first()
        .select("event_id", "cameo_code")
    )
    representative = (
        frame.join(codes, on=["event_id", "cameo_code"], how="semi")
        .sort(["event_id", "confidence", "event_date", "mention_id"], descending=[False, True, False, False], nulls_last=True)
        .group_by("event_id", maintain_order=True)
        .first()
        .select("event_id", "source_actor_id", "target_actor_id", "is_symmetric")
    )
    places = (
        frame.filter(pl.col("place_id").is_not_null())
        .group_by("event_id", "place_id")
        .len()
        .with_columns(
            pl.col("place_id").str.slice(0, 3).replace_strict({"gn:": 0, "nm:": 1, "cc:": 2}, default=3, return_dtype=pl.Int32).alias("_kind")
        )
        .sort(["event_id", "len", "_kind", "place_id"], descending=[False, True, False, False])
        .group_by("event_id", maintain_order=True)
        .first()
        .select("event_id", "place_id")
    )
    summary = frame.group_by("event_id").agg(
        pl.len().cast(pl.Int32).alias("num_mentions"),
        pl.col("confidence").max(),
        pl.col("_cert").min(),
        pl.col("correction").drop_nulls().str.split(",").list.explode(keep_nulls=False, empty_as_null=False).unique().sort().str.join(",").alias("correction"),
    )
    certainty_names = {rank: name for name, rank in CERTAINTY_RANK.items()}
    events = (
        summary.join(dates, on="event_id", how="left")
        .join(codes, on="event_id", how="left")
        .join(representative, on="event_id", how="left")
        .join(places, on="event_id", how="left")
        .with_columns(
            pl.col("_cert").replace_strict(certainty_names, default="asserted", return_dtype=pl.String).alias("certainty"),
            pl.when(pl.col("correction") == "").then(None).otherwise(pl.col("correction")).alias("correction"),
        )
    )
    return events.select(list(EVENT_SCHEMA)).cast(EVENT_SCHEMA).sort("event_id")


def cluster_and_assign(
    mentions: pl.DataFrame, previous: pl.DataFrame, next_id: int, symmetric: Iterable[str] | None = None
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """cluster_mentions + assign_event_ids + event_attributes + event_merges in one call.

    Returns (mentions with event_id, events, merges).
    """
    clustered = cluster_mentions(mentions, symmetric)
    assigned = assign_event_ids(clustered, previous, next_id)
    return assigned, event_attributes(assigned), event_merges(assigned, previous)
