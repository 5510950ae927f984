"""seeds/patterns/verbs_<lang>.jsonl, verb_blocks_<lang>.jsonl, synsets_<lang>.jsonl: the field's verb
dictionaries, compiled.

English from PETRARCH-2's CAMEO.2.0.txt, Spanish from UniversalPetrarch's verbpatterns_es_190128.txt. Every verb
(or, in the Spanish file, noun: UniversalPetrarch matches lemmas of any part of speech) becomes one line of
`verbs_<lang>`:

    {"lemma", "kind": "verb"|"noun", "with": [words written with it], "code": its CAMEO code or null,
     "blocks": [the blocks whose patterns apply to it], "line"}

and every block one line of `verb_blocks_<lang>`: {"block", "code", "rules": [{"before", "after", "code", "line"}]}.
`code` null means the word alone states no event (a [---] block); a rule's words or synonym sets ("&NAME", in
`synsets_<lang>`) select its code: "acusar" is 112, "acusar ... tortura" 1122. Rules are kept by their content
words only: the file's patterns follow English word order and, in Spanish, were machine-translated, so function
words (spaCy's stop words of the language, and the synonym sets of articles, prepositions and auxiliaries) carry
no evidence; a rule left with no content word is dropped.

Codes are checked against seeds/reference/cameo_codes.csv: a code that lost its leading zero ("72") gets it
back; a code CAMEO does not have is dropped and reported. Words are folded (lower case, no accents) so that
matching never depends on accents. A word listed in several blocks keeps the first coded block's code and every
block's rules. Paired codes ("175:145") keep the source's act. A rule word also stands for the variants
seeds/curated/rule_word_variants.csv gives it ("relations": "ties"). A rule of a block of saying that codes
violence ("REPORT ... ATTACK [190]") is dropped: the speaker comments on an attack, the attacker is someone else.
"""
from __future__ import annotations

import csv
import re
from collections import Counter

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS
from spacy.lang.es.stop_words import STOP_WORDS as ES_STOP_WORDS

from transforms.text import fold_word

from .common import Context, read_csv, write_jsonl
from .petrarch_verbs import Block, Pattern, Verb, read_verb_file

STATEMENT = "01"  # the root of blocks of saying (COMMENT, REPORT, EXPLAIN, CONCERN...)
VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # acts no one performs by talking about them
SOURCES = {
    "en": ("petrarch2", "CAMEO.2.0.txt"),
    "es": ("universalpetrarch", "spanish", "verbpatterns_es_190128.txt"),
}
FUNCTION_WORDS = {"en": frozenset(fold_word(w) for w in EN_STOP_WORDS),
                  "es": frozenset(fold_word(w) for w in ES_STOP_WORDS)}
FUNCTION_SYNSETS = frozenset({"&ARTICULO", "&PREPOSICION", "&AUXILIAR", "&SERESTAR", "&AUXVERB1_", "&AUXVERB2_",
                              "&AUXVERB3_", "&TOBEVERB_", "&PREPOSIT1_"})
_SPANISH_VERB = re.compile(r"(ar|er|ir)(se)?$")


def _cameo_codes(ctx: Context) -> set[str]:
    with open(ctx.seeds / "reference" / "cameo_codes.csv", encoding="utf-8", newline="") as f:
        return {row["cameo_code"] for row in csv.DictReader(f)}


def _word(raw: str) -> str:
    return " ".join(fold_word(w) for w in raw.replace("_", " ").split())


def _kind(lang: str, lemma: str) -> str:
    if lang == "en":
        return "verb"
    return "verb" if _SPANISH_VERB.search(lemma) else "noun"


def _lemma(lang: str, word: str) -> str:
    lemma = _word(word)
    if lang == "es" and lemma.endswith("se") and _SPANISH_VERB.search(lemma[:-2]):
        lemma = lemma[:-2]  # "vengarse": spaCy lemmatises the verb without its clitic
    return lemma


def _listed_parent(code: str, codes: set[str]) -> str | None:
    """The nearest code the codebook lists above one it does not: its shorter prefix, a root as "<root>0"."""
    while len(code) > 2:
        code = code[:-1]
        for candidate in (code, code + "0") if len(code) == 2 else (code,):
            if candidate in codes:
                return candidate
    return None


