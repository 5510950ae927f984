"""Whom "both sides", "ambas partes" stand for: the two parties the article has named before the sentence.

Persons of two countries first (`ArticleActors.recent_persons`: "los dos mandatarios"); else the two actors the
article named most often in the sentences before ("urged both sides to exercise restraint" after paragraphs on
India and Pakistan; "pidió a ambas partes evitar la violencia" after the government and the blockaders).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from transforms.actors import lexicon as lx
from transforms.records import ActorRef

if TYPE_CHECKING:
    from transforms.actors.resolve import ArticleActors

_NAMED = (lx.STATE, lx.CAPITAL, lx.DEMONYM, lx.ORGANISATION, lx.INSTITUTION, lx.PERSON, lx.AGENT)


def both_sides(actors: ArticleActors, tok: Token) -> list[ActorRef]:
    persons = actors.recent_persons(tok.i)
    if persons:
        return persons
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    refs: dict[str, ActorRef] = {}
    spans = {span.start: (span, kind) for span, kind, _ in actors.by_token.values()
             if span.end <= tok.sent.start and kind in _NAMED}
    for start, (span, _) in sorted(spans.items()):
        ref = actors.actor_at(span.root)
        if ref is None or not ref.country_code or ref.kind == "unidentified":
            continue
        counts[ref.actor_id] = counts.get(ref.actor_id, 0) + 1
        latest[ref.actor_id] = start
        refs.setdefault(ref.actor_id, ref)
    order = sorted(counts, key=lambda a: (-counts[a], -latest[a]))
    return [refs[a] for a in order[:2]] if len(order) >= 2 else []
