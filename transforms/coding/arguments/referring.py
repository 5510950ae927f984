"""Words that refer to sides named elsewhere, each a row of `REFERRING`: what the word is, and whom it means.

"He" is the person named last; "they" the side its sentence is about; "it" opening a sentence the body the one before
was about; "the group" the armed group named before; "the bloc" the organisation of states named before; "others"
more of the crowd just named; "the two sides" and "both countries" the pair the story is about; "the ministry" the
ministry named before. A head no row claims is read by the lexicon (`sides.resolve_heads`).
The word lists are the language's cues (seeds/patterns/cues.jsonl: `both`, `people`, `group_words`, `bloc_words`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Token

from transforms.actors.antecedents import both_sides, group_named_last, named_bloc, pair_before
from transforms.actors.lexicon import AGENT
from transforms.actors.resolve import ArticleActors
from transforms.coding.arguments import heads as args
from transforms.coding.arguments import syntax
from transforms.records import ActorRef
from transforms.text import fold_lemma


@dataclass(frozen=True)
class Reading:
    """What a referring word is read against: the article's actors, and the pair of sides the sentence names (when the
    caller knows one: "the two sides" then means them)."""

    actors: ArticleActors
    pair: list[ActorRef] | None = None

    def cues(self, cls: str) -> frozenset[str]:
        return self.actors.cues(cls)


@dataclass(frozen=True)
class ReferringWord:
    name: str
    applies: Callable[[Token, Reading], bool]
    means: Callable[[Token, Reading], list[ActorRef]]


def referents(head: Token, reading: Reading) -> list[ActorRef] | None:
    """Whom a referring word means ([] when no one fits), or None when the head is no referring word."""
    for word in REFERRING:
        if word.applies(head, reading):
            return word.means(head, reading)
    return None


_PERSONAL = frozenset({"he", "she", "him", "her", "él", "ella"})
_GROUP_PRONOUNS = frozenset({"they"})
_OTHERS = frozenset({"others"})  # Spanish "otros" was measured and left: it moved an unseen set the wrong way
_COUNTS = frozenset({"dos", "two"})  # "both" only as "los dos", "the two"; "dos soldados" is a count


def _personal(h: Token, r: Reading) -> bool:
    return h.pos_ == "PRON" and h.lower_ in _PERSONAL


def _person_meant(h: Token, r: Reading) -> list[ActorRef]:
    return r.actors.recent_persons(h.i, count=1) or _previous_speaker(h, r.actors)


def _previous_speaker(pronoun: Token, actors: ArticleActors) -> list[ActorRef]:
    """"A spokesperson for the Government Communication Service said… He denied that…": with no person named before
    it, "he" is the one the sentence before had as its subject, when that names someone."""
    return _subjects_before(pronoun, actors)[:1]


def _subjects_before(word: Token, actors: ArticleActors) -> list[ActorRef]:
    """The actors the sentence before `word`'s had as its subjects."""
    start = word.sent.start
    if start == 0:
        return []
    before = word.doc[start - 1].sent
    return [a for s in syntax.subjects(before.root) for a in actors.actors_at(s, allow_place=False)]


_IT = frozenset({"it"})


def _it(h: Token, r: Reading) -> bool:
    """"It urged the authorities…", "It accused Asmara…": "it" as the subject of its sentence's main verb."""
    return h.pos_ == "PRON" and h.lower_ in _IT and h.dep_ in ("nsubj", "nsubjpass") and h.head.dep_ == "ROOT"


def _body_before(pronoun: Token, r: Reading) -> list[ActorRef]:
    """The body (a state, an organisation, a sector; not a person) the sentence before had as its subject."""
    return [a for a in _subjects_before(pronoun, r.actors) if a.kind != "person"][:1]


def _they(h: Token, r: Reading) -> bool:
    return h.pos_ == "PRON" and h.lower_ in _GROUP_PRONOUNS


def _governing_subject(pronoun: Token, r: Reading) -> list[ActorRef]:
    """"Yemen's Houthi movement released footage of a cargo ship they seized": "they" in a clause below another is
    the side that clause's sentence is about, the subject of the nearest verb above it that names one."""
    for verb in pronoun.head.ancestors:
        names = [s for s in syntax.subjects(verb) if s.pos_ != "PRON"] if verb.pos_ in ("VERB", "AUX") else []
        if names:
            return [a for s in args.expand_conj(names) for a in r.actors.actors_at(s, allow_place=False)]
    return []


def _bare_definite(noun: Token, describing: Callable[[Token], bool] = lambda _: False) -> bool:
    """"el grupo", "the group", "las críticas del organismo": a noun with its definite article (Spanish "del" and
    "al" hold it) and nothing else that names it (but what `describing` allows: "the al-Qaeda-linked group")."""
    return noun.pos_ == "NOUN" and all(c.dep_ in ("det", "punct", "case") or describing(c) for c in noun.children) \
        and any(c.dep_ == "det" and "Def" in c.morph.get("Definite")
                or c.dep_ == "case" and "Preppron" in c.morph.get("AdpType") for c in noun.children)


def _the_group(h: Token, r: Reading) -> bool:
    return r.actors.cues.has(h, "group_words") and _bare_definite(h, lambda c: r.actors.cues.has(c, "patronage"))


