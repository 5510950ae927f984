"""seeds/actors/persons.jsonl (from PETRARCH) and persons_curated.jsonl (hand-written).

Generated persons are the CountryInfo entries of petrarch2/Phoenix.Countries.actors.txt
(the file marks every person with a '# CountryInfo.txt' comment): their names
and '+' synonyms become aliases, each code such as [RUSGOV 19940922-20040712]
a role (country RUS, role GOV, dates). Codes whose country is not in
countries.csv are dropped (legacy codes are mapped: ROM -> ROU ...); a person
left with no role is dropped.

A generated person who shares a name with a curated one is left out: the
curated record (seeds/curated/persons.jsonl) is the truth for current
office-holders, and PETRARCH's open-ended roles of 2014 would contradict it.

Surname-only aliases are kept only when no other person's name ends with the
same word and the word is no country, capital, demonym or agent title
(`ambiguous`), so "Lavrov" stays and "Kim", "Lee" or "Sanchez" go.
"""
from __future__ import annotations

from transforms.text import key

from . import tabari
from .common import Context, read_jsonl, slugify, title_case, write_jsonl
from .countries import LEGACY_CODES

ROLE_CODES_FILE = ("gdelt", "CAMEO.type.txt")


def _role_codes(ctx: Context) -> set[str]:
    from .common import read_tsv
    return {r["CODE"].strip() for r in read_tsv(ctx.ref(*ROLE_CODES_FILE))}


def _country(code: str, codes: set[str]) -> str | None:
    head = LEGACY_CODES.get(code[:3], code[:3])
    return head if head in codes else None


def curated(ctx: Context, codes: set[str]) -> list[dict]:
    rows = []
    for row in read_jsonl(ctx.curated / "persons.jsonl", ctx.problems):
        where = f"curated/persons.jsonl line {row.pop('_line')}"
        if not row.get("actor_id", "").startswith("person:") or not row.get("name"):
            ctx.warn(f"{where}: needs a person: actor_id and a name; skipped")
            continue
        aliases = []
        for a in [row["name"], *row.get("aliases", [])]:
            if key(a) and key(a) not in {key(x) for x in aliases}:
                aliases.append(a)
        row["aliases"] = aliases
        for r in row.get("roles", []):
            if r.get("country_code") and r["country_code"] not in codes:
                ctx.warn(f"{where}: role country {r['country_code']} not in countries.csv")
            r.setdefault("from", None)
            r.setdefault("to", None)
        rows.append(row)
    return rows


def generated(ctx: Context, codes: set[str], curated_rows: list[dict], ambiguous: set[tuple[str, ...]]) -> list[dict]:
    roles = _role_codes(ctx)
    problems: list[tabari.Problem] = []
    path = ctx.ref("petrarch2", "Phoenix.Countries.actors.txt")
    entries = [e for e in tabari.read_entries(path, problems)
               if not e.inline and any("countryinfo" in c.lower() for c in e.comments)]
    for p in problems:
        ctx.warn(f"{p.file} line {p.line}: {p.reason}")
    curated_keys = {key(a) for r in curated_rows for a in r["aliases"] if len(key(a)) > 1}

    people: dict[str, dict] = {}
    for e in entries:
        aliases: list[str] = []
        for n in e.names:
            for v in tabari.name_variants(n):
                name = title_case(v)
                if key(name) and key(name) not in {key(a) for a in aliases}:
                    aliases.append(name)
        if not aliases or any(key(a) in curated_keys for a in aliases):
            continue
        person_roles = []
        for c in e.codes:
            country = _country(c.value, codes)
            if country is None:
                continue
            role = c.value[3:6] if c.value[3:6] in roles else None
            title = c.comment if c.comment and "countryinfo" not in c.comment.lower() else None
            r = {"country_code": country, "role": role, "title": title,
                 "from": c.start.isoformat() if c.start else None, "to": c.end.isoformat() if c.end else None}
            if r not in person_roles:
                person_roles.append(r)
        if not person_roles:
            continue
        actor_id = "person:" + slugify(aliases[0])
        row = people.setdefault(actor_id, {"actor_id": actor_id, "name": aliases[0], "aliases": [], "roles": []})
        for a in aliases:
            if key(a) not in {key(x) for x in row["aliases"]}:
                row["aliases"].append(a)
        row["roles"].extend(r for r in person_roles if r not in row["roles"])

    # surname-only aliases: keep the distinctive ones
    last_words: dict[str, int] = {}
    for row in [*people.values(), *curated_rows]:
        for w in {key(a)[-1] for a in row["aliases"] if key(a)}:
            last_words[w] = last_words.get(w, 0) + 1
    for row in people.values():
        row["aliases"] = [a for a in row["aliases"] if len(key(a)) > 1 or (
            len(key(a)[0]) >= 5 and last_words.get(key(a)[0], 0) <= 1 and key(a) not in ambiguous)]
    rows = sorted(people.values(), key=lambda r: r["actor_id"])
    return rows


def build(ctx: Context, codes: set[str], ambiguous: set[tuple[str, ...]]) -> tuple[list[dict], list[dict]]:
    cur = curated(ctx, codes)
    gen = generated(ctx, codes, cur, ambiguous)
    write_jsonl(ctx.seeds / "actors" / "persons_curated.jsonl", cur)
    write_jsonl(ctx.seeds / "actors" / "persons.jsonl", gen)
    ctx.counts["persons_curated"] = len(cur)
    ctx.counts["persons"] = len(gen)
    return gen, cur
