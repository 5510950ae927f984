"""seeds/actors/organisations.jsonl: international organisations and known groups.

seeds/curated/organisations.jsonl is the source of truth (Spanish and English
names, acronyms; `shared_aliases`: the aliases other countries' bodies bear too,
"Democratic Party", which name the party of the story's country when the phrase
names no other). Every other CAMEO known group (gdelt/CAMEO.knowngroup.txt)
is added under its CAMEO label, with the acronym the label carries in
parentheses as an English alias; labels that are not names of one body
(CMN 'Communist') are skipped.
"""
from __future__ import annotations

import re

from .common import Context, fold, read_jsonl, write_jsonl
from .countries import known_groups

_PAREN = re.compile(r"\(([^)]*)\)")
NOT_A_BODY = {"CMN"}


def _clean(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def build(ctx: Context, codes: set[str]) -> list[dict]:
    rows = []
    seen_codes = set()
    for row in read_jsonl(ctx.curated / "organisations.jsonl", ctx.problems):
        where = f"curated/organisations.jsonl line {row['_line']}"
        code = row.get("country_code")
        if code and code not in codes:
            ctx.warn(f"{where}: country_code {code} not in countries.csv; set to null")
            row["country_code"] = None
        if not row.get("actor_id") or not row.get("name"):
            ctx.warn(f"{where}: needs actor_id and name; skipped")
            continue
        seen_codes.add(code)
        rows.append(_clean(row))
    curated_ids = {r["actor_id"] for r in rows}
    for code, label in known_groups(ctx).items():
        if code in seen_codes or f"org:{code}" in curated_ids or code in NOT_A_BODY or code not in codes:
            continue  # org:HMS is curated as Palestinian rebels (PSE REB), as PETRARCH codes Hamas
        name = re.sub(r"\s+", " ", _PAREN.sub(" ", label)).strip()
        aliases = [a.strip() for a in _PAREN.findall(label) if a.strip() and fold(a) != fold(name)]
        row = {"actor_id": f"org:{code}", "name": name, "country_code": code}
        if aliases:
            row["aliases"] = {"en": aliases}
        rows.append(row)
    ids = [r["actor_id"] for r in rows]
    for dup in {i for i in ids if ids.count(i) > 1}:
        ctx.warn(f"organisations: actor_id {dup} appears more than once")
    rows.sort(key=lambda r: r["actor_id"])
    write_jsonl(ctx.seeds / "actors" / "organisations.jsonl", rows)
    ctx.counts["organisations"] = len(rows)
    return rows


