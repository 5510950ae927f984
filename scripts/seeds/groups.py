"""seeds/actors/groups.jsonl: named non-state armed groups, from PETRARCH's Phoenix.MilNonState.actors.txt.

Each entry of that file is a group's primary name, its code, and "+" lines of other names:

    BASQUE_FATHERLAND_AND_FREEDOM_(ETA)_ [ESPREB]
    +ETA_
    HAMAS_
    +ISLAMIC_RESISTANCE_MOVEMENT
    \t[PSEREBHMS]

A code is a country (ISO alpha-3, or a CAMEO region: MEA, AFR...) and a role (REB, UAF...), optionally followed by
the group's CAMEO known-group code (HMS): Hamas is Palestinian rebels, coded PSE REB as the field codes it. Codes
that name no country ("IMG", international militarised groups) keep the known-group code when CAMEO has one
(al-Qaeda is ALQ) and no country otherwise. Names of persons (the file lists leaders after their group, with their
own dated codes) are skipped: only the block's first code, the group's, is used. Aliases of one or two letters, and
single words of fewer than five letters (unless written in capitals) and names with digits ("21 June") are not
kept; a name the curated organisations already have (Hamas, FARC) stays theirs.
"""
from __future__ import annotations

import re

from transforms.text import key

from .common import Context, slugify, title_case, write_jsonl

_NAME = re.compile(r"^(?P<plus>\+)?(?P<name>[^\[#\t]+?)_*\s*(?:\[(?P<code>[A-Z]{3,})(?P<dates>\s[^\]]*)?\])?\s*(?:#.*)?$")
_CODE = re.compile(r"^\s*\[(?P<code>[A-Z]{3,})(?P<dates>\s[^\]]*)?\]")
MIN_LETTERS = 3


def _parse(path, ctx: Context) -> list[tuple[str, list[str], str | None]]:
    """(primary name, aliases, code) for every group block of the file."""
    blocks: list[tuple[str, list[str], str | None]] = []
    name, aliases, code, coded = None, [], None, False
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        standalone = _CODE.match(raw)
        if standalone:
            if name is not None and not coded:  # a dated code belongs to a person, not a group
                code, coded = (None if standalone.group("dates") else standalone.group("code")), True
            continue
        m = _NAME.match(raw.strip())
        if not m:
            ctx.warn(f"{path.name}: line not understood: {raw.strip()!r}")
            continue
        if m.group("plus"):
            if name is not None and not coded:
                aliases.append(m.group("name"))
            continue
        if name is not None:
            blocks.append((name, aliases, code))
        name, aliases, code = m.group("name"), [], m.group("code")
        coded = code is not None
        if m.group("dates"):
            code = None
    if name is not None:
        blocks.append((name, aliases, code))
    return blocks


def _clean(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace("_", " ")).strip()


def _usable(name: str) -> bool:
    """Not a date or a number ("21 June"), and not a short everyday word."""
    letters = re.sub(r"[^A-Za-z]", "", name)
    return len(letters) >= MIN_LETTERS and not re.search(r"\d", name) and (" " in name or name.isupper() or len(letters) >= 5)


def build(ctx: Context, countries: set[str], roles: set[str], known_groups: set[str],
          taken: set[tuple[str, ...]] = frozenset()) -> list[dict]:
    """`taken`: keys of the curated organisations' names, which win over a group of the same name."""
    path = ctx.ref("petrarch2", "Phoenix.MilNonState.actors.txt")
    rows, seen = [], set()
    for name, aliases, code in _parse(path, ctx):
        if not code:
            continue
        country, role, group = code[:3], code[3:6] or None, code[6:9] or None
        if country not in countries:
            country = group if group in known_groups else None
        if role not in roles:
            role = None
        display = title_case(_clean(re.sub(r"\(([^)]*)\)", "", name)))
        acronyms = re.findall(r"\(([^)]*)\)", name)
        names = [_clean(n) for n in [name, *aliases, *acronyms]]
        names = [re.sub(r"\s*\([^)]*\)", "", n).strip() for n in names]
        names = sorted({n for n in names if _usable(n) and key(n) not in taken}, key=str.lower)
        actor_id = f"group:{slugify(display)}"
        if not names or actor_id in seen or re.search(r"\d", display):
            continue
        seen.add(actor_id)
        rows.append({"actor_id": actor_id, "name": display, "country_code": country, "role": role,
                     "aliases": {"en": [title_case(n) if not n.isupper() or len(n) > 6 else n for n in names]}})
    rows.sort(key=lambda r: r["actor_id"])
    write_jsonl(ctx.seeds / "actors" / "groups.jsonl", rows)
    ctx.counts["groups"] = len(rows)
    return rows
