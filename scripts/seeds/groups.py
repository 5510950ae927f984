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

UniversalPetrarch's `actors_COL.txt` adds Colombia's named armed groups (its REB, UAF and CRM rows: guerrilla fronts,
paramilitary blocs, criminal bands). Its rows are phrases as a news database met them ("PARAMILITARES_DEL_BLOQUE_
CENTAUROS_DE_LAS_AUC_"), written without accents ("NN" for "Ñ"): a group is the name from its first group word
(seeds/curated/group_heads.csv: bloque, frente, columna...) up to its parent ("... de las AUC", a curated
organisation), so "Bloque Centauros" is found in any story; a "Los ..." band is kept when other rows name it too
("Los Rastrojos"). Nicknames of persons, single common words ("CORDILLERA") and generic phrases
("MIEMBROS_DE_UN_GRUPO_ARMADO", which would make any country's armed men Colombian) have no group word; names
of group words and generic ones (seeds/curated/group_generic.csv: "Bloque Central", "Columna Móvil") name no
group in particular. Neither is kept.
"""
from __future__ import annotations

import re
from collections import Counter

from transforms.text import key

from .common import Context, read_csv, slugify, title_case, write_jsonl

COLOMBIAN_CODES = {"COLREB": "REB", "COLUAF": "UAF", "COLCRM": "CRM"}
_LINKS = frozenset({"de", "del", "la", "las", "los", "el", "y", "e"})
_ROW = re.compile(r"^(?P<name>[A-Z0-9ÁÉÍÓÚÑ_.\-]+?)_*\s*\[(?P<code>[A-Z]+)\]\s*$")
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
    rows += _colombian(ctx, taken, seen)
    rows.sort(key=lambda r: r["actor_id"])
    write_jsonl(ctx.seeds / "actors" / "groups.jsonl", rows)
    ctx.counts["groups"] = len(rows)
    return rows


def _group_name(words: tuple[str, ...], heads: set[str], taken: set[tuple[str, ...]]) -> tuple[str, ...]:
    """The folded words of a row from its first group word up to its parent organisation ("... del ELN", "... de
    la UC-ELN", "... de las AUC")."""
    start = next((i for i, w in enumerate(words) if w in heads), None)
    if start is None:
        return ()
    for i in range(start + 2, len(words)):
        if words[i] in ("de", "del") and any(words[j:k] in taken for j in range(i + 1, len(words))
                                              for k in range(j + 1, len(words) + 1)):
            return words[start:i]
    return words[start:]


def _colombian(ctx: Context, taken: set[tuple[str, ...]], seen: set[str]) -> list[dict]:
    path = ctx.ref("universalpetrarch", "spanish", "actors_COL.txt")
    heads = {key(r["word"])[0] for r in read_csv(ctx.curated / "group_heads.csv")}
    generic = {key(r["word"])[0] for r in read_csv(ctx.curated / "group_generic.csv")}
    rows_of_file: list[tuple[tuple[str, ...], str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        m = _ROW.match(raw.strip())
        if m and m.group("code") in COLOMBIAN_CODES and not re.search(r"\d", m.group("name")):
            # the file writes "Ñ" as "NN" ("URABENNOS", "COMPANNIA")
            written = [w for w in re.split(r"[_\s-]+", m.group("name").replace("NN", "Ñ")) if key(w)]
            rows_of_file.append((tuple(written), COLOMBIAN_CODES[m.group("code")]))
    used = Counter(key(w)[0] for written, _ in rows_of_file for w in set(written))
    rows = []
    for written, role in rows_of_file:
        words = tuple(key(w)[0] for w in written)
        name = _group_name(words, heads, taken)
        if not name and len(words) == 2 and words[0] == "los" and used[words[1]] > 1:
            name = words  # "LOS_RASTROJOS_": a band other rows name too
        own = [w for w in name if w not in heads | generic | _LINKS]
        if len(name) < 2 or not own or name in taken or (len(own) == 1 and (own[0],) in taken):
            continue
        start = words.index(name[0])
        display = title_case(" ".join(written[start:start + len(name)]))
        actor_id = f"group:{slugify(display)}"
        if actor_id in seen:
            continue
        seen.add(actor_id)
        rows.append({"actor_id": actor_id, "name": display, "country_code": "COL", "role": role,
                     "aliases": {"es": [display]}})
    ctx.counts["groups/colombia"] = len(rows)
    return rows
