"""Validating a run's mentions before they are clustered and published.

What the coder extracts is data from the outside world: a sentence can carry
a date its article contradicts, a seeds change can give an actor a country
that is no code. `rejected_mentions(mentions, articles, cameo_codes,
countries)` applies the mention rules (warehouse/sql/checks.csv, kind
`mention_rule`; the SQL of warehouse/sql/mention_rules/, the very queries the
data checks run on the published tables) to the run's mention frame in an
in-memory DuckDB and returns one row per (mention, rule broken). The caller
keeps the other mentions and hands these to the load (`rejected_mentions`
table). A rule whose code list is not given judges nothing.
"""
from __future__ import annotations

import duckdb
import polars as pl

from warehouse.check_list import mention_rules
from warehouse.mention_rules import judged, violations_sql
from warehouse.sqlfiles import sql

REJECTED_SCHEMA: dict[str, pl.DataType] = {
    "mention_id": pl.String,
    "rule": pl.String,
    "article_id": pl.String,
    "sentence_index": pl.Int32,
    "sentence": pl.String,
    "char_start": pl.Int32,
    "char_end": pl.Int32,
    "value": pl.String,
    "mention": pl.String,
}


def _codes(frame: pl.DataFrame | None, column: str) -> pl.DataFrame:
    if frame is None:
        return pl.DataFrame(schema={column: pl.String})
    return frame.select(pl.col(column).cast(pl.String))


def rejected_mentions(mentions: pl.DataFrame, articles: pl.DataFrame, cameo_codes: pl.DataFrame | None,
                      countries: pl.DataFrame | None) -> pl.DataFrame:
    """Rows of REJECTED_SCHEMA for every (mention, rule it breaks).

    `mentions`: transforms.frames.mentions_frame of the run's mentions (with each side's and the
    place's country); `articles`: the articles they come from (article_id, published_at, text).
    """
    if mentions.is_empty():
        return pl.DataFrame(schema=REJECTED_SCHEMA)
    with duckdb.connect(":memory:") as con:
        con.register("incoming_mentions", mentions.to_arrow())
        con.register("incoming_articles", articles.select("article_id", "published_at", "text").to_arrow())
        con.register("cameo_codes", _codes(cameo_codes, "cameo_code").to_arrow())
        con.register("countries", _codes(countries, "country_code").to_arrow())
        able, _ = judged(con, mention_rules())
        query = violations_sql("incoming", able)
        if query is None:
            return pl.DataFrame(schema=REJECTED_SCHEMA)
        con.execute(f"CREATE TEMP TABLE violations AS {query}")
        rows = con.execute(sql("mention_rules/rejected_rows")).pl()
    return pl.DataFrame(schema=REJECTED_SCHEMA) if rows.is_empty() else rows.cast(REJECTED_SCHEMA)
