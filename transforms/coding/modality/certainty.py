"""How sure the text is of an act: asserted, reported (someone says so), alleged (a hedge on the act itself)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from transforms.actors.resolve import ArticleActors
from transforms.coding.words import form, lemma
from transforms.cues import LangCues


@dataclass(frozen=True)
class Attribution:
    """What a sentence says of its own truth, for every act in it: who reports it ("según X", "according to X") and
    whether it hedges ("supuestamente", "reportedly")."""

    reported_by: str | None
    hedged: bool


def attribution(sent: Span, actors: ArticleActors, cues: LangCues) -> Attribution:
    tokens = list(sent)  # walked once: a span builds its tokens anew at each pass
    forms = [form(t) for t in tokens]
    reported_by = None
    according = cues("according_to")
    for i, t in enumerate(tokens):
        if forms[i] in according or lemma(t) in according:
            heads = [x for x in sent[i + 1: i + 6] if x.pos_ in ("PROPN", "NOUN")]
            if heads:
                ref = actors.actor_at(heads[0])
                reported_by = ref.name if ref else heads[0].text
    return Attribution(reported_by, not cues("hedge_sentence").isdisjoint(forms))


def certainty(tok: Token, said: Attribution, cues: LangCues) -> tuple[str, str | None]:
    """(asserted | reported | alleged, who reports it): a hedge on the act itself, else the sentence's."""
    near = {form(c) for c in tok.subtree} if tok.pos_ == "NOUN" else {form(c) for c in tok.children}
    for c in tok.children:
        near |= {form(g) for g in c.children}
    if near & cues("hedge"):
        return "alleged", said.reported_by
    if said.reported_by or said.hedged:
        return "reported", said.reported_by
    return "asserted", None
