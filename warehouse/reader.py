"""Read-only queries the API calls; every statement goes through `execute`.

The SQL lives in warehouse/queries/*.sql. A query file may hold `{{slot}}`
markers that the caller fills with fragments read from fragment files (blocks
headed `-- name: <name>`), never with user input: user values travel only as
named `$parameters`. Each function takes a DuckDB cursor (one per request) and
returns plain dicts, one per row.

`execute` is the single place where SQL reaches DuckDB, so counting statements
(tests) or timing them means wrapping this one function.
"""
from __future__ import annotations

import contextlib
import functools
import re
from pathlib import Path
from typing import Any, Iterable, Iterator

QUERIES = Path(__file__).resolve().parent / "queries"
_PARAM = re.compile(r"\$([a-z_][a-z0-9_]*)")
_SLOT = re.compile(r"\{\{([a-z_]+)\}\}")
_logs: list[list[str]] = []  # open statement_log() lists; appended to from worker threads


@contextlib.contextmanager
def statement_log() -> Iterator[list[str]]:
    """Collect the text of every statement `execute` runs while the block is open
    (in any thread): how tests count statements and benchmarks see the SQL."""
    log: list[str] = []
    _logs.append(log)
    try:
        yield log
    finally:
        _logs.remove(log)


def execute(cur, sql: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Run one statement on `cur` and return its rows as dicts.

    Only the parameters the statement names are passed (DuckDB refuses extras).
    """
    used = set(_PARAM.findall(sql))
    bound = {k: v for k, v in (params or {}).items() if k in used}
    for log in _logs:
        log.append(sql)
    cur.execute(sql, bound)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


@functools.cache
def sql(name: str) -> str:
    """The text of warehouse/queries/<name>.sql."""
    return (QUERIES / f"{name}.sql").read_text(encoding="utf-8")


@functools.cache
def fragments(name: str) -> dict[str, str]:
    """The `-- name: x` blocks of warehouse/queries/<name>.sql, comments removed."""
    blocks: dict[str, str] = {}
    current: str | None = None
    for line in sql(name).splitlines():
        header = re.match(r"--\s*name:\s*(\w+)", line)
        if header:
            current = header.group(1)
            blocks[current] = ""
        elif current and not line.lstrip().startswith("--"):
            blocks[current] += line + "\n"
    return {k: v.strip() for k, v in blocks.items()}


def fill(text: str, **slots: str) -> str:
    """`text` with its `{{slot}}` markers filled (a missing slot is an error)."""
    return _SLOT.sub(lambda m: slots[m.group(1)], text)


def render(name: str, **slots: str) -> str:
    """Query `name` with its `{{slot}}` markers filled (a missing slot is an error)."""
    return fill(sql(name), **slots)


def conjunction(parts: Iterable[str]) -> str:
    """SQL text ANDing `parts`; TRUE when there are none."""
    parts = [p for p in parts if p]
    return " AND ".join(f"({p})" for p in parts) if parts else "TRUE"


def run(cur, name: str, params: dict[str, Any] | None = None, **slots: str) -> list[dict[str, Any]]:
    return execute(cur, render(name, **slots), params)


def in_list(values: Iterable[Any], prefix: str = "id") -> tuple[str, dict[str, Any]]:
    """(`$id_0, $id_1, ...`, their parameters) for an `IN ({{ids}})` slot.

    Why not one list parameter (`IN (SELECT unnest($ids))`): that is a join,
    and DuckDB may then read a whole table (all articles for two mentions); an
    IN list of values is a filter that the scan and the key index apply.
    """
    values = list(values)
    if not values:
        return "NULL", {}
    return ", ".join(f"${prefix}_{i}" for i in range(len(values))), {f"{prefix}_{i}": v for i, v in enumerate(values)}


def run_for(cur, name: str, ids: Iterable[Any], params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Query `name`, whose `{{ids}}` slot is an IN list of `ids`."""
    slot, bound = in_list(ids)
    return execute(cur, render(name, ids=slot), {**(params or {}), **bound})


# --- batched lookups (one statement for many keys) ------------------------

def event_by_id(cur, event_id: int) -> dict[str, Any] | None:
    rows = run(cur, "event_by_id", {"event_id": event_id})
    return rows[0] if rows else None


def events_by_ids(cur, ids: list[int]) -> list[dict[str, Any]]:
    return run_for(cur, "events_by_ids", ids)


def actors_by_ids(cur, ids: list[str]) -> list[dict[str, Any]]:
    return run_for(cur, "actors_by_ids", ids)


def places_by_ids(cur, ids: list[str]) -> list[dict[str, Any]]:
    return run_for(cur, "places_by_ids", ids)


def cameo_by_codes(cur, codes: list[str]) -> list[dict[str, Any]]:
    return run_for(cur, "cameo_by_codes", codes)


def mentions_by_event_ids(cur, ids: list[int]) -> list[dict[str, Any]]:
    """The mentions of events; for a single event each also carries its article (`article_row`)."""
    if len(ids) == 1:
        return run(cur, "mentions_with_articles_of_event", {"event_id": ids[0]})
    return run_for(cur, "mentions_by_event_ids", ids)


def articles_by_ids(cur, ids: list[str]) -> list[dict[str, Any]]:
    return run_for(cur, "articles_by_ids", ids)


def counterparts_by_actor_ids(cur, ids: list[str], limit: int) -> list[dict[str, Any]]:
    return run_for(cur, "counterparts_by_actor_ids", ids, {"limit": limit})