class _Compiler:
    def __init__(self, ctx: Context, lang: str, codes: set[str], source: str):
        self.ctx, self.lang, self.codes, self.source = ctx, lang, codes, source
        self.variants: dict[str, set[str]] = {}  # a rule word -> the words it also stands for
        for row in read_csv(ctx.curated / "rule_word_variants.csv"):
            if row["lang"] == lang:
                self.variants.setdefault(_word(row["word"]), set()).add(_word(row["variant"]))
        content = {_word(r["word"]) for r in read_csv(ctx.curated / "rule_content_words.csv") if r["lang"] == lang}
        self.function_words = FUNCTION_WORDS[lang] - content  # stop words, less those a rule needs
        self.verbs: dict[tuple, dict] = {}
        self.blocks: list[dict] = []

    def code(self, code: str | None, line: int) -> str | None:
        if code is None or code in self.codes:
            return code
        if len(code) in (2, 3) and "0" + code in self.codes:  # "72" for "072": a leading zero lost on the way
            return "0" + code
        parent = _listed_parent(code, self.codes)
        if parent is not None:  # PETRARCH-2's 176 (cyber attack) is coercion, 170; UniversalPetrarch's 1213 is 121
            self.ctx.warn(f"{self.source} line {line}: CAMEO has no code {code}; kept as {parent}")
            return parent
        self.ctx.warn(f"{self.source} line {line}: CAMEO has no code {code}; dropped")
        return None

    def item(self, raw: str) -> list[str]:
        """One content word of a pattern as its alternatives ("FAVOUR/FAVOR"), or a synonym set; [] for a
        function word."""
        if raw.startswith("&"):
            return [] if raw.upper() in FUNCTION_SYNSETS else [raw.upper()]
        words = {_word(w) for w in raw.split("/")}
        words |= {v for w in words for v in self.variants.get(w, ())}
        return sorted(w for w in words if w and w not in self.function_words and re.search(r"[a-z]", w))

    def rule(self, p: Pattern, verbs: set[str], own: dict[str, str] | None = None) -> dict | None:
        """A pattern's content words and code; `verb` when its note names one of the block's verbs and it has
        words before the verb: PETRARCH-2 merged TABARI's verb entries into WordNet blocks, so "&MILITARY * [192]
        # TAKE" was written for "take" and must not make "soldiers arrested" an occupation of territory. A pattern
        of object words alone holds for the block's synonyms: "- * AID [162] # HALT" is also "suspend", "stop",
        "end aid". Not, though, for a verb the block gives a code of its own of another root: "- * ELECTIONS [0341]
        # HOLD" in the block of CONFINE, where DETAIN is [173], does not make "detained a coordinator… since the
        election" an intent to hold elections (`not_for`)."""
        code = self.code(p.code, p.line) if p.code is not None else None
        if p.code is not None and code is None:
            return None
        before = [i for i in (self.item(w) for w in p.before) if i]
        after = [i for i in (self.item(w) for w in p.after) if i]
        rule = {"before": before, "after": after, "code": code, "line": p.line}
        if p.written_for in verbs and before:
            rule["verb"] = _lemma(self.lang, p.written_for)
        elif p.written_for in verbs and code:
            other = sorted(_lemma(self.lang, v) for v, own_code in (own or {}).items()
                           if v != p.written_for and own_code[:2] != code[:2])
            if other:
                rule["not_for"] = other
        if p.target_first:
            rule["undergone"] = True  # "- + * HERIDO ^": "dos soldados resultaron heridos" befell the soldiers
        return rule

    def add_block(self, block: Block) -> dict:
        """A block's rules with content words, and its default: the header's code, else that of a bare pattern
        ("--- PROTESTAR [---]" then "- * [140]": the verb alone is 140); `plain` is the code its patterns of
        function words give ("- &ARTICULO * [180]"), the default of the verb the block is named after."""
        code = self.code(block.code, block.line)
        rules, seen, bare, plain = [], set(), Counter(), Counter()
        verbs = {v.words[v.head].upper() for v in block.verbs}
        own = {v.words[v.head].upper(): v.code for v in block.verbs if v.code and v.code != block.code}
        for p in block.patterns:
            rule = self.rule(p, verbs, own)
            if rule is None:
                continue
            if not rule["before"] and not rule["after"]:  # only function words: nothing tells this use apart
                if rule["code"] is not None:
                    (bare if p.bare else plain)[rule["code"]] += 1
                continue
            if code and code[:2] == STATEMENT and rule["code"] and rule["code"][:2] in VIOLENT_ROOTS:
                continue  # "- * ATTACK [190] # REPORT": reporting or commenting on an attack is not attacking
            sig = (repr(rule["before"]), repr(rule["after"]), rule["code"], rule.get("verb"), rule.get("undergone"),
                   repr(rule.get("not_for")))
            if sig not in seen:
                seen.add(sig)
                rules.append(rule)
        if code is None and bare:
            code = bare.most_common(1)[0][0]
        if self.lang == "es" and not _SPANISH_VERB.search(_word(block.name)):
            # a block machine-translated from the English file: its patterns may refine its code (190 -> 193 for
            # "impactos de bala") but not change the kind of event, which a mistranslated word easily does; a block
            # with no code of its own ("--- RECALL [---]") is of the kind most of its patterns give ("* EMBAJADOR
            # [161]"), if three in five agree, and only through the words of its object: a block of many kinds
            # ("ORDER") keeps none, and "&PERSONA * [171]" (people burned something) says nothing of what was burned
            if code is None:
                rules = [r for r in rules if r["after"]]
            roots = Counter(r["code"][:2] for r in rules if r["code"])
            common = roots.most_common(1)[0] if roots else (None, 0)
            root = code[:2] if code else (common[0] if common[1] * 5 >= 3 * sum(roots.values()) else None)
            rules = [r for r in rules if root and r["code"] and r["code"][:2] == root]
        head = block.verbs[0].words[block.verbs[0].head] if block.verbs else ""
        entry = {"block": f"{block.name}@{block.line}", "name": _word(block.name), "head": _lemma(self.lang, head),
                 "code": code, "plain": plain.most_common(1)[0][0] if plain else None, "rules": rules}
        self.blocks.append(entry)
        return entry

    def default(self, block: dict, verb: Verb, lemma: str) -> tuple[int, str | None]:
        """(rank, code) of what a verb gets from its line and its block, lower ranks first: its own code, the code of
        the block named after it, the block's code for its head verb; in English any verb of a coded block.
        UniversalPetrarch's Spanish blocks were machine-translated from the English ones: the first verb is the
        translation of the block's verb, the others come from a thesaurus ("KILL": matar, then sacrificar,
        erradicar; "LINK": enlazar, conectar, atar) and do not inherit the block's code."""
        own = self.code(verb.code, verb.line) if verb.code not in (None, block["code"]) else None
        if own:
            return 0, own
        if block["name"] == lemma and (block["code"] or block["plain"]):
            return 1, block["code"] or block["plain"]  # its own block: "- &ARTICULO * [180]" is the verb alone
        if not block["code"]:
            return 9, None
        if self.lang == "en" or block["head"] == lemma:
            return 2, block["code"]
        return 9, None

    def add_verb(self, block: dict, verb: Verb) -> None:
        head = _lemma(self.lang, verb.words[verb.head])
        if not head or not re.search(r"[a-z]", head):
            return
        with_ = [_word(w) for i, w in enumerate(verb.words) if i != verb.head and _word(w)]
        if with_ and all(w in self.function_words for w in with_):
            return  # "+KILLED_AND", "MATAR_Y": a conjunction left over from a phrase, not a verb of its own
        key = (head, tuple(with_))
        entry = self.verbs.setdefault(key, {"lemma": head, "kind": _kind(self.lang, head), "with": with_,
                                            "code": None, "blocks": [], "line": verb.line, "_rank": 9})
        rank, code = self.default(block, verb, head)
        if rank < entry["_rank"]:
            entry["code"], entry["line"], entry["_rank"] = code, verb.line, rank
        if block["block"] not in entry["blocks"]:
            entry["blocks"].append(block["block"])


