"""Name folding that keeps character offsets.

`fold` maps every character to exactly one character (lower case, accents
removed, hyphens and apostrophes to spaces), so a match found in the folded text
is at the same offsets in the original. Aliases and article text are folded the
same way, then compared as tuples of words: "Kim Jong-un", "Kim Jong Un" and
"KIM JONG UN" are one key; "Choi Son Hee" stays a different key from
"Choe Son Hui" (that is the catalogue's job, as an alias).
"""
from __future__ import annotations

import functools
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")
_SEPARATORS = set("-‐‑‒–—'’‘`´.")
ARTICLES = frozenset({"el", "la", "los", "las", "lo", "the"})


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c.isascii():
        return " " if c in _SEPARATORS else c.lower()
    if c in _SEPARATORS:
        return " "
    base = unicodedata.normalize("NFKD", c)
    base = "".join(ch for ch in base if not unicodedata.combining(ch)).lower()
    return base[0] if len(base) >= 1 and base[0].isascii() else c.lower()[:1] or " "


def fold(text: str) -> str:
    """Same length as `text`: lower case, no accents, separators as spaces."""
    return "".join(_fold_char(c) for c in text)


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, folded word) for every word of `text`, offsets into `text`."""
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(fold(text))]


def key(text: str, *, drop_article: bool = False) -> tuple[str, ...]:
    """The folded words of a name, the unit of lookup."""
    ws = tuple(w for _, _, w in words(text))
    if drop_article and len(ws) > 1 and ws[0] in ARTICLES:
        ws = ws[1:]
    return ws


def slug(text: str) -> str:
    return "-".join(key(text))
