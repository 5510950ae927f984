"""Who the two sides are and which pairs make events: phrase heads to actors, "ambos"/"both", pronouns,
one actor or one country on both sides, and one event per act and pair in a sentence."""
from __future__ import annotations

from spacy.tokens import Token

from transforms.actors.antecedents import ARMED_GROUP_ROLES, both_sides, named_bloc, named_group, pair_before
from transforms.actors.resolve import ArticleActors
from transforms.actors.whereabouts import EXECUTIVE_ROLES
from transforms.coding.arguments import heads as args
from transforms.coding.arguments import syntax
from transforms.coding.records import Coded
from transforms.records import ActorRef
from transforms.text import fold_lemma, fold_word


def resolve_heads(heads: list[Token], actors: ArticleActors, allow_place: bool, both: frozenset[str] = frozenset(),
             people: frozenset[str] = frozenset(), pair: list[ActorRef] | None = None) -> list[ActorRef]:
    out: list[ActorRef] = []
    for h in heads:
        if h.pos_ == "PRON" and h.lower_ in _PERSONAL:
            refs = actors.recent_persons(h.i, count=1) or _previous_speaker(h, actors)
        elif h.pos_ == "PRON" and h.lower_ in _GROUP_PRONOUNS:
            refs = _governing_subject(h, actors)
        elif actors.cues.has(h, "group_words") and _bare_definite(h):
            ref = named_group(actors, h, "REB")  # "the group denied any involvement": the armed group named before
            refs = [ref] if ref is not None else []
        elif actors.cues.has(h, "bloc_words") and _bare_definite(h):
            ref = named_bloc(actors, h)  # "the bloc imposed sanctions": the organisation of states named before
            refs = [ref] if ref is not None else []
        elif h.lower_ in _OTHERS and h.dep_ in ("nsubj", "nsubjpass") and h.pos_ in ("PRON", "NOUN") \
                and not any(c.pos_ == "NUM" for c in h.children):  # "three others were wounded": a count
            refs = _others_than(h, actors)
        elif pair is not None and mentions_both(h, both, people):
            refs = pair_before(actors, h) or pair  # "the two sides": the two the sentence has just named, else `pair`
        elif (_both(h, both) and h.pos_ in ("PRON", "NUM", "DET")) or (h.i > 0 and _both(h.doc[h.i - 1], both) and (
                h.lemma_.lower() in people or actors.kind_at(h.i) == "agent" and not _count(h.doc[h.i - 1]))):
            refs = both_sides(actors, h)
        else:
            refs = actors.actors_at(h, allow_place=allow_place)
        for ref in refs:
            if all(ref.actor_id != o.actor_id for o in out):
                out.append(ref)
    return out


# Sides that do what a noun names when they modify it: "the police killings", "army raids", "government crackdown",
# "rebel attacks"; and gunmen no one names (UAF)
_FORCES = EXECUTIVE_ROLES | ARMED_GROUP_ROLES | {"UAF"}


def forces_before(noun: Token, actors: ArticleActors) -> list[Token]:
    """The armed or state side a compound before a noun that names no actor stands for: the doer of the act it
    names ("condemned the police killings of protesters" is aimed at the police, not at the protesters)."""
    if actors.names_an_actor(noun):
        return []
    return [c for c in noun.children if c.dep_ == "compound" and c.i < noun.i
            and (ref := actors.actor_at(c)) is not None and ref.role in _FORCES]


def owners_of(thing: Token, actors: ArticleActors) -> list[Token]:
    """Whose act or thing a noun names: its doer ("la detención de un sacerdote por la Policía"), the force before it
    ("the police killings"), else its genitive ("la decisión de Colombia", "Russia's claims")."""
    return args.doers_of(thing) or forces_before(thing, actors) or args.genitive_heads(thing)


_COUNTS = frozenset({"dos", "two"})  # "both" only as "los dos", "the two"; "dos soldados" is a count


def _count(tok: Token) -> bool:
    """"los dos", "the two": a count, which means both sides only before a word for the sides themselves ("los dos
    países", "the two leaders"), not before a sector ("los dos soldados" are two soldiers)."""
    return tok.lower_ in _COUNTS


def _both(tok: Token, both: frozenset[str]) -> bool:
    if tok.lower_ not in both:
        return False
    return tok.lower_ not in _COUNTS or (tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("los", "las", "the"))


def mentions_both(head: Token, both: frozenset[str], people: frozenset[str]) -> bool:
    """"los ministros de ambos países", "leaders of both countries": the phrase names the two sides of the story (not
    a clause of it: "Brasil, que comparte frontera con ambos países, llamó a la moderación" is Brazil)."""
    for tok in head.subtree:
        if tok.lower_ in both and fold_lemma(tok.head.lemma_) in people and not args.in_clause(tok, head):
            return True
    return False


def country_actor(ref: ActorRef, actors: ArticleActors) -> ActorRef:
    code = ref.country_code
    return ActorRef(code, actors.lexicon.states.get(code, code), code, None, kind="state", matched_text=ref.matched_text)


_PERSONAL = frozenset({"he", "she", "him", "her", "él", "ella"})


_GROUP_PRONOUNS = frozenset({"they"})


def _governing_subject(pronoun: Token, actors: ArticleActors) -> list[ActorRef]:
    """"Yemen's Houthi movement released footage of a cargo ship they seized": "they" in a clause below another is
    the side that clause's sentence is about, the subject of the nearest verb above it that names one."""
    for verb in pronoun.head.ancestors:
        names = [s for s in syntax.subjects(verb) if s.pos_ != "PRON"] if verb.pos_ in ("VERB", "AUX") else []
        if names:
            return [r for s in args.expand_conj(names) for r in actors.actors_at(s, allow_place=False)]
    return []


