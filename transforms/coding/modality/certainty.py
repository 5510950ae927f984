"""How sure the text is of an act: asserted, reported (someone says so), alleged (a hedge on the act itself)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.actors.resolve import ArticleActors
from transforms.coding.words import form, lemma
from transforms.cues import LangCues


def certainty(tok: Token, sent: Span, actors: ArticleActors, cues: LangCues) -> tuple[str, str | None]:
    """(asserted | reported | alleged, who reports it)."""
    forms = [form(t) for t in sent]
    words = set(forms)
    reported_by = None
    according = cues("according_to")
    for i, t in enumerate(sent):
        if forms[i] in according or lemma(t) in according:
            heads = [x for x in sent[i + 1: i + 6] if x.pos_ in ("PROPN", "NOUN")]
            if heads:
                ref = actors.actor_at(heads[0])
                reported_by = ref.name if ref else heads[0].text
    near = {form(c) for c in tok.subtree} if tok.pos_ == "NOUN" else {form(c) for c in tok.children}
    for c in tok.children:
        near |= {form(g) for g in c.children}
    if near & cues("hedge"):
        return "alleged", reported_by
    if reported_by or words & cues("hedge_sentence"):
        return "reported", reported_by
    return "asserted", None
