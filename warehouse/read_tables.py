"""The derived read tables the API serves from, built by the WRITER.

`build_read_tables(con)` rebuilds, on a writable connection whose events,
mentions, actors, places and CAMEO codes are final (the staging copy, before
the blocking checks; bench/api_latency.py calls it the same way):

- `event_facts`: events with every filtered attribute beside them, newest first;
- `actor_events`: each event under each of its actors, by actor, newest first;
- `text_postings`: the words of evidence sentences, by word (it replaces the
  DuckDB fts index earlier writers built, and drops a stale copy of one);
- the pre-aggregated counts the aggregate queries (timeline, dyads, eventTypes)
  read when a filter allows (warehouse.reader_aggregates): `dyad_counts` (pair
  per day, month, year and all time), `actor_day_counts`,
  `country_type_day_counts` and `type_day_counts`, each with event counts,
  Goldstein sums and counts per QuadClass.

Why derived tables rather than views or indexes: DuckDB skips row groups by
their min/max (zone maps), so a table sorted on what queries select by is read
only where it matters; ART indexes serve point lookups only. The tables are
rebuilt whole on each publish (they are a pure function of the other tables),
their grain is in their COMMENT ON TABLE, and the blocking checks
`read_tables_match_events` and `aggregates_match_events` compare them with events. A file published before
they existed has none of them; the reader then answers from events directly
(warehouse.reader_layout).
"""
from __future__ import annotations

import duckdb

from warehouse import reader
from warehouse.sqlfiles import sql

# In dependency order: actor_events and the counts are derived from event_facts, actor_day_counts from actor_events.
READ_TABLES = ("event_facts", "actor_events", "text_postings")
AGGREGATES = ("dyad_counts", "actor_day_counts", "country_type_day_counts", "type_day_counts")


def build_read_tables(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)build every read table on `con` (writable)."""
    # event_facts is built from the very relation the reader falls back on (event_sources.sql)
    slots = {"core_events": reader.fragments("event_sources")["core_events"]}
    for table in READ_TABLES + AGGREGATES:
        con.execute(reader.fill(sql(f"read_tables/build_{table}"), **slots))