def _group_meant(h: Token, r: Reading) -> list[ActorRef]:
    """"The group denied any involvement": the armed (or criminal) group named before."""
    ref = group_named_last(r.actors, h)
    return [ref] if ref is not None else []


def _the_bloc(h: Token, r: Reading) -> bool:
    return r.actors.cues.has(h, "bloc_words") and _bare_definite(h)


def _bloc_meant(h: Token, r: Reading) -> list[ActorRef]:
    """"The bloc imposed sanctions": the organisation of states named before."""
    ref = named_bloc(r.actors, h)
    return [ref] if ref is not None else []


def _the_body(h: Token, r: Reading) -> bool:
    hit = r.actors.by_token.get(h.i)
    return hit is not None and hit[1] == AGENT and hit[0].start == h.i and hit[0].end == h.i + 1 \
        and not any(e.title for e in hit[2]) and _bare_definite(h)


def _body_meant(h: Token, r: Reading) -> list[ActorRef]:
    """"Haiti's Foreign Ministry summoned the Dominican envoy… The ministry said it was recalling its ambassador in
    Santo Domingo": a body named by its bare noun is the one of that noun the article named last, with its country
    (not the country of a place its own sentence names); none named before, it is read as any sector is."""
    word = fold_lemma(h.lemma_)
    named = {span.start: span for span, kind, _ in r.actors.by_token.values()  # a span is listed at each of its tokens
             if span.start < h.sent.start and kind == AGENT and fold_lemma(span.root.lemma_) == word}
    for start in sorted(named, reverse=True):
        ref = r.actors.actor_at(named[start].root)
        if ref is not None and ref.country_code:
            return [replace(ref, matched_text=h.text)]
    return r.actors.actors_at(h, allow_place=False)


def _others(h: Token, r: Reading) -> bool:
    return h.lower_ in _OTHERS and h.dep_ in ("nsubj", "nsubjpass") and h.pos_ in ("PRON", "NOUN") \
        and not any(c.pos_ == "NUM" for c in h.children)  # "three others were wounded": a count


def _others_than(word: Token, r: Reading) -> list[ActorRef]:
    """"Protesters broke into the residence, while others forced their way into army headquarters", "Others set fire
    to party offices": more of the crowd the sentence, or the one before, has as its subject (a state or a sector,
    not a person)."""
    sent = word.sent
    earlier = [t for t in sent if t.i < word.i and t.dep_ in ("nsubj", "nsubjpass")][-1:]
    if not earlier and sent.start > 0:
        earlier = syntax.subjects(word.doc[sent.start - 1].sent.root)[:1]
    return [a for s in earlier for a in r.actors.actors_at(s, allow_place=False) if a.kind in ("state", "sector")]


def _names_the_pair(h: Token, r: Reading) -> bool:
    return r.pair is not None and mentions_both(h, r.cues("both"), r.cues("people"))


def _pair_meant(h: Token, r: Reading) -> list[ActorRef]:
    """"The two sides": the two the sentence has just named, else the pair the caller knows."""
    return pair_before(r.actors, h) or list(r.pair or [])


def mentions_both(head: Token, both: frozenset[str], people: frozenset[str]) -> bool:
    """"los ministros de ambos países", "leaders of both countries": the phrase names the two sides of the story (not
    a clause of it: "Brasil, que comparte frontera con ambos países, llamó a la moderación" is Brazil; a count is no
    pair: "dos hombres en motocicleta asesinaron…" are two men)."""
    for tok in head.subtree:
        if _both(tok, both) and fold_lemma(tok.head.lemma_) in people and not args.in_clause(tok, head):
            return True
    return False


def _both_word(h: Token, r: Reading) -> bool:
    """"ambos", "both", "the two leaders", "los dos países" (not "los dos soldados", two soldiers)."""
    both = r.cues("both")
    if _both(h, both) and h.pos_ in ("PRON", "NUM", "DET"):
        return True
    if h.i == 0 or not _both(h.doc[h.i - 1], both):
        return False
    return fold_lemma(h.lemma_) in r.cues("people") or (r.actors.kind_at(h.i) == "agent" and not _count(h.doc[h.i - 1]))


def _both_meant(h: Token, r: Reading) -> list[ActorRef]:
    return both_sides(r.actors, h)


def _count(tok: Token) -> bool:
    """"los dos", "the two": a count, which means both sides only before a word for the sides themselves ("los dos
    países", "the two leaders"), not before a sector ("los dos soldados" are two soldiers)."""
    return tok.lower_ in _COUNTS


def _both(tok: Token, both: frozenset[str]) -> bool:
    if tok.lower_ not in both:
        return False
    return tok.lower_ not in _COUNTS or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("los", "las", "the"))


REFERRING: tuple[ReferringWord, ...] = (
    ReferringWord("personal pronoun", _personal, _person_meant),
    ReferringWord("they", _they, _governing_subject),
    ReferringWord("it", _it, _body_before),
    ReferringWord("the group", _the_group, _group_meant),
    ReferringWord("the bloc", _the_bloc, _bloc_meant),
    ReferringWord("others", _others, _others_than),
    ReferringWord("the two sides", _names_the_pair, _pair_meant),
    ReferringWord("both", _both_word, _both_meant),
    ReferringWord("the body", _the_body, _body_meant),
)
