"""The reference tables (actors with their aliases, places, CAMEO codes) held in memory.

An opened warehouse file never changes (a publish replaces the file, and the
reader opens the new one), so the API reads these small tables once per opened
file and answers every actor, place and code an event points at from memory,
instead of one lookup statement per kind and request. A table larger than
`MAX_ROWS` is not held (its lookups stay statements).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warehouse import reader

MAX_ROWS = 200_000


@dataclass(frozen=True)
class ReferenceCache:
    """Rows by id, as the *_by_ids queries return them; None for a table not held."""

    actors: dict[str, dict[str, Any]] | None = None
    places: dict[str, dict[str, Any]] | None = None
    cameo_codes: dict[str, dict[str, Any]] | None = None


def load_reference_cache(cur, max_rows: int | None = None) -> ReferenceCache:
    """The reference tables of the file `cur` reads, each held if it has at most `max_rows` (MAX_ROWS) rows."""
    limit = MAX_ROWS if max_rows is None else max_rows
    sizes = reader.run(cur, "reference_sizes")[0]

    def held(table: str, key: str) -> dict[str, dict[str, Any]] | None:
        if sizes[table] > limit:
            return None
        return {row[key]: row for row in reader.run(cur, f"all_{table}")}

    return ReferenceCache(actors=held("actors", "actor_id"), places=held("places", "place_id"),
                          cameo_codes=held("cameo_codes", "cameo_code"))
