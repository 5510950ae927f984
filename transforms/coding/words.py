"""A token's words as the coder compares them: folded (lower case, no accents), form and lemma.

Every lookup of the coder — trigger lemmas, cue words, dictionary rules — goes
through these, so "amenazó", "amenazo" and "AMENAZÓ" are one word.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.text import fold_word


def form(tok: Token) -> str:
    return fold_word(tok.text)


def lemma(tok: Token) -> str:
    return fold_word(tok.lemma_)


def either(tok: Token, words: frozenset[str] | set[str]) -> bool:
    """The token's form or lemma is one of `words` (folded)."""
    return form(tok) in words or lemma(tok) in words
