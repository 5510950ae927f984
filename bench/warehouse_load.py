"""Load throughput of the warehouse: publish_batch against DuckDB's own bulk insert of the same rows.

    .venv/bin/python bench/warehouse_load.py [--events 1000000] [--mentions-per-event 1.5] [--workdir DIR]

Builds --events synthetic events (vectorised Polars: ~1.5 mentions each with a
realistic evidence sentence, 2 mentions per article, 5,000 actors, 1,000
places, CAMEO codes from seeds/reference/cameo_codes.csv, events over 4,000
days and each article published on the day of the latest event it reports or
up to two days later), then times:

1. `warehouse.load.publish_batch` into a new warehouse file: staging copy,
   migrations, every write and check of a load, the derived read tables the
   API serves from (warehouse.read_tables), CHECKPOINT, fsync, atomic rename;
2. the same again, onto the now-full file (a re-run: every row replaced);
3. the baseline: a fresh DuckDB file with the same DDL and plain
   `INSERT INTO t SELECT * FROM arrow` of the same articles, mentions, events,
   actors and places, then CHECKPOINT.

Prints events per second for each and the ratio to the baseline; also the
read-table build alone (on a copy of the published file), the time of every
check of warehouse/sql/checks.csv on the published file (what the Dagster
asset checks run) and which of them fail (none: the data are realistic --
each mention dated on or before its article's day, offsets inside its text). Clustering
(transforms) is not timed here.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from transforms.frames import ACTOR_SCHEMA, ARTICLE_SCHEMA, MENTION_SCHEMA, PLACE_SCHEMA  # noqa: E402
from warehouse.checks import run_checks  # noqa: E402
from warehouse.connect import connect_writable  # noqa: E402
from warehouse.load import LoadBatch, publish_batch  # noqa: E402
from warehouse.migrate import migrate  # noqa: E402
from warehouse.read_tables import build_read_tables  # noqa: E402

WORDS = ("visitó reunió ministro canciller Moscú Pekín Wonsan acuerdo cooperación sanciones ejército frontera "
         "declaró apoyo condenó negociaciones presidente gobierno oposición protesta ataque misil").split()


def cameo_codes() -> list[str]:
    with open(REPO / "seeds" / "reference" / "cameo_codes.csv", newline="", encoding="utf-8") as handle:
        return [row["cameo_code"] for row in csv.DictReader(handle) if len(row["cameo_code"]) >= 3]


def synthetic(n_events: int, per_event: float) -> LoadBatch:
    n_mentions = int(n_events * per_event)
    codes = pl.Series(cameo_codes())
    actors = pl.DataFrame({"actor_id": [f"A{i:04d}" for i in range(5000)]})
    places = pl.DataFrame({"place_id": [f"gn:{1_000_000 + i}" for i in range(1000)]})
    m = pl.DataFrame({"i": pl.arange(0, n_mentions, eager=True)})
    # Every event gets one mention, the rest go to every other event: ~per_event mentions each.
    m = m.with_columns(
        pl.when(pl.col("i") < n_events).then(pl.col("i")).otherwise((pl.col("i") - n_events) * 2 % n_events).alias("e"),
        (pl.col("i") // 2).alias("a"),
    )
    word = lambda k: pl.lit(pl.Series(WORDS)).gather((pl.col("i") * k + pl.col("e")) % len(WORDS))  # noqa: E731
    base = dt.date(2015, 1, 1)
    mentions = m.with_columns(
        pl.format("m{}", pl.col("i")).alias("mention_id"),
        pl.format("art{}", pl.col("a")).alias("article_id"),
        (pl.col("i") % 2).cast(pl.Int32).alias("sentence_index"),
        pl.format("El {} {} {} {} en {} según fuentes oficiales, informe {}.", word(7), word(11), word(13), word(17), word(19),
                  pl.col("e")).alias("sentence"),
        pl.lit(codes).gather(pl.col("e") % len(codes)).alias("cameo_code"),
        pl.lit(actors["actor_id"]).gather(pl.col("e") % 5000).alias("source_actor_id"),
        pl.lit(actors["actor_id"]).gather((pl.col("e") * 7 + 1) % 5000).alias("target_actor_id"),
        (pl.lit(base) + pl.duration(days=pl.col("e") % 4000)).alias("event_date"),
        pl.lit(None, dtype=pl.Date).alias("event_date_end"),
        pl.lit("day").alias("date_precision"),
        pl.lit("explicit").alias("date_method"),
        pl.lit(None, dtype=pl.Date).alias("planned_date"),
        pl.lit(places["place_id"]).gather(pl.col("e") % 1000).alias("place_id"),
        pl.lit("sentence").alias("place_method"),
        pl.lit("es.visit.1").alias("rule"),
        pl.lit(0.8).alias("confidence"),
        pl.lit("asserted").alias("certainty"),
        pl.lit(None, dtype=pl.String).alias("reported_by"),
        pl.lit("es").alias("language"),
        word(7).alias("trigger"),
        pl.lit("Lavrov").alias("source_text"),
        pl.lit("Choe").alias("target_text"),
        pl.lit("el lunes").alias("date_text"),
        pl.col("e").cast(pl.Int64).alias("event_id"),
    )
    # An article is its two sentences; each mention's offsets are where its sentence stands in it.
    first = mentions.filter(pl.col("i") % 2 == 0).select("a", pl.col("sentence").str.len_chars().alias("first_len"))
    mentions = mentions.join(first, on="a", how="left").with_columns(
        pl.when(pl.col("i") % 2 == 0).then(0).otherwise(pl.col("first_len") + 1).cast(pl.Int32).alias("char_start"),
    ).with_columns((pl.col("char_start") + pl.col("sentence").str.len_chars()).cast(pl.Int32).alias("char_end"))
    mention_rows = mentions.select([*MENTION_SCHEMA, "event_id"]).cast({**MENTION_SCHEMA, "event_id": pl.Int64})
    events = (
        mentions.group_by("e").agg(pl.col("event_date", "cameo_code", "source_actor_id", "target_actor_id", "place_id").first(),
                                   pl.len().alias("num_mentions"))
        .select(
            pl.col("e").cast(pl.Int64).alias("event_id"), "event_date", pl.lit(None, dtype=pl.Date).alias("event_date_end"),
            pl.lit("day").alias("date_precision"), "cameo_code", "source_actor_id", "target_actor_id", "place_id",
            pl.col("num_mentions").cast(pl.Int32), pl.lit(0.8).alias("confidence"), pl.lit("asserted").alias("certainty"),
            pl.lit(None, dtype=pl.String).alias("correction"), pl.lit(False).alias("is_symmetric"),
        )
        .sort("event_id")
    )
    n_articles = mentions["a"].max() + 1
    # Published as news is: on the day of the latest event the article reports, or up to two days after.
    published = mentions.group_by("a").agg(pl.col("event_date").max().alias("latest"),
                                            pl.col("sentence").sort_by("i").str.join(" ").alias("body"))
    a = pl.DataFrame({"a": pl.arange(0, n_articles, eager=True)}).join(published, on="a", how="left")
    articles = a.select(
        pl.format("art{}", pl.col("a")).alias("article_id"), pl.format("Título {}", pl.col("a")).alias("title"),
        pl.col("body").alias("text"),
        pl.lit(pl.Series(["tass.ru", "efe.com", "kcna.kp", "reuters.com"])).gather(pl.col("a") % 4).alias("source"),
        pl.format("https://news.example/{}", pl.col("a")).alias("url"),
        (pl.col("latest") + pl.duration(days=pl.col("a") % 3)).alias("published_at"),
        pl.lit("es").alias("language"), pl.lit("metadata").alias("language_method"),
        pl.format("h{}", pl.col("a")).alias("content_hash"), pl.lit(None, dtype=pl.String).alias("duplicate_of"),
        pl.lit("bench.jsonl").alias("origin_file"), (pl.col("a") + 1).cast(pl.Int32).alias("origin_line"),
        pl.lit("jsonl").alias("origin_format"), pl.lit("utf-8").alias("encoding"),
    ).cast(ARTICLE_SCHEMA)
    actor_rows = actors.with_columns(
        pl.format("Actor {}", pl.col("actor_id")).alias("name"), pl.lit("RUS").alias("country_code"),
        pl.lit("GOV").alias("role"), pl.lit("person").alias("kind"),
        pl.concat_list(pl.format("Alias {}", pl.col("actor_id"))).alias("aliases"),
    ).select(list(ACTOR_SCHEMA))
    place_rows = places.with_columns(
        pl.format("Place {}", pl.col("place_id")).alias("name"), pl.lit("PRK").alias("country_code"),
        pl.lit(39.1).alias("latitude"), pl.lit(127.4).alias("longitude"),
        pl.col("place_id").str.slice(3).cast(pl.Int64).alias("geonames_id"), pl.lit("city").alias("feature"),
    ).select(list(PLACE_SCHEMA))
    return LoadBatch(
        articles=articles, quarantine=None, replaced_article_ids=articles["article_id"].to_list(), removed_article_ids=[],
        new_mentions=mention_rows, mention_events=mention_rows.select("mention_id", "event_id"), events=events,
        merges=pl.DataFrame(schema={"old_event_id": pl.Int64, "event_id": pl.Int64}), actors=actor_rows,
        places=place_rows.cast(PLACE_SCHEMA), next_event_id=int(events["event_id"].max()) + 1,
    )


def baseline(path: Path, batch: LoadBatch) -> float:
    """DuckDB alone: same DDL, INSERT ... SELECT from Arrow, CHECKPOINT."""
    started = time.perf_counter()
    con = connect_writable(path)
    migrate(con)
    tables = {"articles": batch.articles, "event_mentions": batch.new_mentions, "events": batch.events.drop("num_mentions"),
              "actors": batch.actors.drop("aliases"), "places": batch.places}
    for table, frame in tables.items():
        arrow = frame.to_arrow()
        con.register("incoming", arrow)
        if table == "events":
            con.execute("INSERT INTO events BY NAME SELECT *, 1 AS num_mentions, 1 AS num_articles, 1 AS num_sources,"
                        " TIMESTAMP '2025-01-01' AS first_seen, TIMESTAMP '2025-01-01' AS last_seen FROM incoming")
        else:
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
        con.unregister("incoming")
    con.execute("CHECKPOINT")
    con.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--mentions-per-event", type=float, default=1.5)
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    work = Path(args.workdir or tempfile.mkdtemp(prefix="dyad-bench-"))
    work.mkdir(parents=True, exist_ok=True)

    t = time.perf_counter()
    batch = synthetic(args.events, args.mentions_per_event)
    built = time.perf_counter() - t
    n_events, n_mentions, n_articles = batch.events.height, batch.new_mentions.height, batch.articles.height
    print(f"synthetic batch: {n_events:,} events, {n_mentions:,} mentions, {n_articles:,} articles, "
          f"{batch.actors.height:,} actors, {batch.places.height:,} places (built in {built:.1f} s)")

    target = work / "dyad.duckdb"
    for leftover in work.glob("*.duckdb*"):
        leftover.unlink()
    first = publish_batch(target, batch).seconds
    again = publish_batch(target, batch).seconds
    t = time.perf_counter()
    shutil.copyfile(target, work / "read_tables.duckdb")
    copy = time.perf_counter() - t
    con = connect_writable(work / "read_tables.duckdb")
    t = time.perf_counter()
    build_read_tables(con)
    derived = time.perf_counter() - t
    con.close()
    base = baseline(work / "baseline.duckdb", batch)
    t = time.perf_counter()
    failing = [r.name for r in run_checks(target) if not r.passed]
    checked = time.perf_counter() - t

    rows = [
        ("publish_batch, new file", first),
        ("publish_batch, re-run onto it", again),
        ("DuckDB INSERT from Arrow (baseline)", base),
        ("  read tables alone (in publish)", derived),
        ("  every check (the Dagster asset checks)", checked),
    ]
    print(f"\n{'load':<40}{'seconds':>10}{'events/s':>14}{'ratio to baseline':>20}")
    for name, seconds in rows:
        ratio = "" if name.startswith("  ") else f"{seconds / base:.2f}x"
        print(f"{name:<40}{seconds:>10.2f}{n_events / seconds:>14,.0f}{ratio:>20}")
    print(f"\nchecks failing on the published file: {', '.join(failing) or 'none'}")
    print(f"file size: {target.stat().st_size / 2**20:,.0f} MiB; workdir {work} (copy for the read tables {copy:.1f} s)")


if __name__ == "__main__":
    main()
