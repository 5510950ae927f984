"""The field's verb dictionaries, compiled (seeds/patterns/verbs_<lang>.jsonl, verb_blocks_<lang>.jsonl,
synsets_<lang>.jsonl; built by scripts/seeds/verb_lexicon.py from PETRARCH-2 and UniversalPetrarch).

An entry is a lemma (a verb, or in Spanish also a noun), the words written with it ("tomar represalias"), its
default CAMEO code and the rules of its blocks. A rule names words (or synonym sets) before and after the trigger
and the code they select: "acusar" is 112, "acusar ... de tortura" 1122; a rule whose code is null says that use
is no event ("killed in an accident"). The most specific matching rule wins (most words, then the longer code).

Everything is folded (lower case, no accents) and held in hash maps: a token is looked up by its lemma, a rule
by the words of its sentence, never by scanning the dictionary.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import takewhile
from pathlib import Path

from spacy.tokens import Span, Token

from transforms.build_cache import cached
from transforms.coding.words import form, lemma
from transforms.seed_rows import seed_rows

log = logging.getLogger(__name__)
MAX_PHRASE = 4  # words of the longest phrase a rule matches (longer synonym-set members are never seen in news)
# The synonym sets that stand for "a person": their lists are a few dozen nouns (campesino, ciudadano), but a rule
# like "ejecutar a &PERSONA [190]" means any person, so they also match a token that is one (see `_is_person`).
PERSON_SYNSETS = frozenset({"&PERSONA", "&PEOPLE"})
PERSON = "&person"  # the pseudo-word Words holds when one of its tokens is a person

@dataclass(frozen=True)
class Item:
    """One required word of a rule: its alternatives ("favour", "favor") or a synonym set's members, as single
    words (tested by set intersection) and phrases of several words."""

    words: frozenset[str]
    phrases: frozenset[str]
    nominal: bool = False  # a synonym set's members: things and people, not matched by a noun's adjective


@dataclass(frozen=True)
class Rule:
    before: tuple[Item, ...]
    after: tuple[Item, ...]
    code: str | None
    line: int
    verb: str | None = None  # the one verb of its block it was written for; None: any
    undergone: bool = False  # the subject undergoes the act ("resultaron heridos"): it is the target
    not_for: tuple[str, ...] = ()  # verbs of its block with a code of their own it was not written for

    def holds_for(self, lemma: str) -> bool:
        return self.verb in (None, lemma) and lemma not in self.not_for

    @property
    def weight(self) -> tuple[int, int]:
        return (len(self.before) + len(self.after), len(self.code or ""))


@dataclass(frozen=True)
class Entry:
    lang: str
    lemma: str
    kind: str  # verb | noun
    with_: tuple[str, ...]  # the other words of a multi-word verb ("represalias" of "tomar represalias")
    code: str | None
    rules: tuple[Rule, ...]  # most specific first (most words, then the longer code), else in dictionary order
    line: int
    # a word of a rule's first item -> the rules (indexes) it may let match; rules with no words: always candidates
    anchors: dict[str, tuple[int, ...]] = field(compare=False, repr=False)
    unanchored: tuple[int, ...] = field(compare=False, repr=False)

    @classmethod
    def build(cls, lang: str, lemma_: str, kind: str, with_: tuple[str, ...], code: str | None,
              rules: tuple[Rule, ...], line: int) -> "Entry":
        """An entry whose rules are indexed by the words of their first item: a rule can only match a sentence
        holding one of them, so `choose` tests a handful of rules, not a block's hundreds."""
        ordered = tuple(sorted(rules, key=lambda r: (-r.weight[0], -r.weight[1])))  # stable: ties keep their order
        anchors: dict[str, list[int]] = {}
        unanchored = []
        for i, rule in enumerate(ordered):
            first = (rule.after or rule.before or (None,))[0]
            if first is None:
                unanchored.append(i)
                continue
            for word in first.words | first.phrases:
                anchors.setdefault(word, []).append(i)
        return cls(lang, lemma_, kind, with_, code, ordered, line, {w: tuple(ix) for w, ix in anchors.items()},
                   tuple(unanchored))

    def candidates(self, before: "Words", after: "Words") -> list[int]:
        """Indexes of the rules whose first item the sentence holds, most specific first."""
        found = set(self.unanchored)
        for words in (after.single, after.phrases, before.single, before.phrases):
            for word in words:
                hit = self.anchors.get(word)
                if hit:
                    found.update(hit)
        return sorted(found)


