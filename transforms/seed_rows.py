"""Reading the JSON-lines seed files (patterns, cues, actors): one object a line, bad lines reported and skipped.

A line starting with `//` is a comment. A line that is not a JSON object is
logged with its file and line number and skipped, never fatal: a typo in a
dictionary must not stop a run.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)


def json_lines(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, object, None) for every object line of `path` and (line number, None, why) for
    every bad one; comments and blank lines are skipped. Callers decide what a bad line costs."""
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("//"):
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield lineno, None, f"not JSON ({exc})"
                continue
            if not isinstance(row, dict):
                yield lineno, None, "not a JSON object"
                continue
            yield lineno, row, None


def seed_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, object) for every good line of `path`; nothing when the file does not exist."""
    if not path.exists():
        return
    for lineno, row, problem in json_lines(path):
        if problem is not None:
            log.warning("%s line %d: %s", path, lineno, problem)
            continue
        yield lineno, row
