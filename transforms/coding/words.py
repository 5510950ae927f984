"""A token's words as the coder compares them: folded (lower case, no accents), form and lemma.

The coder's lookups of trigger lemmas and dictionary rules go through these (cue words are folded the same way
in transforms.cues), so "amenazó", "amenazo" and "AMENAZÓ" are one word. A verb's words also include the
infinitives its form regularly comes from: the small Spanish model lemmatises verbs it does not know by rules that
fail on common news verbs ("abatieron" -> "abateír", "irrumpieran" unchanged).
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.text import token_form as form  # fold_word(tok.text), cached by the token's ids
from transforms.text import token_lemma as lemma  # fold_lemma(tok.lemma_), likewise

_FEATURES: dict[tuple[int, str], tuple[str, ...]] = {}


def feats(tok: Token, field: str) -> tuple[str, ...]:
    """`tok.morph.get(field)` as a tuple, cached by the analysis' id (`MorphAnalysis.get` builds a numpy array and
    decodes each value at every call)."""
    key = (tok.morph.key, field)
    found = _FEATURES.get(key)
    if found is None:
        if len(_FEATURES) >= 1 << 16:
            _FEATURES.clear()
        found = _FEATURES[key] = tuple(tok.morph.get(field))
    return found


# Regular Spanish endings the small model fails to lemmatise (the past subjunctive, the preterite: "desbloqueó"
# stays "desbloqueó"), and the infinitive endings they come from.
_ENDINGS = (("ieran", ("er", "ir")), ("ieras", ("er", "ir")), ("iera", ("er", "ir")), ("iesen", ("er", "ir")),
            ("iese", ("er", "ir")), ("aran", ("ar",)), ("aras", ("ar",)), ("ara", ("ar",)), ("asen", ("ar",)),
            ("ase", ("ar",)), ("ieron", ("er", "ir")), ("aron", ("ar",)), ("io", ("er", "ir")), ("o", ("ar",)))


def infinitives(word: str) -> list[str]:
    """The infinitives a folded Spanish verb form regularly comes from ("abatieron" -> "abater", "abatir")."""
    return _by_ending(word, _ENDINGS)


# Participle endings and the infinitive endings they come from.
_PARTICIPLES = (("ados", ("ar",)), ("adas", ("ar",)), ("ado", ("ar",)), ("ada", ("ar",)),
                ("idos", ("er", "ir")), ("idas", ("er", "ir")), ("ido", ("er", "ir")), ("ida", ("er", "ir")))


def participle_infinitives(word: str) -> list[str]:
    """The infinitives a folded Spanish participle comes from ("secuestrados" -> "secuestrar"): the model tags many
    participles as adjectives and lemmatises them to themselves."""
    return _by_ending(word, _PARTICIPLES)


def _by_ending(word: str, table: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """The word with its first ending of `table` replaced by each infinitive ending, keeping a stem of 3 letters."""
    for ending, endings in table:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            return [word[: -len(ending)] + inf for inf in endings]
    return []


# English regular endings and what the base form ends with: the small model lemmatises some verbs it does not know
# to a stem ("lambasted" -> "lambast", where the dictionary lists LAMBASTE)
_EN_ENDINGS = (("ied", ("y",)), ("ed", ("e", "")), ("ing", ("e", "")))


def verb_words(tok: Token) -> tuple[str, ...]:
    """A verb's lemma, its form, then the base forms its form regularly comes from, a participle's included (the
    lookups take the first the dictionary has)."""
    word = form(tok)
    if tok.lang_ != "es":
        return (lemma(tok), word, *_by_ending(word, _EN_ENDINGS))
    extra = infinitives(word)
    if any(c.dep_ in ("aux", "aux:pass") for c in tok.children):
        # a participle in a verb's tense: "fueron aprehendidas" ("aprehendir" to the model) is "aprehender" (not a
        # state told with "estar" or "mantener": "están suspendidos", "los mantiene secuestrados")
        extra += participle_infinitives(word)
    return (lemma(tok), word, *extra)