class Words:
    """The folded forms and lemmas of some tokens, for testing a rule's words."""

    def __init__(self, tokens: list[Token]):
        forms = [form(t) for t in tokens]
        lemmas = [lemma(t) for t in tokens]
        self.single = set(forms) | set(lemmas)
        # "contra el fiscal general" names no general of &MILITAR: a synonym set's words are matched by nouns only
        self.nominal = {w for t, f, le in zip(tokens, forms, lemmas) if t.pos_ != "ADJ" or t.dep_ != "amod"
                        for w in (f, le)}
        if any(_is_person(t) for t in tokens):
            self.single.add(PERSON)
            self.nominal.add(PERSON)
        self.phrases = {" ".join(seq[i:i + n]) for seq in (forms, lemmas) for n in range(2, MAX_PHRASE + 1)
                        for i in range(len(seq) - n + 1)}

    def has(self, word: str) -> bool:
        return word in (self.phrases if " " in word else self.single)

    def has_item(self, item: Item) -> bool:
        singles = self.nominal if item.nominal else self.single
        return not item.words.isdisjoint(singles) or not item.phrases.isdisjoint(self.phrases)


def _singular(phrase: str) -> str:
    """An English word or phrase with its last word singular, as the text's lemmas give it ("warrants")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")) and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


class VerbDictionary:
    def __init__(self, lang: str):
        self.lang = lang
        self.entries: dict[tuple[str, str], list[Entry]] = {}  # (kind, lemma) -> entries, longest `with_` first
        self.synsets: dict[str, tuple[str, ...]] = {}

    @classmethod
    def load(cls, folder: Path, lang: str) -> "VerbDictionary":
        """The compiled dictionary of `lang` in `folder` (seeds/patterns), read back when an earlier run built it."""
        return cached(f"verbs-{lang}", [folder], lambda: cls.build(folder, lang))

    @classmethod
    def build(cls, folder: Path, lang: str) -> "VerbDictionary":
        out = cls(lang)
        for _, row in seed_rows(folder / f"synsets_{lang}.jsonl"):
            out.synsets[row["name"]] = tuple(row["members"])
        items: dict[tuple[str, ...], Item] = {}

        def item(alternatives: list[str]) -> Item:
            k = tuple(alternatives)
            if k not in items:
                words = [m for a in alternatives for m in (out.synsets.get(a, ()) if a.startswith("&") else (a,))]
                words += [PERSON for a in alternatives if a in PERSON_SYNSETS]
                if lang == "en":  # "ARREST WARRANTS" also names "an arrest warrant": the text is matched by its lemmas too
                    words += [_singular(w) for w in words]
                items[k] = Item(frozenset(w for w in words if " " not in w),
                                frozenset(w for w in words if " " in w and w.count(" ") < MAX_PHRASE),
                                nominal=all(a.startswith("&") for a in alternatives))
            return items[k]

        blocks: dict[str, tuple[Rule, ...]] = {}
        for lineno, row in seed_rows(folder / f"verb_blocks_{lang}.jsonl"):
            try:
                blocks[row["block"]] = tuple(
                    Rule(tuple(item(i) for i in r["before"]), tuple(item(i) for i in r["after"]), r["code"],
                         int(r["line"]), r.get("verb"), bool(r.get("undergone")), tuple(r.get("not_for", ())))
                    for r in row["rules"])
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("verb_blocks_%s.jsonl line %d: block skipped (%s)", lang, lineno, exc)
        for lineno, row in seed_rows(folder / f"verbs_{lang}.jsonl"):
            try:
                rules = tuple(r for b in row["blocks"] for r in blocks.get(b, ()) if r.holds_for(row["lemma"]))
                entry = Entry.build(lang, row["lemma"], row["kind"], tuple(row["with"]), row["code"], rules,
                                    int(row["line"]))
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("verbs_%s.jsonl line %d: entry skipped (%s)", lang, lineno, exc)
                continue
            out.entries.setdefault((entry.kind, entry.lemma), []).append(entry)
        for found in out.entries.values():
            found.sort(key=lambda e: -len(e.with_))
        return out

    def lookup(self, kind: str, words: tuple[str, ...]) -> list[Entry]:
        """The entries of the first of `words` (a token's lemma, then its form) the dictionary has."""
        for word in words:
            found = self.entries.get((kind, word))
            if found:
                return found
        return []

    def choose(self, entries: list[Entry], tok: Token, sent: Span) -> tuple[Entry, Rule | None, str | None] | None:
        """The entry that fits the token's sentence (its words written with it present), the most specific rule
        whose words are there, and the code they give (None: no event). None when no entry fits."""
        if not entries:
            return None  # most verbs: no entry, no sentence words to gather
        arguments = _arguments(tok)  # read once for both sides
        before, after = Words(_left(tok, arguments)), Words(_right(tok, arguments))
        for entry in entries:
            if entry.with_ and not all(after.has(w) for w in entry.with_):
                continue
            matching = (rule for rule in map(entry.rules.__getitem__, entry.candidates(before, after))
                        if all(after.has_item(i) for i in rule.after) and all(before.has_item(i) for i in rule.before))
            best = _with_particle(matching, tok)
            return entry, best, (best.code if best is not None else entry.code)
        return None


def _with_particle(matching: Iterator[Rule], tok: Token) -> Rule | None:
    """The most specific rule; among rules as specific, one written with the verb's own particle ("hit out" is 111,
    whatever "support" the object's phrase holds: "hit out at the United States over its support for Taiwan"). The
    other matches are read only for a verb with a particle."""
    first = next(matching, None)
    particles = {form(c) for c in tok.children if c.dep_ in ("prt", "compound:prt")}
    if first is None or not particles:
        return first
    ties = [first, *takewhile(lambda r: r.weight == first.weight, matching)]
    return next((r for r in ties if any(not i.words.isdisjoint(particles) for i in r.after)), first)


_CLAUSES = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "conj", "parataxis", "csubj", "punct", "cc"})


