"""Export analyst views from the published warehouse: Parquet (hive-partitioned by year and month), CSV or TSV.

Reads the published file read-only, so it runs beside a load or the API.
"""
from __future__ import annotations

from pathlib import Path

import duckdb

from warehouse.connect import connect_readonly, has_table

DEFAULT_VIEWS = ["article_events", "events_wide", "daily_dyad_counts", "daily_article_counts", "gdelt_events", "gdelt_mentions"]

# (year, month) of the event or article date each view is partitioned by.
PARTITION_DATES = {
    "article_events": ("year(event_date)", "month(event_date)"),
    "events_wide": ("year(event_date)", "month(event_date)"),
    "daily_dyad_counts": ("year(day)", "month(day)"),
    "daily_article_counts": ("year(day)", "month(day)"),
    "gdelt_events": (None, '"MonthYear" % 100'),  # has its own "Year" column, used as is
    "gdelt_mentions": ('"MentionTimeDate" // 10000000000', '("MentionTimeDate" // 100000000) % 100'),
}
DATE_COLUMNS = ("event_date", "day", "published_at")  # for tables or views not listed above
TEXT_COLUMNS = {"text", "sentence", "evidence_sentence"}
FORMATS = {"parquet", "csv", "tsv"}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _literal(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _partitions(view: str, cols: list[str]) -> tuple[str | None, str | None]:
    if view in PARTITION_DATES:
        return PARTITION_DATES[view]
    for column in DATE_COLUMNS:
        if column in cols:
            return f"year({_quote(column)})", f"month({_quote(column)})"
    return None, None


def _export_one(con: duckdb.DuckDBPyConnection, view: str, out_dir: Path, fmt: str, include_text: bool) -> Path:
    cols = [d[0] for d in con.execute(f"SELECT * FROM {_quote(view)} LIMIT 0").description]
    keep = [c for c in cols if include_text or c.lower() not in TEXT_COLUMNS]
    select = ", ".join(_quote(c) for c in keep)
    if fmt != "parquet":
        target = out_dir / f"{view}.{fmt}"
        delimiter = "\t" if fmt == "tsv" else ","
        con.execute(f"COPY (SELECT {select} FROM {_quote(view)}) TO {_literal(target)} (FORMAT csv, HEADER, DELIMITER '{delimiter}')")
        return target
    target = out_dir / view
    year, month = _partitions(view, cols)
    if month is None:
        target.mkdir(parents=True, exist_ok=True)
        target = target / f"{view}.parquet"
        con.execute(f"COPY (SELECT {select} FROM {_quote(view)}) TO {_literal(target)} (FORMAT parquet)")
        return target
    year_column = "Year" if year is None else "year"
    extra = f", {month} AS month" if year is None else f", {year} AS year, {month} AS month"
    con.execute(
        f"COPY (SELECT {select}{extra} FROM {_quote(view)}) TO {_literal(target)}"
        f" (FORMAT parquet, PARTITION_BY ({_quote(year_column)}, month), OVERWRITE)"
    )
    return target


def export(
    path: str | Path,
    out_dir: str | Path,
    views: list[str] | None = None,
    fmt: str = "parquet",
    include_text: bool = True,
) -> list[Path]:
    """Write each view to `out_dir`; return what was written (a directory per view for Parquet, a file for CSV/TSV).

    Parquet: `<out>/<view>/year=YYYY/month=M/*.parquet` (DuckDB COPY ... PARTITION_BY; undated rows
    under year=NULL); read back with `read_parquet('<out>/<view>/**/*.parquet', hive_partitioning = true)`.
    `include_text=False` drops the article text and evidence sentence columns.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; use one of {sorted(FORMATS)}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with connect_readonly(path) as con:
        for view in views or DEFAULT_VIEWS:
            if not has_table(con, view):
                raise ValueError(f"{path} has no table or view named {view!r}")
            written.append(_export_one(con, view, out, fmt, include_text))
    return written
