"""The actor lexicon: every name, demonym, capital, institution and title of
seeds/actors/, folded into one word-tuple index for fast scanning of sentences.

Read straight from the seed files (formats in seeds/actors/README or the
reference builder's notes); a bad line is reported with its file and line and
skipped, never fatal.
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from transforms.text import key, words
from transforms.seed_rows import seed_rows

log = logging.getLogger(__name__)

# kinds of entries, by what they stand for
PERSON, STATE, CAPITAL, DEMONYM, ORGANISATION, INSTITUTION, AGENT = (
    "person", "state", "capital", "demonym", "organisation", "institution", "agent")
_PROPER = {PERSON, STATE, CAPITAL, ORGANISATION}


@dataclass(frozen=True)
class Role:
    country: str | None
    role: str | None
    title: str | None
    start: dt.date | None
    end: dt.date | None

    def holds_on(self, on: dt.date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Entry:
    kind: str
    alias: str
    actor_id: str | None = None
    name: str | None = None
    country: str | None = None
    role: str | None = None
    title: str | None = None
    lang: str | None = None  # None: every language
    shared: bool = False  # an alias other countries' bodies bear too ("Democratic Party"): see ArticleActors


def shared_name(kind: str, entries: tuple[Entry, ...]) -> bool:
    """The span names an organisation by a name other countries' bodies bear too ("the Democratic Party", "National
    Liberation Army"): it says nothing of which country's."""
    return kind == ORGANISATION and any(e.shared for e in entries)


@dataclass
class Person:
    actor_id: str
    name: str
    roles: list[Role] = field(default_factory=list)

    def roles_on(self, on: dt.date | None) -> list[Role]:
        held = [r for r in self.roles if r.holds_on(on)]
        return held


@dataclass(frozen=True)
class Match:
    """A lexicon hit in a text: character offsets and the entries it may be."""

    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=1 << 16)  # asked for every hit of every entry; aliases are few
def _acronym(alias: str) -> bool:
    letters = _letters(alias)
    return 1 < len(letters) <= 6 and all(c.isupper() for c in letters)


