"""SQL lives in .sql files under warehouse/sql/, named by what they do; this finds them."""
from __future__ import annotations

import functools
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent / "sql"


@functools.cache
def sql(name: str) -> str:
    """The text of warehouse/sql/<name>.sql (name may include a folder: 'load/upsert_articles')."""
    return (SQL_DIR / f"{name}.sql").read_text(encoding="utf-8")
