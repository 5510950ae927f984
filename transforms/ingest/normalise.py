"""Text cleaning and the content hash.

Two levels, on purpose:

* `clean_text` is what `Article.text` holds: Unicode NFC, line breaks unified,
  invisible characters removed, every kind of space turned into a plain space,
  runs of spaces collapsed, lines stripped and blank lines dropped, so
  paragraphs are separated by a single "\\n". Typographic quotes and dashes are
  kept as published: evidence sentences quoted downstream (and the gold
  evidence of the evaluation corpus) are exact substrings of the text.
* `hash_form` is what the content hash is computed over: the cleaned text with
  quotes and dashes unified, casefolded, and all whitespace (line breaks too)
  collapsed to one space — so a re-encoded, re-wrapped or re-quoted copy of a
  story hashes the same and is recognised as the same article.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

# Characters that carry no text: zero-width space/joiners, word joiner, BOM, soft hyphen.
# (Regular expressions rather than str.translate tables: on non-ASCII text a
# translate table is looked up per character, 25x slower when nothing matches.)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Control characters other than tab and newline (C0 and C1 ranges, DEL).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Every Unicode space separator (NBSP, thin space, ideographic space…) and tab.
_SPACES = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000 ]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_ANY_WHITESPACE = re.compile(r"\s+")

_QUOTE_FORMS = {
    **dict.fromkeys("“”„‟«»″〝〞＂", '"'),
    **dict.fromkeys("‘’‚‛‹›′`´＇", "'"),
    **dict.fromkeys("‐‑‒–—―−﹘﹣－", "-"),
    "…": "...",
}
_QUOTES = re.compile("[" + re.escape("".join(_QUOTE_FORMS)) + "]")


def clean_text(text: str) -> str:
    """The text as stored: NFC, clean whitespace, one "\\n" between paragraphs."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    text = _CONTROL.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def unify_punctuation(text: str) -> str:
    """Straight quotes for every quote mark, "-" for every dash, "..." for "…"."""
    return _QUOTES.sub(lambda m: _QUOTE_FORMS[m.group()], text)


def hash_form(text: str, *, cleaned: bool = False) -> str:
    """The form two copies of one story share (see the module docstring);
    `cleaned`: `text` is already `clean_text`'s output (it is idempotent)."""
    text = unify_punctuation(text if cleaned else clean_text(text)).casefold()
    return _ANY_WHITESPACE.sub(" ", text).strip()


def content_hash(text: str, *, cleaned: bool = False) -> str:
    """sha256 (hex) of `hash_form(text)`: equal for trivially different copies."""
    return hashlib.sha256(hash_form(text, cleaned=cleaned).encode("utf-8")).hexdigest()


def same_line(a: str | None, b: str | None) -> bool:
    """Whether two one-line strings (a title and a first line) say the same."""
    return a is not None and b is not None and hash_form(a) == hash_form(b)
