"""seeds/reference/cameo_codes.csv from the GDELT CAMEO lookups and CAMEO2PLOVER.

QuadClass follows GDELT (DESIGN.md): roots 01-05 verbal cooperation (1),
06-09 material cooperation (2), 10-14 verbal conflict (3), 15-20 material
conflict (4). PLOVER type and mode come from CAMEO2PLOVER-2021.txt; a code it
does not list inherits from its nearest listed parent (0231 -> 023 -> 02).
PLOVER drops CAMEO roots 01 (statements) and 02 (appeals): those codes have
an empty PLOVER type and plover_source 'dropped' (PLOVER README, 'dropped').
"""
from __future__ import annotations

import re

from .common import Context, read_csv, read_tsv, write_csv

HEADER = ["cameo_code", "label", "root_code", "root_label", "quad_class", "goldstein",
          "plover_type", "plover_mode", "plover_context", "plover_source", "level"]

_PLOVER_LINE = re.compile(r"^(\d{2,4}):\s*(.*)$")
_GLUED = re.compile(r"^(?P<label>.*?)(?P<code>\d{2,4}):\[(?P<goldstein>-?\d+(?:\.\d+)?)\]\s*(?P<next_label>.+)$")
DROPPED_ROOTS = {"01", "02"}


def quad_class(root: str) -> int:
    r = int(root)
    if 1 <= r <= 5:
        return 1
    if 6 <= r <= 9:
        return 2
    if 10 <= r <= 14:
        return 3
    if 15 <= r <= 20:
        return 4
    raise ValueError(f"CAMEO root {root!r} outside 01-20")


def read_plover(ctx: Context) -> dict[str, tuple[str, str, str]]:
    """CAMEO code -> (PLOVER type, mode, context). First listing of a code wins."""
    table: dict[str, tuple[str, str, str]] = {}
    path = ctx.ref("plover", "CAMEO2PLOVER-2021.txt")
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        m = _PLOVER_LINE.match(line)
        if not m:
            continue
        code, rest = m.group(1), m.group(2)
        parts = [p.strip() for p in rest.split(",")]
        ptype = parts[0].upper()
        mode = parts[1] if len(parts) > 1 else ""
        context = ",".join(parts[2:]).strip().replace("; ", ";") if len(parts) > 2 else ""
        if not ptype:
            ctx.warn(f"{path} line {lineno}: no PLOVER type for {code}")
            continue
        if code not in table:
            table[code] = (ptype, mode, context)
    return table


def build(ctx: Context) -> list[dict]:
    codes = read_tsv(ctx.ref("gdelt", "CAMEO.eventcodes.txt"))
    goldstein = {r["CAMEOEVENTCODE"].strip(): r["GOLDSTEINSCALE"].strip()
                 for r in read_tsv(ctx.ref("gdelt", "CAMEO.goldsteinscale.txt"))}
    plover = read_plover(ctx)
    labels: dict[str, str] = {}
    for r in codes:
        code, label = r["CAMEOEVENTCODE"].strip(), r["EVENTDESCRIPTION"].strip()
        glued = _GLUED.match(label)
        if glued:  # GDELT's file has "1056 <label>106:[-5.0] Demand withdrawal" on one line: two codes
            label = glued.group("label")
            labels[glued.group("code")] = glued.group("next_label")
            goldstein.setdefault(glued.group("code"), glued.group("goldstein"))
        labels[code] = label
    labels = dict(sorted(labels.items()))
    rows = []
    for code, label in labels.items():
        root = code[:2]
        ptype = pmode = pcontext = ""
        source = ""
        if root in DROPPED_ROOTS:
            source = "dropped"
        else:
            for n in range(len(code), 1, -1):
                hit = plover.get(code[:n])
                if hit:
                    ptype, pmode, pcontext = hit
                    source = "exact" if n == len(code) else f"parent:{code[:n]}"
                    break
            if not ptype:
                ctx.warn(f"CAMEO {code}: no PLOVER type in CAMEO2PLOVER nor for a parent")
        g = goldstein.get(code)
        if g is None:
            ctx.warn(f"CAMEO {code}: no Goldstein score")
        rows.append({
            "cameo_code": code, "label": label, "root_code": root, "root_label": labels.get(root, ""),
            "quad_class": quad_class(root), "goldstein": g if g is not None else "",
            "plover_type": ptype, "plover_mode": pmode, "plover_context": pcontext,
            "plover_source": source, "level": len(code) - 1,
        })
    rows.sort(key=lambda r: r["cameo_code"])
    write_csv(ctx.seeds / "reference" / "cameo_codes.csv", HEADER, rows)
    ctx.counts["cameo_codes"] = len(rows)
    return rows


def build_roles(ctx: Context) -> list[dict]:
    """seeds/reference/actor_roles.csv: CAMEO's actor type codes (GOV, MIL, CVL...) and their labels, and the
    few Dyad adds (seeds/curated/actor_roles.csv)."""
    rows, seen = [], set()
    for r in read_tsv(ctx.ref("gdelt", "CAMEO.type.txt")):
        code = r["CODE"].strip()
        if code and code not in seen:  # the file lists UIS twice
            seen.add(code)
            rows.append({"role": code, "label": r["LABEL"].strip()})
    rows += [r for r in read_csv(ctx.curated / "actor_roles.csv") if r["role"] not in seen]
    write_csv(ctx.seeds / "reference" / "actor_roles.csv", ["role", "label"], rows)
    ctx.counts["actor_roles"] = len(rows)
    return rows
