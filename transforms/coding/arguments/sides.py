"""Who the two sides are and which pairs make events: phrase heads to actors, "ambos"/"both", pronouns,
one actor or one country on both sides, and one event per act and pair in a sentence."""
from __future__ import annotations

from spacy.tokens import Token

from transforms.actors.antecedents import ARMED_GROUP_ROLES
from transforms.actors.resolve import ArticleActors
from transforms.actors.whereabouts import EXECUTIVE_ROLES
from transforms.coding.arguments import heads as args
from transforms.coding.arguments import syntax
from transforms.coding.arguments.referring import Reading, referents
from transforms.coding.records import Coded
from transforms.records import ActorRef
from transforms.text import fold_word


def resolve_heads(heads: list[Token], actors: ArticleActors, allow_place: bool,
                  pair: list[ActorRef] | None = None) -> list[ActorRef]:
    """The actors phrase heads stand for, each once: a referring word's referents (`referring.REFERRING`: pronouns,
    "the group", "both"…; `pair` is what "the two sides" means when the sentence names no pair), else the lexicon's."""
    out: list[ActorRef] = []
    reading = Reading(actors, pair)
    for h in heads:
        refs = referents(h, reading)
        for ref in refs if refs is not None else actors.actors_at(h, allow_place=allow_place):
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


def country_actor(ref: ActorRef, actors: ArticleActors) -> ActorRef:
    code = ref.country_code
    return ActorRef(code, actors.lexicon.states.get(code, code), code, None, kind="state", matched_text=ref.matched_text)


def same_actor(a: ActorRef, b: ActorRef, local: frozenset[str] = frozenset()) -> bool:
    """One side twice: the same actor, or the same sector of one country — a state, its government and its
    officials are one side ("Kim visitó Corea del Norte" is no visit, "Lavrov se reunió con Ushakov" no dyad).
    Different sectors of one country are a domestic dyad like any other (COLGOV -> COLREB); an unidentified
    perpetrator is no sector at all, so never the side it acts on ("el alcalde fue amenazado"); a regional or
    municipal office (`local`: the words naming one, cues.jsonl `local_office`) is a side against the national
    government ("el gobernador de Arauca pidió al Gobierno nacional"); a court and a judge or prosecutor it names
    are two sides."""
    if a.actor_id == b.actor_id:
        return True
    if {"organisation", "unidentified"} & {a.kind, b.kind} or not a.country_code or a.country_code != b.country_code:
        return False
    if _names_office(a, local) != _names_office(b, local):
        return False
    if a.role == b.role == "JUD" and (a.kind == "person") != (b.kind == "person"):
        return False  # "el Supremo condenó al fiscal general": a court judges the prosecutors and judges it names
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
    return sorted(_one_per_doer(_one_per_side(kept)), key=lambda c: c.trigger.i)


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


def _one_per_doer(coded: list[Coded]) -> list[Coded]:
    """One act of one trigger is done by one side once: "police officers and troops launched an operation" (one
    state's forces), "indígenas y campesinos paralizaron las carreteras" (one sector of one country) is one act,
    told by the first named. Two persons are two ("fue recibido por su homóloga y por Kim Jong Un": two meetings)."""
    best: dict[tuple, Coded] = {}
    out = []
    for c in coded:
        s = c.source
        if not s.country_code or s.kind in ("organisation", "unidentified", "person"):
            out.append(c)
            continue
        side = "STATE" if (s.role or "GOV") in EXECUTIVE_ROLES else s.role
        k = (c.trigger.i, c.code, s.country_code, side, c.target.actor_id if c.target else "")
        cur = best.get(k)
        if cur is None or _rank(c) > _rank(cur):
            best[k] = c
    return out + list(best.values())
