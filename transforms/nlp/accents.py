"""Spanish written without accents: a feed that drops them ("denuncio el asesinato", "recibio amenazas", "ataco con
armas de fuego") leaves the third-person preterite looking like a noun or a first-person present, and the small model
parses it as one — no verb, no event.

In a text with no accented letter at all, a word that is a known verb's preterite once its accent is back ("ataco" is
"atac-" + "-ar": "atacó"; "recibio" is "recib-" + "-ir": "recibió") is given to the model with its accent, unless a
determiner or a preposition says it is a noun ("el anuncio", "en cambio": the `no_preterite_after` cue). One letter
for one letter, so every offset holds; the Doc is rebuilt on the words as written afterwards
(transforms.nlp.recase.restore). The verbs are the dictionary's (seeds/patterns/verbs_es.jsonl and the overrides).
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from transforms.cues import Cues
from transforms.seed_rows import seed_rows
from transforms.text import fold_word

_ACCENTED = re.compile("[áéíóúÁÉÍÓÚ]")
_WORD = re.compile(r"[A-Za-zñÑ]+")
MIN_LENGTH = 5


class AccentRestorer:
    """Same-length re-accenting of Spanish preterites in texts that carry no accents."""

    def __init__(self, verbs: Iterable[str], kept: Iterable[str] = (), noun_markers: Iterable[str] = (),
                 object_markers: Iterable[str] = ()):
        self.verbs = frozenset(verbs)
        self.kept = frozenset(kept)  # words in -o news uses as nouns or adjectives ("solo", "bajo", "el apoyo")
        self.noun_markers = frozenset(noun_markers)  # words after which a form in -o is no preterite ("el", "a")
        # determiners that make a kept word a verb with its object: "el gobierno rechazo las acusaciones"
        self.object_markers = frozenset(object_markers)

    def readable(self, text: str) -> str | None:
        """`text` with its accentless preterites accented, or None when it has accents or nothing to restore."""
        if _ACCENTED.search(text):
            return None
        chars = list(text)
        previous = ""
        changed = False
        found = list(_WORD.finditer(text))
        for n, m in enumerate(found):
            word = m.group()
            lower = word.lower()
            following = found[n + 1].group().lower() if n + 1 < len(found) else ""
            if word.islower() and previous not in self.noun_markers and self._preterite(lower, following):
                chars[m.end() - 1] = "ó" if word[-1] == "o" else "Ó"
                changed = True
            previous = lower
        return "".join(chars) if changed else None

    def _preterite(self, word: str, following: str = "") -> bool:
        if len(word) < MIN_LENGTH or not word.endswith("o") or word in self.kept and following not in self.object_markers:
            return False
        if word.endswith("io"):  # "recibio"; a changed stem vowel: "pidio" (pedir), "murio" (morir), "hirio" (herir)
            if any(stem + ending in self.verbs for stem in _stems(word[:-2]) for ending in ("ir", "er")):
                return True
        if word.endswith("yo") and (word[:-2] + "ir" in self.verbs or word[:-2] + "er" in self.verbs):
            return True  # "destruyo" (destruir), "cayo" (caer)
        return word[:-1] + "ar" in self.verbs


def _stems(stem: str) -> list[str]:
    """The stem as written and with one i read as e or u as o, as -ir verbs change it in the preterite."""
    out = [stem]
    for i, c in enumerate(stem):
        if c in "iu":
            out.append(stem[:i] + ("e" if c == "i" else "o") + stem[i + 1:])
    return out


def spanish_restorer(seeds_dir: Path) -> AccentRestorer:
    """The restorer of the dictionary's Spanish verbs, with the words of the `not_preterite`, `no_preterite_after`
    and `definite` cues of seeds/patterns/cues.jsonl."""
    cues = Cues.load(seeds_dir / "patterns" / "cues.jsonl")
    return AccentRestorer(spanish_verbs(seeds_dir), cues.get("es", "not_preterite"), cues.get("es", "no_preterite_after"),
                          cues.get("es", "definite"))


def spanish_verbs(seeds_dir: Path) -> frozenset[str]:
    """The Spanish verb lemmas of the dictionary and the overrides, folded."""
    patterns = seeds_dir / "patterns"
    verbs = {row["lemma"] for _, row in seed_rows(patterns / "verbs_es.jsonl") if row.get("kind") == "verb"}
    for _, row in seed_rows(patterns / "overrides_es.jsonl"):
        if row.get("kind") == "verb":
            verbs.update(row["lemma"])
    return frozenset(fold_word(v) for v in verbs)
