"""A token's words as the coder compares them: folded (lower case, no accents), form and lemma.

The coder's lookups of trigger lemmas and dictionary rules go through these (cue words are folded the same way
in transforms.cues), so "amenazó", "amenazo" and "AMENAZÓ" are one word.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.text import fold_word


def form(tok: Token) -> str:
    return fold_word(tok.text)


def lemma(tok: Token) -> str:
    return fold_word(tok.lemma_)
