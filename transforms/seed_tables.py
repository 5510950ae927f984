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


def cameo_region_members(seeds_dir: Path) -> dict[str, tuple[str, ...]]:
    """CAMEO region code -> the region's own code and the country codes in it.

    seeds/reference/cameo_regions.csv defines each region by UN M49 areas (a
    region, sub-region or intermediate region of seeds/reference/un_m49.csv)
    and by ISO3 codes, a `-` before a code leaving that country out. A member
    that is neither an M49 area nor a three-letter code is an error naming the
    file and line.
    """
    reference = seeds_dir / "reference"
    areas: dict[str, set[str]] = {}
    for row in pl.read_csv(reference / "un_m49.csv", infer_schema=False).iter_rows(named=True):
        for level in ("region", "sub-region", "intermediate-region"):
            if row[level]:
                areas.setdefault(row[level], set()).add(row["alpha-3"])
    path = reference / "cameo_regions.csv"
    included: dict[str, set[str]] = {}
    excluded: dict[str, set[str]] = {}
    for line, row in enumerate(pl.read_csv(path, infer_schema=False).iter_rows(named=True), start=2):
        region, member = row["region_code"].strip().upper(), row["member"].strip()
        if member in areas:
            included.setdefault(region, set()).update(areas[member])
        elif len(member.lstrip("-")) == 3 and member.lstrip("-").isalpha() and member.lstrip("-").isupper():
            (excluded if member.startswith("-") else included).setdefault(region, set()).add(member.lstrip("-"))
        else:
            raise ValueError(f"{path}:{line}: {member!r} is neither a UN M49 area nor an ISO3 code")
    return {region: (region, *sorted(codes - excluded.get(region, set()))) for region, codes in sorted(included.items())}
