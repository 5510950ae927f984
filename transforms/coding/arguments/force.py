"""Whom force is used on when its object is a protest or a place: the protesters, the people who live there."""
from __future__ import annotations

from spacy.tokens import Token

from transforms.actors.antecedents import ARMED_GROUP_ROLES
from transforms.actors.resolve import ArticleActors
from transforms.coding.arguments import heads as args
from transforms.coding.arguments import syntax
from transforms.coding.arguments.sides import resolve_heads
from transforms.coding.records import SentenceContext
from transforms.cues import LangCues
from transforms.records import ActorRef

PROTESTS = frozenset({"14"})


def protesters(cues: LangCues, heads: list[Token], sources: list[ActorRef], actors: ArticleActors,
               context: SentenceContext) -> list[ActorRef]:
    """"reprimieron una manifestación contra el régimen", "broke up a rally by teachers": force used on a protest
    is used on its protesters, named by the protest's agent or genitive, else the ones the article last told of in
    the source's country, else its civilians; never on whom the protest was against. A protest is a noun of the cue
    class protest_nouns (not "an apartment block")."""
    protests = [h for h in heads
                if h.pos_ == "NOUN" and cues.has(h, "protest_nouns") and not syntax.preposition(h)]
    if not protests:
        return []
    by = tuple(cues("agent_preps")) + tuple(cues("of_preps"))
    agents = [a for h in protests for a in args.prep_heads(h, by) if not cues.has(a, "protest_nouns")]
    named = resolve_heads(agents, actors, False)
    country = sources[0].country_code if sources else actors.local(protests[0])
    return named or [marchers(protests[0], country, actors, context)]


def marchers(protest: Token, country: str | None, actors: ArticleActors, context: SentenceContext,
             other_than: ActorRef | None = None) -> ActorRef:
    """Who marched in a protest the sentence names no one for ("broke up the marches"), or whom force clearing a road
    is used on ("desbloquearon la vía"): the protesters the article last told of in that country ("Thousands of
    Kenyans marched…"), not `other_than`'s side, else its civilians."""
    last = context.author_of(PROTESTS, other_than)
    if last is not None and last.country_code == country:
        return last
    return actors.sector("CVL", country, protest.text)


def settled(cues: LangCues, heads: list[Token], targets: list[ActorRef], actors: ArticleActors) -> list[ActorRef]:
    """"stormed the village of Mabuo", "atacaron el municipio de Jamundí": force used on a village or a town is
    used on the civilians who live there (its country's CVL), not on its state."""
    if any(t.kind == "organisation" or t.role in ARMED_GROUP_ROLES for t in targets):
        return []  # "bombardeó un campamento de las disidencias": the camp is the guerrilla's
    for h in heads:
        if h.pos_ == "NOUN" and not syntax.preposition(h) and cues.has(h, "settlements"):
            country = next((t.country_code for t in targets if t.kind == "state" and t.role is None), None)
            country = country or actors.local(h)
            return [actors.sector("CVL", country, h.text)] if country else []
    return []
