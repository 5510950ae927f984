"""The cue lexicon (seeds/patterns/cues.jsonl): closed word lists per language and class.

Negation, refusal, future and plan markers, hedges, light verbs, modal verbs,
the words that make a statement criticism or support, the prepositions that
introduce a target... Words are folded when loaded, so a cue matches with or
without accents. A malformed line is reported (file, line, reason) and skipped.

Read by the coder and by the NLP pipeline's accent restorer, so it lives outside both packages.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Token

from transforms.seed_rows import seed_rows
from transforms.text import fold_word, token_form, token_lemma

log = logging.getLogger(__name__)


@dataclass
class Cues:
    words: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)

    def get(self, lang: str, cls: str) -> frozenset[str]:
        return self.words.get((lang, cls), frozenset())

    def for_lang(self, lang: str) -> "LangCues":
        return LangCues(self, lang)

    @classmethod
    def load(cls, path: Path) -> "Cues":
        acc: dict[tuple[str, str], set[str]] = {}
        for lineno, row in seed_rows(path):
            try:
                acc.setdefault((row["lang"], row["class"]), set()).update(fold_word(w) for w in row["words"])
            except (KeyError, TypeError, AttributeError) as exc:
                log.warning("%s line %d: cue row skipped (%s)", path, lineno, exc)
        return cls({k: frozenset(v) for k, v in acc.items()})


@dataclass(frozen=True)
class LangCues:
    """The cues of one language: `cues("negation")` is the word set, `cues.has(tok, "negation")` a test."""

    cues: Cues
    lang: str
    # class -> words of this language, read once (the coder asks tens of thousands of times an article set)
    _classes: dict[str, frozenset[str]] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_classes", {cls: words for (lang, cls), words in self.cues.words.items()
                                              if lang == self.lang})

    def __call__(self, cls: str) -> frozenset[str]:
        return self._classes.get(cls, _NONE)

    def has(self, tok: Token, cls: str) -> bool:
        """The token's form or lemma, folded, is a word of the class."""
        words = self._classes.get(cls, _NONE)
        return token_form(tok) in words or token_lemma(tok) in words


_NONE: frozenset[str] = frozenset()