class Lexicon:
    """Index of folded word tuples to entries, plus persons, states and organisations by id."""

    def __init__(self) -> None:
        self.index: dict[tuple[str, ...], list[Entry]] = {}
        self.persons: dict[str, Person] = {}
        self.states: dict[str, str] = {}  # ISO3 -> English name
        self.organisations: dict[str, Entry] = {}  # actor_id -> entry
        self.roles: dict[str, str] = {}  # CAMEO actor type code -> label ("CVL" -> "Civilian")
        self.max_words = 1
        self.seeds_dir: Path | None = None
        # every proper prefix of an indexed key: `find` stops growing a span as soon
        # as no key starts with it, instead of trying every length up to max_words
        self._prefixes: set[tuple[str, ...]] = set()

    # -- building -----------------------------------------------------------------
    def add(self, entry: Entry, *, drop_article: bool = False) -> None:
        k = key(entry.alias, drop_article=drop_article)
        if not k:
            return
        bucket = self.index.setdefault(k, [])
        if entry not in bucket:
            bucket.append(entry)
        self.max_words = max(self.max_words, len(k))
        self._prefixes.update(k[:n] for n in range(1, len(k)))

    @classmethod
    def load(cls, seeds_dir: Path) -> "Lexicon":
        lex = cls()
        lex.seeds_dir = Path(seeds_dir)
        actors = Path(seeds_dir) / "actors"
        for name in ("states", "organisations", "groups", "persons", "persons_curated", "institutions", "agents"):
            path = actors / f"{name}.jsonl"
            for lineno, row in seed_rows(path):
                try:
                    getattr(lex, f"_load_{name if name != 'persons_curated' else 'persons'}")(row)
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    log.warning("%s line %s: skipped (%s)", path, lineno, exc)
        roles = Path(seeds_dir) / "reference" / "actor_roles.csv"
        if roles.exists():
            with open(roles, encoding="utf-8", newline="") as f:
                lex.roles = {row["role"]: row["label"] for row in csv.DictReader(f)}
        return lex

    def _load_states(self, row: dict) -> None:
        iso, name = row["country_code"], row["name"]
        self.states[iso] = name
        base = dict(actor_id=row.get("actor_id") or iso, name=name, country=iso)
        for lang, names in (row.get("names") or {}).items():
            for alias in [*names, *([name] if lang == "en" else [])]:
                self.add(Entry(STATE, alias, lang=lang, **base), drop_article=True)
        for lang, names in (row.get("demonyms") or {}).items():
            for alias in names:
                self.add(Entry(DEMONYM, alias, lang=lang, **base))
        for lang, names in (row.get("capitals") or {}).items():
            for alias in names:
                self.add(Entry(CAPITAL, alias, lang=lang, **base))

    def _load_organisations(self, row: dict) -> None:
        shared = {(lang, alias) for lang, names in (row.get("shared_aliases") or {}).items() for alias in names}
        entry = Entry(ORGANISATION, row["name"], actor_id=row["actor_id"], name=row["name"],
                      country=row.get("country_code"), role=row.get("role"),
                      shared=any(alias == row["name"] for _, alias in shared))  # "Islamic State": its name is shared
        self.organisations[entry.actor_id] = entry
        self.add(entry)
        for lang, names in (row.get("aliases") or {}).items():
            for alias in names:
                self.add(Entry(ORGANISATION, alias, actor_id=entry.actor_id, name=entry.name,
                               country=entry.country, role=entry.role, lang=lang, shared=(lang, alias) in shared),
                         drop_article=True)

    _load_groups = _load_organisations  # named armed groups: an organisation with a country and a role

    def _load_persons(self, row: dict) -> None:
        actor_id, name = row["actor_id"], row["name"]
        person = self.persons.setdefault(actor_id, Person(actor_id, name))
        for r in row.get("roles") or []:
            role = Role(r.get("country_code"), r.get("role"), r.get("title"), _date(r.get("from")), _date(r.get("to")))
            if role not in person.roles:
                person.roles.append(role)
        for alias in [name, *(row.get("aliases") or [])]:
            self.add(Entry(PERSON, alias, actor_id=actor_id, name=name))

    def _load_institutions(self, row: dict) -> None:
        self.add(Entry(INSTITUTION, row["text"], country=row["country_code"], role=row.get("role") or "GOV",
                       title=row.get("title"), lang=row.get("lang")), drop_article=True)

    def _load_agents(self, row: dict) -> None:
        self.add(Entry(AGENT, row["text"], role=row.get("role"), title=row.get("title"), lang=row.get("lang")),
                 drop_article=True)

    # -- lookup -------------------------------------------------------------------
    def lookup(self, text: str, lang: str | None = None) -> list[Entry]:
        return [e for e in self.index.get(key(text, drop_article=True), []) if e.lang in (None, lang)]

    def find(self, text: str, lang: str) -> list[Match]:
        """Longest, leftmost lexicon hits in `text` that fit its case and language."""
        ws = words(text)
        index, prefixes = self.index, self._prefixes
        out: list[Match] = []
        i, count = 0, len(ws)
        while i < count:
            # the longest span starting here that could be a key (all shorter ones are prefixes)
            longest = 1
            span = (ws[i][2],)
            while span in prefixes and i + longest < count and longest < self.max_words:
                span = (*span, ws[i + longest][2])
                longest += 1
            hit = None
            for n in range(longest, 0, -1):
                entries = index.get(tuple(w for _, _, w in ws[i:i + n]))
                if not entries:
                    continue
                start, end = ws[i][0], ws[i + n - 1][1]
                surface = text[start:end]
                if n > 1 and _SENTENCE_BREAK.search(surface):
                    continue  # "…send doctors home.\nSecretary of State Marco Rubio": no "home secretary"
                fit = tuple(e for e in entries if e.lang in (None, lang) and _case_fits(e, surface))
                if fit:
                    hit = Match(start, end, surface, fit)
                    i += n
                    break
            if hit:
                out.append(hit)
            else:
                i += 1
        return out


# the end of a sentence inside a would-be name: a line break, a semicolon, or a full stop after a word (not after an
# abbreviation: "U.S. Army", "Gen. Ramos")
_SENTENCE_BREAK = re.compile(r"\n|;|\b[a-záéíóúñ]{3,}[.!?]\s")


def _case_fits(entry: Entry, surface: str) -> bool:
    """Acronyms must match their case; proper names must be capitalised in the text."""
    letters = _letters(entry.alias)
    if _acronym(entry.alias):
        return tuple(c for c in surface if c.isalpha()) == letters
    if entry.kind in _PROPER and letters and letters[0].isupper():
        return next((c for c in surface if c.isalpha()), "").isupper()
    return True


@functools.lru_cache(maxsize=1 << 16)
def _letters(alias: str) -> tuple[str, ...]:
    return tuple(c for c in alias if c.isalpha())
