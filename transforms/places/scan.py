"""Finding place names in running text: longest match over capitalised words.

A span is a run of words (at most the longest indexed name) that starts and
ends with a capitalised word and is not broken by punctuation (a full stop is
allowed after a short abbreviation: "EE. UU.", "St. Petersburg"). At each word
the longest span whose key is indexed wins; spans never overlap.

Guards against common words (they decide per match, never per article):
- stopwords are never places, unless curated in overrides/exonyms or a country;
- a name that also appears in lower case in the same text is a common word;
- a weak place (an ordinary town, not a country, capital, big city or curated
  name) glued to another capitalised word is part of a person's or an
  organisation's name ("Sergei Lavrov", "Europa Press"); a one-word weak place
  that is glued so anywhere in the text is a name everywhere in it ("Lai
  Ching-te ... Lai, que juró");
- a short word in capitals (four letters or fewer) is an acronym unless it
  names a strong place ("IRNA" is not a town, "DOHA" is the capital);
- a name right after a locality word of seeds/places/localities.txt ("vereda
  Buenos Aires", "barrio San Eduardo") is a local place and is skipped; a
  country's name after a subdivision word and "de" is that subdivision ("el
  municipio de Argelia", seeds/places/subdivisions.txt);
- a weak place in parentheses right after a name is its translation ("the
  Azadliq (Freedom) coalition" names no town of the United States);
- a longer indexed name judged no place here is skipped whole, not searched for
  a shorter one inside ("Santa Isabel Tolima": not the Solomon Islands' "Isabel").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from transforms.places.index import Candidate, PlaceIndex
from transforms.places.names import WORD, word_key
from transforms.text import ARTICLES

_NAME_LINKS = frozenset({"de", "del"})  # words inside Spanish place names ("San José de Apartadó")
_LINK_AHEAD = re.compile(r"\s+del?\s", re.IGNORECASE)
_JOIN = re.compile(r"[ \t\u00a0'’\-‐–]*")  # what may stand between two words of one name


class Word(NamedTuple):  # a tuple, not a dataclass: built for every word of every scanned text
    start: int
    end: int
    key: str
    upper: bool
    caps: bool


def words(text: str) -> list[Word]:
    return [Word(m.start(), m.end(), word_key(m.group()), m.group()[0].isupper(), m.group().isupper())
            for m in WORD.finditer(text)]


def _joined(text: str, a: Word, b: Word) -> bool:
    gap = text[a.end:b.start]
    if _JOIN.fullmatch(gap):
        return True
    # a full stop after an abbreviation of one or two letters: "EE. UU.", "St. Petersburg"
    return gap.startswith(".") and len(a.key) <= 2 and bool(_JOIN.fullmatch(gap[1:]))


def _glued(text: str, a: Word, b: Word) -> bool:
    """Two words of one name: only spaces, hyphens or apostrophes between them."""
    return _JOIN.fullmatch(text[a.end:b.start]) is not None


def _name_parts(index: PlaceIndex, text: str, ws: list[Word]) -> set[str]:
    """Keys of capitalised words glued to another capitalised (non-stop) word."""
    parts: set[str] = set()
    for a, b in zip(ws, ws[1:]):
        if a.upper and b.upper and a.key not in index.function_words and b.key not in index.function_words \
                and _glued(text, a, b):
            parts.update((a.key, b.key))
    return parts


def find(index: PlaceIndex, text: str) -> list[tuple[int, int, Candidate]]:
    ws = words(text)
    lower = {w.key for w in ws if not w.upper}
    parts = _name_parts(index, text, ws)
    out: list[tuple[int, int, Candidate]] = []
    i = 0
    while i < len(ws):
        if not ws[i].upper:
            i += 1
            continue
        if _after_locality(index, ws, i):  # "vereda Buenos Aires", "vereda Canadá Escocia": a hamlet's whole name
            i += 1
            while i < len(ws) and ws[i].upper and _glued(text, ws[i - 1], ws[i]):
                i += 1
            continue
        j, cand = _longest(index, text, ws, i, lower, parts)
        if cand is None:
            i = j + 1  # past a longer name judged not a place here: "Santa Isabel Tolima" is not "Isabel"
            continue
        if not (cand.curated or cand.place.feature == "country") and _longer_name(index, ws, j):
            i = j + 1  # "San José de Apartadó", "San Vicente del Caguán": a place of its own the index lacks
            continue
        if cand.place.feature == "country" and _subdivision_of(index, ws, i):
            i = j + 1  # "el municipio de Argelia" (Cauca) is no country
            continue
        out.append((ws[i].start, ws[j].end, cand))
        i = j + 1
    return out


def _longer_name(index: PlaceIndex, ws: list[Word], j: int) -> bool:
    """The name ending at word j goes on with "de"/"del" and a capitalised word (maybe after an article) that is not
    a country: "San José de Apartadó" is a Colombian hamlet, "San José de Costa Rica" the capital."""
    k = j + 1
    if k >= len(ws) or ws[k].key not in _NAME_LINKS or ws[k].upper:
        return False
    k += 1
    if k < len(ws) and ws[k].key in ARTICLES and not ws[k].upper:
        k += 1
    if k >= len(ws) or not ws[k].upper:
        return False
    rest = " ".join(w.key for w in ws[k:k + 3])
    return not any(rest.startswith(name) and c.place.feature == "country"
                   for name in _prefixes(rest) for c in index.names.get(name, ()))


def goes_on(index: PlaceIndex, following: str) -> bool:
    """The text right after a name makes it part of a longer place name ("... de Apartadó", not "... de Costa
    Rica")."""
    if not _LINK_AHEAD.match(following):
        return False  # nearly every name: no "de" after it
    ws = words(following[:80])
    return bool(ws) and _longer_name(index, [Word(0, 0, "", True, False), *ws], 0)


def _prefixes(words: str) -> list[str]:
    parts = words.split()
    return [" ".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _after_locality(index: PlaceIndex, ws: list[Word], i: int) -> bool:
    """Word i follows a locality word, maybe through an article ("vereda Buenos Aires", "vereda la Albania")."""
    j = i - 1
    if j >= 0 and ws[j].key in ARTICLES:
        j -= 1
    return j >= 0 and ws[j].key in index.localities


def _subdivision_of(index: PlaceIndex, ws: list[Word], i: int) -> bool:
    """Word i follows a subdivision word (seeds/places/subdivisions.txt) and "de" / "of" ("el municipio de
    Argelia")."""
    return i >= 2 and ws[i - 1].key in OF_WORDS and ws[i - 2].key in index.subdivisions


OF_WORDS = frozenset({"de", "del", "of"})  # between a subdivision word and its name


def _longest(index: PlaceIndex, text: str, ws: list[Word], i: int, lower: set[str],
             parts: set[str]) -> tuple[int, Candidate | None]:
    """(last word, candidate) of the longest place name starting at word i; (last word of the longest indexed name
    there, None) when no name there may be a place here (i itself when none is indexed)."""
    last, rejected = i, i
    while last + 1 < len(ws) and last - i + 1 < index.max_words and _joined(text, ws[last], ws[last + 1]):
        last += 1
    for j in range(last, i - 1, -1):
        if not ws[j].upper:
            continue
        k = " ".join(w.key for w in ws[i:j + 1])
        bucket = index.names.get(k)
        if not bucket:
            continue
        cand = _acceptable(index, text, ws, i, j, k, bucket, lower, parts)
        if cand is not None:
            return j, cand
        rejected = max(rejected, j)
    return rejected, None


def _acceptable(index, text, ws, i, j, k, bucket, lower, parts):
    """The best candidate this span may stand for here, or None."""
    surface_caps = all(w.caps for w in ws[i:j + 1])
    acronym = i == j and surface_caps and len(k) <= 4
    for cand in bucket:
        if cand.caps and not surface_caps:
            continue
        if cand.curated or cand.place.feature == "country":
            return cand
        if k in index.stopwords or (i == j and k in lower):
            return None
        if not cand.strong and (acronym or (i == j and k in parts) or _next_to_name(index, text, ws, i, j)
                                or _gloss(text, ws[i], ws[j])):
            return None
        return cand
    return None


def _gloss(text: str, first: Word, last: Word) -> bool:
    """The span is a translation in parentheses after a name: "the Azadliq (Freedom) coalition", "Umma (Nation)"."""
    before, after = text[max(0, first.start - 80):first.start].rstrip(), text[last.end:last.end + 4].lstrip()
    if not (before.endswith("(") and after.startswith(")")):
        return False
    name = before[:-1].rstrip().split(" ")[-1:]
    return bool(name) and name[0][:1].isupper()


def _next_to_name(index: PlaceIndex, text: str, ws: list[Word], i: int, j: int) -> bool:
    """True when a capitalised word (not a function word) is glued before or after the span."""
    before = ws[i - 1] if i > 0 and _glued(text, ws[i - 1], ws[i]) else None
    after = ws[j + 1] if j + 1 < len(ws) and _glued(text, ws[j], ws[j + 1]) else None
    return any(w is not None and w.upper and w.key not in index.function_words for w in (before, after))
