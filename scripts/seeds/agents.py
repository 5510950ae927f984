"""seeds/actors/agents.jsonl and institutions.jsonl.

Agents are titles and bodies that become an actor once the text gives them a
country ("el canciller ruso"). seeds/curated/agents.csv is the source of truth;
the PETRARCH agent dictionaries (petrarch2/Phoenix.agents.txt in English,
universalpetrarch/spanish/agents_181220.txt in Spanish) add more, but only
entries that are clean:

* one plain role code ([~GOV], not [~GOVMIL]) among the political ones;
* no macros, parentheses, digits or stems (a stem has no trailing '_' in the
  Spanish file; English stems like 'MINIST' are not words);
* no state name, demonym or capital inside, no word of
  seeds/curated/agent_stopwords.csv;
* at most four words, and the head word (first in Spanish, last in English)
  listed in seeds/curated/agent_heads.csv with the same role. The Spanish
  dictionary was built partly from WordNet and files 'medicamento' and
  'justicia' under GOV; the head-word list keeps that out.

English entries get their regular plural as PETRARCH would ('{}' means none,
'{X}' an irregular X). Curated entries win over generated ones with the same
words and language.

Institutions (metonyms: "el Kremlin", "Casa Blanca", KCNA) are all curated:
seeds/curated/institutions.jsonl.
"""
from __future__ import annotations

import re

from transforms.text import key

from .common import Context, read_csv, read_jsonl, write_jsonl

_LINE = re.compile(r"^(?P<name>[^\[{#]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<code>[A-Z]+)\]")
MAX_WORDS = 4


def _plural_en(word_phrase: str) -> str | None:
    head, _, last = word_phrase.rpartition(" ")
    if last.endswith("s"):
        return None  # already plural ('armed forces') or uncountable
    if re.search(r"[^aeiou]y$", last):
        last = last[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", last):
        last = last + "es"
    elif last.endswith("man"):
        last = last[:-3] + "men"
    else:
        last = last + "s"
    return f"{head} {last}".strip()


def _parse(path, lang: str, heads: dict[tuple[str, str], str], ctx: Context) -> list[dict]:
    out = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("!"):
            continue
        m = _LINE.match(line)
        if not m:
            continue
        name, plural, code = m.group("name").strip(), m.group("plural"), m.group("code")
        if len(code) != 3 or "!" in name or "(" in name or re.search(r"\d", name):
            continue
        if lang == "es" and not name.endswith("_"):
            continue  # a stem
        text = re.sub(r"\s+", " ", name.replace("_", " ")).strip().lower()
        ws = text.split()
        if not ws or len(ws) > MAX_WORDS:
            continue
        head = ws[0] if lang == "es" else ws[-1]
        if heads.get((lang, head)) != code:
            continue
        forms = [text]
        if lang == "en":
            if plural is None:
                if _plural_en(text):
                    forms.append(_plural_en(text))
            elif plural.strip():
                forms.append(plural.strip().replace("_", " ").lower())
        for f in forms:
            out.append({"text": f, "role": code, "title": None, "lang": lang})
    return out


def _names_a_place(k: tuple[str, ...], places: set[tuple[str, ...]]) -> bool:
    return any(k[i:j] in places for i in range(len(k)) for j in range(i + 1, len(k) + 1))


def build_agents(ctx: Context, places: set[tuple[str, ...]] = frozenset()) -> list[dict]:
    """`places`: keys of state names, demonyms and capitals. A generated entry
    that contains one ('gobierno ruso', 'presidente de Francia') is dropped:
    the coder gets the country from the demonym, which such an entry would hide."""
    stop = {key(r["word"])[0] for r in read_csv(ctx.curated / "agent_stopwords.csv")}
    heads = {(r["lang"], r["head"].lower()): r["role"] for r in read_csv(ctx.curated / "agent_heads.csv")}
    rows: list[dict] = []
    seen: set[tuple] = set()
    for r in read_csv(ctx.curated / "agents.csv"):
        k = (key(r["text"], drop_article=True), r["lang"] or None)
        if k in seen:
            ctx.warn(f"curated/agents.csv: {r['text']!r} ({r['lang']}) listed twice")
            continue
        seen.add(k)
        rows.append({"text": r["text"], "role": r["role"] or None, "title": r.get("title") or None,
                     "lang": r["lang"] or None})
    generated = [*_parse(ctx.ref("petrarch2", "Phoenix.agents.txt"), "en", heads, ctx),
                 *_parse(ctx.ref("universalpetrarch", "spanish", "agents_181220.txt"), "es", heads, ctx)]
    added = 0
    for g in generated:
        k = (key(g["text"], drop_article=True), g["lang"])
        if not k[0] or k in seen or _names_a_place(k[0], places) or stop & set(k[0]):
            continue
        seen.add(k)
        rows.append(g)
        added += 1
    write_jsonl(ctx.seeds / "actors" / "agents.jsonl", rows)
    ctx.counts["agents"] = len(rows)
    ctx.counts["agents_from_petrarch"] = added
    return rows


def build_institutions(ctx: Context, codes: set[str]) -> list[dict]:
    rows = []
    for row in read_jsonl(ctx.curated / "institutions.jsonl", ctx.problems):
        line = row.pop("_line")
        if row.get("country_code") not in codes:
            ctx.warn(f"curated/institutions.jsonl line {line}: country_code {row.get('country_code')} "
                     "not in countries.csv; skipped")
            continue
        row.setdefault("role", "GOV")
        row.setdefault("lang", None)
        rows.append(row)
    write_jsonl(ctx.seeds / "actors" / "institutions.jsonl", rows)
    ctx.counts["institutions"] = len(rows)
    return rows
