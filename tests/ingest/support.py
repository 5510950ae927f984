"""Paths and constants shared by the ingestion tests."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from transforms.ingest import read_inputs

FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "seeds" / "articles" / "000_65c7950c732eae07.txt"
EVAL_DEV = REPO / "eval" / "dev"  # the hand-annotated dev corpus (eval/README.md)
EVAL_ARTICLES = EVAL_DEV / "articles.jsonl"
EVAL_GOLD = EVAL_DEV / "gold.jsonl"
NOW = dt.datetime(2025, 8, 1, 12, 0, tzinfo=dt.timezone.utc)


def read(*paths, **kwargs):
    """read_inputs with the fixed run time NOW."""
    kwargs.setdefault("now", NOW)
    return read_inputs(list(paths), **kwargs)


def reasons(result) -> list[str]:
    return [q.reason for q in result.quarantined]
