"""Name normalisation shared by the index and the text scanner.

A name and a stretch of text are compared through the same *key*: the words
(letters and digits; hyphens, apostrophes and other punctuation separate them),
each case-folded with its accents stripped, joined by single spaces.
"Moscú" -> "moscu", "N'Djamena" -> "n djamena", "Franja de Gaza" -> "franja de gaza".
"""
from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"[^\W_]+")
PLAIN_KEY = re.compile(r"[a-z]+(?: [a-z]+)*")
_MARKS = re.compile("[\u0300-\u036f]+")  # the combining diacritics of Latin letters
_OTHER_MARKS = re.compile("[\u0483-\u0489\u0591-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

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
    text = text.translate(_SPECIAL)
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():
        return decomposed
    return _MARKS.sub("", decomposed) if not _OTHER_MARKS.search(decomposed) else \
        "".join(c for c in decomposed if not unicodedata.combining(c))


def ascii_name(name: str) -> str:
    """The plain-ASCII display form of a GeoNames name; non-Latin letters stay."""
    return " ".join(strip_accents(name).split())


def word_key(word: str) -> str:
    """One word, case-folded and accent-free."""
    return strip_accents(word).casefold()


def key(name: str) -> str:
    """The lookup key of a name: its normalised words joined by spaces."""
    folded = strip_accents(name).casefold()
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