def build(ctx: Context) -> None:
    codes = _cameo_codes(ctx)
    for lang, parts in SOURCES.items():
        parsed = read_verb_file(ctx.ref(*parts))
        ctx.problems.extend(parsed.problems)
        compiler = _Compiler(ctx, lang, codes, "/".join(parts))
        for block in parsed.blocks:
            entry = compiler.add_block(block)
            for verb in block.verbs:
                compiler.add_verb(entry, verb)
        verbs = sorted(({k: v for k, v in e.items() if k != "_rank"} for e in compiler.verbs.values()),
                       key=lambda e: (e["lemma"], e["with"]))
        used = {b for v in verbs for b in v["blocks"]}
        blocks = [{k: v for k, v in b.items() if k not in ("name", "head", "plain")} for b in compiler.blocks if b["block"] in used]
        synsets = [{"name": name, "members": sorted({_word(m) for m in members if _word(m)})}
                   for name, members in sorted(parsed.synsets.items()) if name not in FUNCTION_SYNSETS]
        folder = ctx.seeds / "patterns"
        write_jsonl(folder / f"verbs_{lang}.jsonl", verbs)
        write_jsonl(folder / f"verb_blocks_{lang}.jsonl", blocks)
        write_jsonl(folder / f"synsets_{lang}.jsonl", synsets)
        ctx.counts[f"patterns/verbs_{lang}"] = len(verbs)
        ctx.counts[f"patterns/verb_rules_{lang}"] = sum(len(b["rules"]) for b in blocks)
        ctx.counts[f"patterns/synsets_{lang}"] = len(synsets)
