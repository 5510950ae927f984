"""Reference tables from seeds/ as Polars frames, ready for the warehouse."""
from __future__ import annotations

from pathlib import Path

import polars as pl


def cameo_codes_frame(seeds_dir: Path) -> pl.DataFrame:
    """seeds/reference/cameo_codes.csv, codes kept as text ('042', not 42)."""
    frame = pl.read_csv(seeds_dir / "reference" / "cameo_codes.csv", infer_schema=False)
    return frame.with_columns(
        pl.col("quad_class").cast(pl.Int32),
        pl.col("goldstein").cast(pl.Float64, strict=False),
    )


def countries_frame(seeds_dir: Path) -> pl.DataFrame:
    """seeds/reference/countries.csv: country, organisation and region codes."""
    return pl.read_csv(seeds_dir / "reference" / "countries.csv", infer_schema=False)
