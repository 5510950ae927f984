"""Reading the curated place seeds (seeds/places/).

- overrides.jsonl: places GeoNames lacks or names oddly, one JSON object a line:
  {"name", "country_code", "latitude", "longitude", "geonames_id", "feature", "aliases"}.
- exonyms.csv: extra names for places already known (alias,place,country_code);
  an empty `place` means the country itself.
- stopwords.txt: words never taken as a place when found in running text.
- names.txt: people and organisations never taken as a place either.

A bad line raises PlaceSeedError naming the file, the line and the reason.
"""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

from transforms.places.names import key

FEATURES = {"city", "region", "country"}


class PlaceSeedError(ValueError):
    """A place seed file that cannot be read."""


@dataclass(frozen=True)
class Override:
    name: str
    country_code: str
    latitude: float | None
    longitude: float | None
    geonames_id: int | None
    feature: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Exonym:
    alias: str
    place: str  # "" for the country itself
    country_code: str


def read_overrides(path: Path) -> list[Override]:
    out: list[Override] = []
    if not path.exists():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            feature = raw.get("feature", "city")
            if feature not in FEATURES:
                raise ValueError(f"feature must be one of {sorted(FEATURES)}, not {feature!r}")
            cc = str(raw["country_code"])
            if len(cc) != 3:
                raise ValueError(f"country_code must be ISO3, not {cc!r}")
            gid = raw.get("geonames_id")
            out.append(Override(
                name=str(raw["name"]), country_code=cc.upper(),
                latitude=_float(raw.get("latitude")), longitude=_float(raw.get("longitude")),
                geonames_id=int(gid) if gid is not None else None, feature=feature,
                aliases=tuple(str(a) for a in raw.get("aliases", [])),
            ))
        except (ValueError, KeyError, TypeError) as exc:
            raise PlaceSeedError(f"{path}:{n}: {type(exc).__name__}: {exc}") from exc
    return out


def read_exonyms(path: Path) -> list[Exonym]:
    out: list[Exonym] = []
    if not path.exists():
        return out
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"alias", "place", "country_code"} - set(reader.fieldnames or [])
        if missing:
            raise PlaceSeedError(f"{path}: missing columns {sorted(missing)}")
        for n, row in enumerate(reader, 2):
            alias, cc = (row["alias"] or "").strip(), (row["country_code"] or "").strip().upper()
            if not alias or len(cc) != 3:
                raise PlaceSeedError(f"{path}:{n}: needs an alias and an ISO3 country_code")
            out.append(Exonym(alias, (row["place"] or "").strip(), cc))
    return out


def read_stopwords(path: Path) -> set[str]:
    """Keys of a word list (one entry a line); '#' starts a comment."""
    if not path.exists():
        return set()
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(key(word))
    return words


def _float(v) -> float | None:
    return None if v is None else float(v)
