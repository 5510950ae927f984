"""The coded events the evaluation scores: one row per event per article, from the article_events view."""
from __future__ import annotations

from pathlib import Path

from warehouse.connect import connect_readonly
from warehouse.sqlfiles import sql


def article_event_rows(path: str | Path) -> list[dict]:
    """Every row of article_events with the columns the scorer reads (article_id, event_date, cameo_code,
    the two sides' names and countries, the location's name and country)."""
    with connect_readonly(path) as con:
        cursor = con.execute(sql("reads/article_events_to_score"))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]
