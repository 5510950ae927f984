"""Whom "both sides", "ambas partes" stand for: the two parties the article has named before the sentence.

Persons of two countries first (`ArticleActors.recent_persons`: "los dos mandatarios"); else the two actors the
article named most often in the sentences before ("urged both sides to exercise restraint" after paragraphs on
India and Pakistan; "pidió a ambas partes evitar la violencia" after the government and the blockaders).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from transforms.actors import lexicon as lx
from transforms.records import ActorRef

if TYPE_CHECKING:
    from transforms.actors.resolve import ArticleActors

_NAMED = (lx.STATE, lx.CAPITAL, lx.DEMONYM, lx.ORGANISATION, lx.INSTITUTION, lx.PERSON, lx.AGENT)


def both_sides(actors: ArticleActors, tok: Token) -> list[ActorRef]:
    """The two sides "both" at `tok` stands for, or none when the article has not named two: the latest two persons
    when it stands alone or before a title ("both leaders"); before any other noun ("both countries", "los dos
    vecinos") the two most named sides, or the latest two persons when they are of those sides' countries (not two
    officials of a third country who last spoke by phone)."""
    persons = actors.recent_persons(tok.i)
    if persons and (tok.pos_ not in ("NOUN", "PROPN") or actors.kind_at(tok.i) == "agent"):
        return persons
    named = _most_named(actors, tok)
    if persons and {p.country_code for p in persons} == {r.country_code for r in named}:
        return persons
    return named


def _most_named(actors: ArticleActors, tok: Token) -> list[ActorRef]:
    """The two actors of a known country the article names most often before `tok`'s sentence (the latest first
    among equals)."""
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


def pair_before(actors: ArticleActors, tok: Token) -> list[ActorRef]:
    """"Marcos held talks with Vietnam's prime minister, and the two sides signed agreements": the two actors of
    different countries the sentence names before `tok`, when it names exactly two."""
    refs: dict[str, ActorRef] = {}
    starts = sorted({span.start: span for span, kind, _ in actors.by_token.values()
                     if tok.sent.start <= span.start and span.end <= tok.i and kind in _NAMED}.items())
    for _, span in starts:
        ref = actors.actor_at(span.root)
        if ref is not None and ref.country_code and ref.kind != "unidentified":
            refs.setdefault(ref.country_code, ref)
    return list(refs.values()) if len(refs) == 2 else []


ARMED_GROUP_ROLES = frozenset({"REB", "INS", "SEP"})


def named_group(actors: ArticleActors, head: Token, role: str) -> ActorRef | None:
    """"abatieron a dos guerrilleros", "the rebels withdrew": a bare word for the fighters of an armed group is the
    group the article named last before it (the ELN, the M23), when it named one of that kind."""
    if role not in ARMED_GROUP_ROLES:
        return None
    if any(actors.kind_at(t.i) == lx.ORGANISATION for c in head.conjuncts for t in c.subtree):
        return None  # "los combates entre la guerrilla del ELN y las disidencias": beside the group, another one
    return _organisation_named_last(actors, head, lambda e: e.role in ARMED_GROUP_ROLES)


def group_named_last(actors: ArticleActors, head: Token) -> ActorRef | None:
    """"The group denied any involvement", "pidió al grupo levantar el paro": the armed or criminal group the article
    named last before the word (the ELN, the Clan del Golfo)."""
    return _organisation_named_last(actors, head, lambda e: e.role in ARMED_GROUP_ROLES or e.role == "CRM")


def named_bloc(actors: ArticleActors, head: Token) -> ActorRef | None:
    """"ECOWAS leaders met… The bloc imposed sanctions", "la CEDEAO… el bloque": the organisation of states the article
    named last before the word (its code is no state's: EEC, WAS, NAT)."""
    return _organisation_named_last(
        actors, head, lambda e: bool(e.country) and e.country not in actors.lexicon.states and e.role in (None, "IGO"))


def _organisation_named_last(actors: ArticleActors, head: Token, fits: Callable[[lx.Entry], bool]) -> ActorRef | None:
    """The organisation the article named last before `head` with an entry that `fits`, standing for `head`: as it
    stood where it was named ("Jihadists linked to the Islamic State group… Insurgents stormed Naunde": the Islamic
    State of the story's country, Mozambique)."""
    best: tuple[Span, lx.Entry] | None = None
    for span, kind, entries in actors.by_token.values():
        if kind != lx.ORGANISATION or span.start >= head.i or (best is not None and span.start <= best[0].start):
            continue
        entry = next((e for e in entries if fits(e)), None)
        if entry is not None:
            best = (span, entry)
    if best is None:
        return None
    span, entry = best
    named = actors.actor_at(span.root)
    if named is not None and named.kind == "organisation" and named.role == entry.role:
        return replace(named, matched_text=head.text)
    return ActorRef(entry.actor_id, entry.name, entry.country, entry.role, kind="organisation",
                    matched_text=head.text)
