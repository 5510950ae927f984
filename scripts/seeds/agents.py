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
'{X}' an irregular X), the curated titles too ("ministers", "spokesmen"), or the
one their `plural` column gives ("heads of state"; "-": none, as "delegations"
of two sides are no one side). Curated entries win over generated ones with the
same words and language.

Institutions (metonyms: "el Kremlin", "Casa Blanca", KCNA) are curated in seeds/curated/institutions.jsonl; the
state bodies of petrarch2/Phoenix.Countries.actors.txt (its entries that are no person: no '# CountryInfo' comment)
add more, in English: each name with a word of seeds/curated/institution_words.csv ("US Department of Homeland
Security", "Federal Security Service") and the acronyms beside it ("FSB"), with the entry's country and role. Names
the curated list, the organisations or the groups already hold are left to them. PETRARCH begins the names of
American bodies with the country ("United States Department Of Homeland Security"); the shorter names the press
uses are curated.
"""
from __future__ import annotations

import re

from transforms.text import key

from . import tabari
from .common import Context, read_csv, read_jsonl, title_case, write_jsonl
from .countries import LEGACY_CODES

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
    plurals: list[tuple[str | None, str | None]] = []
    for r in read_csv(ctx.curated / "agents.csv"):
        k = (key(r["text"], drop_article=True), r["lang"] or None)
        if k in seen:
            ctx.warn(f"curated/agents.csv: {r['text']!r} ({r['lang']}) listed twice")
            continue
        seen.add(k)
        rows.append({"text": r["text"], "role": r["role"] or None, "title": r.get("title") or None,
                     "lang": r["lang"] or None})
        if r["lang"] == "en" and r.get("title") and "." not in r["text"] and r.get("plural") != "-":
            plurals.append((r.get("plural") or _plural_en(r["text"].lower()), r["role"] or None))
    for plural, role in plurals:  # "ministers", "spokesmen": many holders, no one title's
        k = (key(plural, drop_article=True), "en") if plural else None
        if k is not None and k not in seen:
            seen.add(k)
            rows.append({"text": plural, "role": role, "title": None, "lang": "en"})
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


def build_institutions(ctx: Context, codes: set[str], taken: set[tuple[str, ...]]) -> list[dict]:
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
    held = taken | {key(r["text"], drop_article=True) for r in rows}
    generated = _phoenix_institutions(ctx, codes, held)
    rows.extend(generated)
    ctx.counts["institutions_from_petrarch"] = len(generated)
    write_jsonl(ctx.seeds / "actors" / "institutions.jsonl", rows)
    ctx.counts["institutions"] = len(rows)
    return rows


_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,4}$")  # "FSB", "MI6", "USAID"; not "SENATE"
_BRANCHES = frozenset({"LEG", "JUD", "MIL", "COP", "SPY"})


def _phoenix_institutions(ctx: Context, codes: set[str], held: set[tuple[str, ...]]) -> list[dict]:
    """The state bodies among PETRARCH's country actors (see the module's docstring)."""
    words = {r["word"].lower() for r in read_csv(ctx.curated / "institution_words.csv")}
    dropped = {(r["country_code"], key(r["text"])) for r in read_csv(ctx.curated / "dropped.csv")
               if r["kind"] == "institution"}
    problems: list[tabari.Problem] = []
    entries = [e for e in tabari.read_entries(ctx.ref("petrarch2", "Phoenix.Countries.actors.txt"), problems)
               if not e.inline and not any("countryinfo" in c.lower() for c in e.comments)]
    rows, seen = [], set(held)
    for e in entries:
        code = next((c.value for c in e.codes if len(c.value) >= 6
                     and LEGACY_CODES.get(c.value[:3], c.value[:3]) in codes), None)
        if code is None or code[3:6] == "ELI":
            continue  # a state itself ("CZECHOSLOVAKIA" [CSK]), an unknown country, a person's circle
        country = LEGACY_CODES.get(code[:3], code[:3])
        # [USAGOVLEG], [USAGOVMIL]: the branch a government body belongs to is its role
        role = code[6:9] if code[6:9] in _BRANCHES else code[3:6]
        names = [v for n in e.names for v in tabari.name_variants(n)]
        bodies = [n for n in names if words & set(n.lower().split())]
        if not bodies:
            continue  # a person with no CountryInfo comment ("ALEXIS_TSIPRAS")
        for name in bodies + [n for n in names if _ACRONYM.match(n)]:
            text = title_case(name) if not _ACRONYM.match(name) else name
            k = key(text, drop_article=True)
            if not k or k in seen or (country, k) in dropped:
                continue
            seen.add(k)
            rows.append({"text": text, "country_code": country, "role": role, "lang": "en"})
    return rows
