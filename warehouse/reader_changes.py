"""The changes feed, read: what publishes did to events after a point of the feed.

The writer records each publish that changes events as one generation of
`event_changes` (warehouse/sql/load/record_changes.sql); a consumer keeps the
(generation, event_id) of the last change it applied and asks for what follows.
"""
from __future__ import annotations

from typing import Any

from warehouse import reader


def changes_after(cur, generation: int, event_id: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    """(up to `limit` changes after (generation, event_id) in feed order, the newest generation)."""
    rows = reader.run(cur, "changes_page", {"after_generation": generation, "after_event_id": event_id, "limit": limit})
    latest = int(rows[0]["latest"]) if rows else 0
    return [r for r in rows if r["generation"] is not None], latest
