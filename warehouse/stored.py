"""Small read-only questions the pipeline asks of the published warehouse before a load.

Each opens the file the path names now (warehouse.connect.connect_readonly) and
closes it. A missing file or one without the tables is an empty warehouse.
"""
from __future__ import annotations

import functools
from pathlib import Path

import duckdb
import polars as pl

from warehouse.connect import connect_readonly, has_table
from warehouse.migrate import migrate
from warehouse.sqlfiles import sql


def _open(path: str | Path, table: str) -> duckdb.DuckDBPyConnection | None:
    if not Path(path).is_file():
        return None
    con = connect_readonly(path)
    if not has_table(con, table):
        con.close()
        return None
    return con


def stored_articles(path: str | Path) -> list[tuple[str, str, str | None, str | None]]:
    """(article_id, content_hash, source, url) of every stored article; empty for a new warehouse."""
    con = _open(path, "articles")
    if con is None:
        return []
    with con:
        return [tuple(row) for row in con.execute(sql("reads/stored_articles")).fetchall()]


@functools.cache
def _empty_mentions() -> pl.DataFrame:
    """event_mentions as the current DDL defines it, with no rows."""
    with duckdb.connect(":memory:") as con:
        migrate(con)
        return con.execute("SELECT * FROM event_mentions LIMIT 0").pl()


def stored_mentions(path: str | Path, exclude_article_ids: set[str] | frozenset[str] = frozenset()) -> pl.DataFrame:
    """Every stored mention (all event_mentions columns, event_id included) except those of these articles.

    Before a load the caller asks twice: with no exclusion for the previous mention -> event_id
    assignment (re-extracted mentions keep their event), and excluding the replaced and removed
    articles for the mentions that stay and are clustered again with the new ones.
    """
    con = _open(path, "event_mentions")
    if con is None:
        return _empty_mentions()
    with con:
        stored = con.execute(sql("reads/stored_mentions"), {"exclude": sorted(exclude_article_ids)}).pl()
    # A file not yet migrated to the current DDL lacks the newer columns: they come back as nulls.
    empty = _empty_mentions()
    missing = [pl.lit(None, dtype=dtype).alias(name) for name, dtype in empty.schema.items() if name not in stored.columns]
    return stored.with_columns(missing).select(empty.columns)


def next_event_id(path: str | Path) -> int:
    """The next event id to hand out (id_counters), 1 for a new warehouse."""
    con = _open(path, "id_counters")
    if con is None:
        return 1
    with con:
        return int(con.execute(sql("reads/next_event_id")).fetchone()[0])


def count_events(path: str | Path) -> int:
    con = _open(path, "events")
    if con is None:
        return 0
    with con:
        return int(con.execute(sql("reads/count_events")).fetchone()[0])
