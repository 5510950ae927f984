"""python -m scripts.seeds [--reference DIR] [--seeds DIR]: regenerate the seed files.

Order matters: countries.csv first (every other file checks its codes against
it), agents before persons (agent titles are words no surname alias may be).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from transforms.text import key

from . import agents, cameo, countries, groups, organisations, persons, states, verb_lexicon
from .common import DEFAULT_REFERENCE, REPO, Context


def run(reference: Path, seeds: Path) -> Context:
    ctx = Context(reference=reference, seeds=seeds)
    cameo.build(ctx)
    roles = {r["role"] for r in cameo.build_roles(ctx)}
    country_rows = countries.build(ctx)
    codes = {r["country_code"] for r in country_rows}
    state_rows = states.build(ctx, {r["country_code"]: r["name"] for r in country_rows if r["kind"] == "state"})
    org_rows = organisations.build(ctx, codes)
    taken = {key(n, drop_article=True) for o in org_rows
             for n in [o["name"], *(a for names in (o.get("aliases") or {}).values() for a in names)]}
    group_rows = groups.build(ctx, codes, roles, {r["country_code"] for r in country_rows if r["kind"] != "state"}, taken)
    places = {key(n, drop_article=True) for s in state_rows for field in ("names", "demonyms", "capitals")
              for names in (s.get(field) or {}).values() for n in names}
    places |= {("eeuu",), ("ee", "uu"), ("u", "s"), ("us",), ("espana",), ("espanol",)}  # unaccented spellings
    agent_rows = agents.build_agents(ctx, places)
    inst_rows = agents.build_institutions(ctx, codes, taken | {key(n, drop_article=True) for g in group_rows for n in [
        g["name"], *(a for names in (g.get("aliases") or {}).values() for a in names)]})
    ambiguous = {key(a["text"], drop_article=True) for a in [*agent_rows, *inst_rows]}
    for s in state_rows:
        for field in ("names", "demonyms", "capitals"):
            for names in (s.get(field) or {}).values():
                ambiguous.update(key(n, drop_article=True) for n in names)
    for o in [*org_rows, *group_rows]:
        ambiguous.add(key(o["name"]))
        for names in (o.get("aliases") or {}).values():
            ambiguous.update(key(n, drop_article=True) for n in names)
    persons.build(ctx, codes, ambiguous)
    verb_lexicon.build(ctx)
    return ctx


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m scripts.seeds", description=__doc__)
    p.add_argument("--reference", type=Path, default=DEFAULT_REFERENCE,
                   help="the vendored source dictionaries and tables (env DYAD_REFERENCE; default seeds/sources)")
    p.add_argument("--seeds", type=Path, default=REPO / "seeds", help="the seeds folder to write into")
    p.add_argument("-v", "--verbose", action="store_true", help="print every problem, not only the count")
    args = p.parse_args(argv)
    ctx = run(args.reference, args.seeds)
    for name, n in ctx.counts.items():
        print(f"{name:28} {n:6}")
    if ctx.problems:
        print(f"{len(ctx.problems)} problems (skipped lines, unknown codes){':' if args.verbose else '; -v lists them'}",
              file=sys.stderr)
        if args.verbose:
            for msg in ctx.problems:
                print("  " + msg, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
