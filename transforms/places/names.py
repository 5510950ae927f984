"""Name normalisation shared by the index and the text scanner.

A name and a stretch of text are compared through the same *key*: the words
(letters and digits; hyphens, apostrophes and other punctuation separate them),
each case-folded with its accents stripped, joined by single spaces.
"Moscú" -> "moscu", "N'Djamena" -> "n djamena", "Franja de Gaza" -> "franja de gaza".
"""
from __future__ import annotations

import re

from transforms.text import fold_word as word_key
from transforms.text import strip_accents

__all__ = ["PLAIN_KEY", "WORD", "ascii_name", "is_latin_key", "is_word_key", "key", "letters", "strip_accents", "word_key"]

WORD = re.compile(r"[^\W_]+")
PLAIN_KEY = re.compile(r"[a-z]+(?: [a-z]+)*")


def ascii_name(name: str) -> str:
    """The plain-ASCII display form of a GeoNames name; non-Latin letters stay."""
    return " ".join(strip_accents(name).split())


def key(name: str) -> str:
    """The lookup key of a name: its normalised words joined by spaces."""
    folded = word_key(name)
    if PLAIN_KEY.fullmatch(folded):  # the common case: words of letters, single spaces
        return folded
    return " ".join(WORD.findall(folded))


_LATIN = re.compile(r"[a-z0-9 ]+")
_LETTERS_ONLY = re.compile(r"[a-z ]+")


def is_latin_key(k: str) -> bool:
    """True when a key is made only of ASCII letters, digits and spaces."""
    return _LATIN.fullmatch(k) is not None


def is_word_key(k: str) -> bool:
    """True when a key is made only of ASCII letters and spaces (no digits)."""
    return _LETTERS_ONLY.fullmatch(k) is not None


def letters(k: str) -> int:
    return len(k) - k.count(" ")
