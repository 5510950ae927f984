"""Giving back its subject to a verb the English model read as a participle describing it.

"Gunmen killed 17 villagers and abducted 30 others, police said", "A military jet bombed the village on Saturday,
residents said": the small English model often hangs the clause's verb on its subject as a reduced relative
("gunmen [who were] killed"), which reads the killers as the killed. A passive participle takes no direct object
("officials given bribes" has two, and keeps its reading), so a participle with one, no subject, no auxiliary and no
subordinating word, hung on a noun that stands where a subject stands (the sentence's root, a subject, a reported
clause, an unattached word), is the clause's verb: it takes the noun's place in the tree and the noun becomes its
subject.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

_OWN_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "dative", "mark", "expl"})
_SUBJECT_PLACES = {"ROOT": "ROOT", "nsubj": "ccomp", "ccomp": "ccomp", "dep": "ccomp", "npadvmod": "ccomp"}


def misread_participle(verb: Token) -> bool:
    """A participle with a direct object and no subject of its own, hung on a noun where a subject stands."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD") or verb.head.i > verb.i:
        return False
    deps = {c.dep_ for c in verb.children}
    return "dobj" in deps and not deps & _OWN_ARGUMENTS and verb.head.tag_.startswith("NN") \
        and verb.head.dep_ in _SUBJECT_PLACES


def restore_subjects(doc: Doc) -> Doc:
    for verb in [t for t in doc if misread_participle(t)]:
        noun = verb.head
        place = _SUBJECT_PLACES[noun.dep_]
        verb.head = verb if place == "ROOT" else noun.head
        verb.dep_ = place
        noun.head = verb
        noun.dep_ = "nsubj"
    return doc
