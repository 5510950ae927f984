"""The one way Dyad folds text for matching: lower case, no accents.

Real feeds drop accents ("traves", "Policia") and capitalise at will, so every
lookup — actor names, place names, trigger words, date words, seed keys —
compares folded text. Two forms:

* `fold_word` / `strip_accents`: a word or name, accents removed (ł, ø, ß and
  the other letters NFKD does not decompose included);
* `fold`: a whole text, one character for one character, separators
  (hyphens, apostrophes, dots) as spaces, so that a match found in the folded
  text sits at the same offsets in the original.

`words` and `key` build on `fold`: "Kim Jong-un", "Kim Jong Un" and
"KIM JONG UN" are one key.
"""
from __future__ import annotations

import functools
import re
import unicodedata

WORD = re.compile(r"[^\W_]+")
ARTICLES = frozenset({"el", "la", "los", "las", "lo", "the"})
_SEPARATORS = frozenset("-‐‑‒–—'’‘`´.ʻʼ")
_MARKS = re.compile("[\u0300-\u036f]+")  # the combining diacritics of Latin letters
# Letters that NFKD does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "þ": "th", "Þ": "Th", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    "ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
})


def strip_accents(text: str) -> str:
    """The text with diacritics removed, case kept ("Wŏnsan" -> "Wonsan")."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    if decomposed.isascii():
        return decomposed
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 17)
def fold_word(word: str) -> str:
    """One word or name, case-folded and accent-free: "Policía" -> "policia"."""
    return strip_accents(word).casefold()


@functools.lru_cache(maxsize=1 << 16)
def fold_lemma(lemma: str) -> str:
    """A token's lemma folded, its first word only: the Spanish model lemmatises a verb with clitics as two words
    ("reunirse" -> "reunir él", "enfrentarse" -> "enfrentar él")."""
    return fold_word(lemma.split(" ", 1)[0])


# A token's folded text and lemma, by the id spaCy gives the string (the hash of the text, the same in every
# vocabulary): reading `tok.text` decodes a new string each time, and hashing it for `fold_word`'s cache costs
# more than the folding the cache saves.
_TOKEN_FORMS: dict[int, str] = {}
_TOKEN_LEMMAS: dict[int, str] = {}
_TOKEN_CACHE_MAX = 1 << 18


def token_form(tok) -> str:
    """`fold_word(tok.text)` of a spaCy token."""
    orth = tok.orth
    folded = _TOKEN_FORMS.get(orth)
    if folded is None:
        if len(_TOKEN_FORMS) >= _TOKEN_CACHE_MAX:
            _TOKEN_FORMS.clear()
        folded = _TOKEN_FORMS[orth] = fold_word(tok.text)
    return folded


def token_lemma(tok) -> str:
    """`fold_lemma(tok.lemma_)` of a spaCy token."""
    key = tok.lemma
    folded = _TOKEN_LEMMAS.get(key)
    if folded is None:
        if len(_TOKEN_LEMMAS) >= _TOKEN_CACHE_MAX:
            _TOKEN_LEMMAS.clear()
        folded = _TOKEN_LEMMAS[key] = fold_lemma(tok.lemma_)
    return folded


@functools.lru_cache(maxsize=8192)
def fold_char(c: str) -> str:
    """One character folded to exactly one character (separators become spaces)."""
    if c in _SEPARATORS:
        return " "
    if c.isascii():
        return c.lower()
    base = fold_word(c)
    return base[0] if base and base[0].isascii() else (c.lower()[:1] or " ")


class _FoldTable(dict):
    """`str.translate` table computing `fold_char` on demand (the fast path of `fold`)."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(chr(code))
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Same length as `text`: lower case, no accents, separators as spaces."""
    return text.translate(_FOLD)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for every word of `text`, offsets into `text`."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(fold(text))]


def key(text: str, *, drop_article: bool = False) -> tuple[str, ...]:
    """The folded words of a name, the unit of lookup."""
    ws = tuple(w for _, _, w in words(text))
    if drop_article and len(ws) > 1 and ws[0] in ARTICLES:
        ws = ws[1:]
    return ws


def slug(text: str) -> str:
    return "-".join(key(text))