def _arguments(tok: Token) -> list[Token]:
    """The trigger's own phrases: its dependents and theirs (a preposition's object, an object's modifier), not the
    clauses hanging from it: a rule's words must be about this act, not another one in the sentence."""
    out: list[Token] = []
    for child in tok.children:
        if child.dep_ in _CLAUSES:
            continue
        out.append(child)
        out.extend(g for g in child.children if g.dep_ not in _CLAUSES)
        out.extend(gg for g in child.children if g.dep_ in ("pobj", "prep", "case", "nmod", "obl")
                   for gg in g.children if gg.dep_ not in _CLAUSES)
    return out


def _is_person(tok: Token) -> bool:
    """The subject or the only direct object, naming a person: a person's name, or in Spanish an object marked by
    the personal "a" ("ejecutaron a un agricultor"), which the language uses for people and not for things."""
    dep = tok.dep_
    if dep != "obl" and dep not in _CORE:
        return False  # neither test below can hold: no need to read its children
    personal_a = any(c.dep_ == "case" and form(c) == "a" for c in tok.children)
    if dep == "obl" and personal_a and tok.pos_ == "NOUN" and not any(
            c.dep_ in ("obj", "dobj") for c in tok.head.children):
        return True  # "ejecutaron en zona rural a un indígena": the small model takes the object for an oblique
    if dep not in _CORE or any(_rival(o, tok) for o in tok.head.children):
        return False  # "lanzó un ultimátum a Milosevic": two objects, the act is the other one
    return tok.ent_type_ in ("PER", "PERSON") or personal_a


def _rival(other: Token, tok: Token) -> bool:
    """Another bare noun in the same role: a second object or subject, not a misattached name ("ejecutaron a
    Jose Fernando ..., CESAR , AGUACHICA") or prepositional phrase ("a Gonzalo Garcia de 42 annos")."""
    return other != tok and other.dep_ == tok.dep_ and other.pos_ == "NOUN" \
        and not any(c.dep_ == "case" for c in other.children)


_CORE = frozenset({"obj", "dobj", "nsubj", "nsubjpass", "nsubj:pass"})


def _left(tok: Token, arguments: list[Token] | None = None) -> list[Token]:
    """Before the trigger: its subject's phrase, auxiliaries and adverbs (PETRARCH's pre-verb words); for a noun,
    the words in front of it. `arguments`: `_arguments(tok)`, when the caller has them."""
    words = [t for t in (_arguments(tok) if arguments is None else arguments) if t.i < tok.i]
    if tok.dep_ in ("dobj", "obj", "nsubj", "nsubjpass", "pobj") or tok.pos_ == "NOUN":
        words += [t for t in tok.head.subtree if t.i < tok.i] if tok.head != tok else []
    return words


def _right(tok: Token, arguments: list[Token] | None = None) -> list[Token]:
    """After the trigger: its objects and prepositional phrases (PETRARCH's post-verb words)."""
    return [t for t in (_arguments(tok) if arguments is None else arguments) if t.i > tok.i]
