"""Subjects the small Spanish model hangs elsewhere, found again by where they stand.

The model's parse of a clause that follows a comma often loses the clause's subject: it makes it a conjunct of the
noun before the comma ("…, y el Reino Unido y Canadá adoptaron…") or of a fronted phrase ("En cuestión de horas,
pistoleros… bloquearon"). These read the words between the comma and the verb back as its subject.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.coding.words import feats

_NOUN_PHRASE = frozenset({"DET", "PROPN", "NOUN", "ADJ", "CCONJ", "NUM"})


def stranded_subject(verb: Token) -> list[Token]:
    """"La UE añadió… por socavar la democracia, y el Reino Unido y Canadá adoptaron medidas similares": the small
    Spanish model makes the subject of a second clause, after ", y", a conjunct of the first clause's last noun. The
    noun phrase between ", y" and a finite verb with no subject is that verb's subject (its nouns, each after the
    comma's "y" or another "y")."""
    if "Fin" not in feats(verb, "VerbForm") or verb.i < 3:
        return []
    sent_start = verb.sent.start
    i = verb.i - 1
    while i > sent_start and verb.doc[i].pos_ in _NOUN_PHRASE and not (
            verb.doc[i].pos_ == "CCONJ" and verb.doc[i - 1].text == ","):
        i -= 1
    cc = verb.doc[i]
    if i <= sent_start or cc.pos_ != "CCONJ" or verb.doc[i - 1].text != "," or i + 1 >= verb.i:
        return _subject_after_and(verb)
    phrase = verb.doc[i + 1: verb.i]
    return [t for t in phrase if t.pos_ in ("PROPN", "NOUN")
            and (t.i == i + 1 or t.doc[t.i - 1].pos_ in ("CCONJ", "DET") and t.doc[t.i - 1].i > i)][:3] \
        if any(t.pos_ in ("PROPN", "NOUN") for t in phrase) else []


def subject_after_fronted_phrase(verb: Token) -> list[Token]:
    """"En cuestión de horas, pistoleros del Cártel de Sinaloa bloquearon…": the small Spanish model makes the
    subject after a fronted phrase and its comma a conjunct of that phrase; that noun, before the verb, is its
    subject."""
    for phrase in verb.children:
        if phrase.i > verb.i or phrase.dep_ not in ("obl", "nmod", "advmod"):
            continue
        for c in phrase.children:
            if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < verb.i and c.i > 0 \
                    and c.doc[c.i - 1].text == "," and not any(g.dep_ == "cc" for g in c.children):
                return [c]
    return []


_SIMPLE_PHRASE = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM"})


def _subject_after_and(verb: Token) -> list[Token]:
    """"atacó la sede del PNV y la Ertzaintza detuvo a tres jóvenes": with no comma, the model makes the second
    clause's subject a conjunct of the first clause's object; one noun phrase (no "y" inside) right between "y" and a
    finite verb that has no subject of its own is that verb's subject."""
    if verb.dep_ not in ("conj", "advcl") or any(c.dep_.startswith("nsubj") for c in verb.children):
        return []
    i = verb.i - 1
    while i > verb.sent.start and verb.doc[i].pos_ in _SIMPLE_PHRASE:
        i -= 1
    if verb.doc[i].lower_ not in ("y", "e") or i + 1 >= verb.i:
        return []
    nouns = [t for t in verb.doc[i + 1: verb.i] if t.pos_ in ("PROPN", "NOUN")]
    return nouns[:1] if nouns and nouns[0].dep_ == "conj" else []