def _bare_definite(noun: Token) -> bool:
    """"el grupo", "the group": a noun with its definite article and nothing else that names it."""
    return noun.pos_ == "NOUN" and all(c.dep_ in ("det", "punct") for c in noun.children) \
        and any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in noun.children)


_OTHERS = frozenset({"others"})  # Spanish "otros" was measured and left: it moved an unseen set the wrong way


def _others_than(word: Token, actors: ArticleActors) -> list[ActorRef]:
    """"Protesters broke into the residence, while others forced their way into army headquarters", "Others set fire
    to party offices": more of the crowd the sentence, or the one before, has as its subject (a state or a sector,
    not a person)."""
    sent = word.sent
    earlier = [t for t in sent if t.i < word.i and t.dep_ in ("nsubj", "nsubjpass")][-1:]
    if not earlier and sent.start > 0:
        earlier = syntax.subjects(word.doc[sent.start - 1].sent.root)[:1]
    return [r for s in earlier for r in actors.actors_at(s, allow_place=False) if r.kind in ("state", "sector")]


def _previous_speaker(pronoun: Token, actors: ArticleActors) -> list[ActorRef]:
    """"A spokesperson for the Government Communication Service said… He denied that…": with no person named before
    it, "he" is the one the sentence before had as its subject, when that names someone."""
    start = pronoun.sent.start
    if start == 0:
        return []
    before = pronoun.doc[start - 1].sent
    return [r for s in syntax.subjects(before.root) for r in actors.actors_at(s, allow_place=False)][:1]


def same_actor(a: ActorRef, b: ActorRef, local: frozenset[str] = frozenset()) -> bool:
    """One side twice: the same actor, or the same sector of one country — a state, its government and its
    officials are one side ("Kim visitó Corea del Norte" is no visit, "Lavrov se reunió con Ushakov" no dyad).
    Different sectors of one country are a domestic dyad like any other (COLGOV -> COLREB); an unidentified
    perpetrator is no sector at all, so never the side it acts on ("el alcalde fue amenazado"); a regional or
    municipal office (`local`: the words naming one, cues.jsonl `local_office`) is a side against the national
    government ("el gobernador de Arauca pidió al Gobierno nacional")."""
    if a.actor_id == b.actor_id:
        return True
    if {"organisation", "unidentified"} & {a.kind, b.kind} or not a.country_code or a.country_code != b.country_code:
        return False
    if _names_office(a, local) != _names_office(b, local):
        return False
    return (a.role or "GOV") == (b.role or "GOV")


def _names_office(ref: ActorRef, words: frozenset[str]) -> bool:
    return bool(words) and any(fold_word(w) in words for w in ref.matched_text.split())


_DIRECTED_VISIT = frozenset({"042", "043"})


def _rank(c: Coded) -> tuple:
    """The more specific code first, then a hand-written override over a dictionary entry, then confidence."""
    return (len(c.code), not c.pattern.strict, c.confidence)


def dedupe(coded: list[Coded]) -> list[Coded]:
    """One event per CAMEO root and actor pair in a sentence (a verb and its noun say the same thing); a side's act
    with no target is the same act as its act of that root with one ("is conducting military exercises in
    Alaska")."""
    best: dict[tuple, Coded] = {}
    for c in coded:
        target = c.target.actor_id if c.target else ""
        # symmetric acts are one event whichever side is named first; directed ones (invite / accept) are two
        pair = frozenset([c.source.actor_id, target]) if c.pattern.symmetric else (c.source.actor_id, target)
        k = (c.code[:2], pair, c.code if c.code in _DIRECTED_VISIT else "")
        cur = best.get(k)
        if cur is None or _rank(c) > _rank(cur):
            best[k] = c
    aimed = {(c.code[:2], c.source.actor_id) for c in best.values() if c.target is not None}
    # a state and one of its sectors are one side of one act: "threatened to shell Iraqi towns" is one threat to Iraq
    sectors = {_act_on(c) for c in best.values()
               if c.target is not None and c.target.kind == "state" and c.target.role not in (None, "GOV")}
    kept = [c for c in best.values() if (c.target is not None or (c.code[:2], c.source.actor_id) not in aimed)
            and not (c.target is not None and c.target.kind == "state" and c.target.role is None
                     and _act_on(c) in sectors)]
    return sorted(_one_per_side(kept), key=lambda c: c.trigger.i)


def _act_on(c: Coded) -> tuple:
    """An act (its root; a visit and a hosting apart), its source, and the country of its target."""
    return c.code[:2], c.code if c.code in _DIRECTED_VISIT else "", c.source.actor_id, c.target.country_code


def _one_per_side(coded: list[Coded]) -> list[Coded]:
    """One act of one trigger reaches one side once: "met senators and House Speaker Mike Johnson" is one meeting
    with the US legislature, told by the person it names."""
    best: dict[tuple, Coded] = {}
    out = []
    for c in coded:
        t = c.target
        if t is None or not t.country_code:
            out.append(c)
            continue
        k = (c.trigger.i, c.code, c.source.actor_id, t.country_code, t.role)
        cur = best.get(k)
        if cur is None or (t.kind == "person", _rank(c)) > (cur.target.kind == "person", _rank(cur)):
            best[k] = c
    # the bare country beside someone of it the same act reaches is that someone's country, not a second side:
    # "En Lima, la policía allanó la vivienda de la presidenta"
    named = {(c.trigger.i, c.code, c.source.actor_id, c.target.country_code) for c in best.values() if c.target.role}
    return out + [c for c in best.values() if c.target.role or c.target.kind != "state"
                  or (c.trigger.i, c.code, c.source.actor_id, c.target.country_code) not in named]
