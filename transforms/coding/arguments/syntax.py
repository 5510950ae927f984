"""Dependency helpers that read Spanish (UD) and English (ClearNLP) parses alike.

The small models make mistakes; these helpers are lenient on purpose (a
prepositional argument is any child introduced by a preposition, whatever label
the parser gave it) and every caller has a fallback.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.coding.words import feats

SUBJECT = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECT = {"obj", "dobj", "iobj", "dative", "attr", "oprd"}
CLAUSE = {"acl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"}
RELATIVE = {"que", "quien", "quienes", "cual", "cuales", "who", "which", "that", "whom"}
_CONTRACTIONS = {"del": "de", "al": "a"}


def lower(tok: Token) -> str:
    return _CONTRACTIONS.get(tok.lower_, tok.lower_)


def preposition(tok: Token) -> str | None:
    """The preposition introducing nominal `tok` (Spanish `case` child, English `prep` head)."""
    # "frente a la Embajada": the model may tag the first word of a preposition of several words as a noun
    cases = [c for c in tok.children if c.dep_ in ("case", "mark") and c.i < tok.i and (
        c.pos_ in ("ADP", "SCONJ") or any(f.dep_ == "fixed" for f in c.children))]
    if cases:
        first = cases[0]
        fixed = [f for f in first.children if f.dep_ in ("fixed", "flat")]
        words = [lower(first)] + [lower(f) for f in fixed]
        return " ".join(words)
    if tok.dep_ in ("pobj", "pcomp") and tok.head.dep_ in ("prep", "agent", "dative"):
        return "by" if tok.head.dep_ == "agent" else tok.head.lower_
    return None


def prep_args(head: Token) -> list[tuple[str, Token]]:
    """(preposition, nominal) for every prepositional dependent of `head`."""
    out = []
    for c in head.children:
        if c.dep_ in ("prep", "agent", "dative") and c.pos_ == "ADP":
            objects = [p for p in c.children if p.dep_ in ("pobj", "pcomp")] or _stranded_object(c)
            out.extend(("by" if c.dep_ == "agent" else c.lower_, p) for p in objects)
        elif c.dep_ == "advmod" and c.pos_ == "ADV":  # "alrededor de Taiwán", "cerca de la frontera": the Spanish
            # model heads the phrase with the adverb
            out.extend((f"{lower(c)} {prep}", n) for n in c.children if (prep := preposition(n)))
        elif c.dep_ not in ("case", "mark", "cc", "punct", "det"):
            prep = preposition(c)
            if prep:
                out.append((prep, c))
    return out


def _stranded_object(prep: Token) -> list[Token]:
    """The small English model sometimes leaves a preposition without its object and makes the object the subject of
    the clause that follows ("granted asylum to five officers holed up in ...": "officers" the subject of "holed")."""
    if prep.n_lefts or prep.n_rights or prep.i + 1 >= len(prep.doc):
        return []
    noun = next((t for t in prep.doc[prep.i + 1:prep.i + 7] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i <= noun.i:
        return []
    return [noun] if all(t.head == noun for t in prep.doc[prep.i + 1:noun.i]) else []


def subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in SUBJECT and c.dep_ != "expl"]


def objects(verb: Token) -> list[Token]:
    """Direct and indirect objects, Spanish personal "a" objects included."""
    out = []
    for c in verb.children:
        if c.dep_ in OBJECT:
            prep = preposition(c)
            if prep in (None, "a"):
                out.append(c)
    if verb.dep_ == "amod" and "Fin" in feats(verb, "VerbForm") and any(c.dep_ == "nsubj" for c in verb.children):
        out.append(verb.head)  # "after Stoltenberg hosted Erdogan": a finite verb with a subject misread as a modifier
    if not out:  # "denounced as an ugly crime Serbia's suppression of the unrest": an object shifted after what the
        # verb calls it, which the model hangs on that predicate as its apposition
        out = [a for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
               for p in c.children if p.dep_ == "pobj" for a in p.children if a.dep_ == "appos" and a.i > p.i]
    if not out and verb.dep_ == "xcomp" and verb.head != verb:  # "volvió a exigir la renuncia": the small model
        # hangs the infinitive's object on the verb before it
        out = [c for c in verb.head.children if c.dep_ in OBJECT and c.i > verb.i and preposition(c) in (None, "a")]
    direct = [o for o in out if o.dep_ in ("dobj", "obj")]
    if direct:  # "calling Burhan a criminal", "branded the RSF a rebel militia": what the object is called
        out = [o for o in out if o.dep_ != "oprd" and not (o.i > direct[0].i and _indefinite(o))]
    return out


def _indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def told_passive(verb: Token) -> bool:
    """A passive with its auxiliary ("were deployed", "fueron desplegados") tells an act; a bare participle ("las
    tropas desplegadas en Kursk") describes its noun."""
    return is_passive(verb) and any(c.dep_ in ("auxpass", "aux:pass", "aux", "cop") and c.lemma_.lower() in ("be", "ser")
                                    for c in verb.children)


def is_passive(verb: Token) -> bool:
    deps = {c.dep_ for c in verb.children}
    if deps & {"auxpass", "nsubjpass", "csubjpass"}:
        return True
    if "Part" in feats(verb, "VerbForm") and "Prog" not in feats(verb, "Aspect") and verb.tag_ != "VBG":
        if any(c.dep_ in ("aux", "cop") and c.lemma_.lower() in ("ser", "be") for c in verb.children):
            return True
        # a bare participle modifying a noun ("el texto impulsado por Rusia", "talks hosted by X")
        if verb.dep_ in ("acl", "amod") and not any(c.dep_ == "aux" for c in verb.children):
            return True
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "amod"):
        return True
    # an English participle conjoined to a passive shares its auxiliary: "nine people were killed… and 23 wounded"
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and verb.head.i < verb.i \
        and not any(c.dep_ in ("aux", "auxpass", "cop") for c in verb.children) and is_passive(verb.head)


def is_relative_pronoun(tok: Token) -> bool:
    return tok.lower_ in RELATIVE and tok.pos_ in ("PRON", "DET", "SCONJ")


def governing_verb(tok: Token) -> Token | None:
    """The nearest verb above `tok` (itself excluded)."""
    cur = tok
    while cur.head != cur:
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None
