"""Verbs of saying: what is said, and to or about whom.

"Xi told Biden that...", "advirtió que Pyongyang pagará...": a verb of saying is
an event only when what it reports carries a cue ("threatened", "apoyo"), and its
target is the addressee, else the first foreign actor named in what was said.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.actors.lexicon import AGENT
from transforms.actors.resolve import ArticleActors
from transforms.actors.whereabouts import EXECUTIVE_ROLES
from transforms.coding.arguments import syntax
from transforms.coding.arguments.heads import expand_conj, prep_heads
from transforms.coding.arguments.sides import same_actor
from transforms.coding.modality.clause import purpose
from transforms.coding.words import feats, lemma
from transforms.cues import LangCues
from transforms.records import ActorRef

_PARTICLES = frozenset({"ADV", "ADP", "PART"})
_VENUES = frozenset({"JUD", "MED"})  # courts and the press hear what is said; they are not what it is about


def said_clauses(tok: Token) -> list[Token]:
    """What a verb of saying says: its clauses and objects, and a clause begun by "que"/"that" the small Spanish model
    hangs on the phrase of where it was said ("advirtió en un comunicado de que cualquier agresión tendrá…")."""
    return [c for c in tok.children if c.dep_ in ("ccomp", "xcomp", "parataxis", "advcl", "obj", "dobj")
            and c.pos_ in ("VERB", "AUX", "ADJ", "NOUN")] + [
        clause for c in tok.children if c.dep_ == "obl" for clause in c.children
        if clause.dep_ == "acl" and clause.pos_ in ("VERB", "AUX") and clause.i > c.i
        and any(m.dep_ == "mark" and m.lower_ == "que" for m in clause.children)]


def says(tok: Token, cue: str, cues: LangCues) -> bool:
    """What a verb of saying reports contains a word of the cue class ("push Russian forces back" backs no one),
    and reports it as so: "dijo que Chile debería apoyar a Bolivia" is no support. Only what follows the verb: a
    clause before it ("Bandits killed 38 villagers, residents said") is the news, and the verb says whose account
    it is, not a stance of its own."""
    modal_says = bool(cues(cue) & cues("modal"))  # "Washington should stop arming Taiwan" is how a demand is said
    return any(cues.has(t, cue) and t.pos_ not in _PARTICLES and not _aside(t, c, cues)
               for c in said_clauses(tok) if c.i > tok.i
               and (not _hedged(c, cues, modal_says) or _double_negative(c, cues))
               for t in c.subtree)


def _double_negative(clause: Token, cues: LangCues) -> bool:
    """"would not go unanswered", "no quedará impune": the negation says the price, it does not deny it."""
    return any(cues.has(t, "double_negative") for t in clause.subtree)


_ADNOMINAL = frozenset({"relcl", "acl", "acl:relcl"})


def _aside(word: Token, clause: Token, cues: LangCues) -> bool:
    """A word of what is said that says nothing of the speaker's stance: in a clause that describes a noun ("a guard
    who tried to stop them"; one the model hangs on a noun but opens with a conjunction, "told the panel that…", is
    what is said), in the purpose of an act ("deploying troops to support a safe environment"), or a participle
    that tells who backs a side ("the Saudi-backed government"). A word in a place phrase was measured and left:
    "in flagrant violation" is no place."""
    if word.dep_ in ("amod", "compound") and word.tag_ == "VBN":
        return True  # "the Saudi-backed government", "U.N.-sponsored talks": who stands behind a side, no stance
    tok = word
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.dep_ in _ADNOMINAL and not any(c.dep_ == "mark" for c in tok.children):
            return True
        if purpose(tok, cues):
            return True  # "was deploying troops to support a safe environment": the purpose of an act, no stance
        tok = tok.head
    return False


def _hedged(clause: Token, cues: LangCues, modal_says: bool) -> bool:
    return any(c.dep_ in ("aux", "aux:pass", "advmod", "neg")
               and (cues.has(c, "negation") or not modal_says and cues.has(c, "modal")) for c in clause.children)


def said_about(tok: Token, source: ActorRef, actors: ArticleActors, cues: LangCues,
               hostile: bool = False) -> list[ActorRef]:
    """Whom it was said to, else the first actor of another country named in what was said. A court or its
    judges, and the press, are where it was said, not whom it is about ("told the judges that Israel's conduct…",
    "told reporters that Brussels should…"). The addressee may be of the speaker's own country when it is another
    side of it ("the army warned protesters that…"). In what was said, the first foreign actor is what it is about,
    else another side of the speaker's country (one of them outside the state's executive), else, in the
    authorities' words, "anyone who…": their country's people. A `hostile` statement is not about those harmed (cues
    `harmed`: "said he was praying for the victims of a terrible massacre" blames no victim)."""
    for addressee in (c for c in tok.children if c.dep_ in ("dobj", "iobj", "dative", "obj") and c.pos_ in ("PROPN", "NOUN")):
        ref = actors.actor_at(addressee)
        if ref is not None and ref.country_code and ref.role not in _VENUES and (
                ref.country_code != source.country_code or not same_actor(ref, source)):
            return [ref]
    domestic: list[ActorRef] = []
    priced = who_pays(tok, source, actors, cues)
    if priced:
        return priced
    for clause in said_clauses(tok):
        for t in sorted(clause.subtree, key=lambda x: x.i):
            if actors.kind_at(t.i) is None or _describes_a_thing(t, actors) or hostile and cues.has(t, "harmed"):
                continue
            ref = actors.actor_at(t, allow_place=False)
            if ref is None or not ref.country_code or ref.role in _VENUES:
                continue
            if ref.country_code != source.country_code:
                return [ref, *_coordinated(t, ref, source, actors)]  # "if Washington and Seoul go ahead": both
            if not domestic and _other_side(ref, source):
                domestic = [ref]
    return domestic or to_anyone(tok, source, actors, cues)


def who_pays(tok: Token, source: ActorRef, actors: ArticleActors, cues: LangCues) -> list[ActorRef]:
    """"advirtió de que cualquier agresión contra Guyana tendrá consecuencias para el Gobierno de Maduro", "warned
    that any aggression would carry a price for Moscow": the price a warning names is for whom it threatens, not for
    the side the aggression would be against."""
    purpose = tuple(cues("purpose_preps"))
    for clause in said_clauses(tok):
        for price in (t for t in clause.subtree if t.pos_ == "NOUN" and cues.has(t, "threat_speech")):
            # the small models hang "para X" on the price or on the verb that has it ("tendrá consecuencias para X")
            had = [price.head] if price.dep_ in ("obj", "dobj") else []
            for head in [h for t in [price, *had] for h in prep_heads(t, purpose)]:
                ref = actors.actor_at(head, allow_place=False)
                if ref is not None and ref.country_code and not same_actor(ref, source):
                    return [ref]
    return []


def tells_its_own_act(tok: Token, source: ActorRef, actors: ArticleActors) -> bool:
    """What is said is an act of the speaker's own side: itself, or its state's government or forces when it speaks
    for them, is the subject of an active clause ("the interior ministry said police raided the Baku office of
    Sputnik"; not "said its soldiers were attacked")."""
    for clause in said_clauses(tok):
        if syntax.is_passive(clause):
            continue
        for subject in syntax.subjects(clause):
            ref = actors.actor_at(subject, allow_place=False)
            if ref is not None and ref.country_code == source.country_code and not _other_side(ref, source):
                return True
    return False


def _describes_a_thing(tok: Token, actors: ArticleActors) -> bool:
    """A sector word describing one thing names no one: "opened a criminal investigation", "a police vehicle" (not
    "estos grupos criminales", people)."""
    return actors.kind_at(tok.i) == AGENT and tok.dep_ == "amod" and "Plur" not in feats(tok.head, "Number") \
        and actors.actor_at(tok.head, allow_place=False) is None


def to_anyone(tok: Token, source: ActorRef, actors: ArticleActors, cues: LangCues) -> list[ActorRef]:
    """"warned that anyone who blocks roads would be arrested", "advirtió que quienes bloqueen carreteras serán
    detenidos": what the authorities say of whoever does something, they say to their country's people."""
    if (source.role or "GOV") not in EXECUTIVE_ROLES or source.country_code != actors.home_country:
        return []  # a foreign government's "measures against whoever obstructs the talks" are not to its people
    clauses = said_clauses(tok)
    clauses += [c for clause in clauses for c in clause.children if c.dep_ == "csubj"]  # "quienes bloqueen ... serán"
    subjects = [s for c in clauses for s in (c.children if c.dep_ != "csubj" else [c]) if s.dep_ in _SUBJECTS or s == c]
    # whoever the act said is aimed at: "would deal firmly with anyone planning violence", "actuará contra quienes
    # bloqueen las carreteras" (a pronoun: "any violation of its borders" is no one)
    aimed = [t for c in clauses for t in c.subtree if t.pos_ == "PRON" and t != c]
    said_of = [t for s in subjects for t in (s, *s.children)] + aimed
    if any(cues.has(t, "anyone") for t in said_of):
        return [actors.sector("CVL", source.country_code)]
    return []


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})


def _other_side(ref: ActorRef, source: ActorRef) -> bool:
    """A side of the speaker's own country that what is said may be about: not the speaker's side, and not the
    state's executive speaking of its own forces ("the president said the police would arrest them")."""
    executive = {(ref.role or "GOV") in EXECUTIVE_ROLES, (source.role or "GOV") in EXECUTIVE_ROLES}
    return not same_actor(ref, source) and executive != {True}


def _coordinated(tok: Token, first: ActorRef, source: ActorRef, actors: ArticleActors) -> list[ActorRef]:
    """The other actors coordinated with the one at `tok` ("Washington and Seoul"), of other countries than the
    source's."""
    out: list[ActorRef] = []
    for c in expand_conj([tok])[1:]:
        ref = actors.actor_at(c, allow_place=False)
        if ref is not None and ref.country_code and ref.country_code not in (source.country_code, first.country_code) \
                and ref.role not in _VENUES and ref not in out:
            out.append(ref)
    return out


def threatens(trigger: Token, actors: ArticleActors, cues: LangCues) -> bool:
    """A threat that names no one answers someone only when it is said as a clause ("warned that…", not "threatened
    regional peace" or "threatened to flush out fighters", whose object says whom). A warning (cue class
    `cautioning`) threatens when what it says is a price ("consequences") or an act yet to come by someone, or done
    to someone ("advirtió de que propondrá sanciones", "warned that organisers would be held responsible"); it may
    only caution ("advirtió que la violencia está desbordando al Estado", "que la medida complicará…")."""
    said = [c for c in said_clauses(trigger) if c.dep_ in ("ccomp", "parataxis")]
    if not said or syntax.objects(trigger) or any(
            c.dep_ in ("xcomp", "advcl") and "Inf" in feats(c, "VerbForm") for c in trigger.children):
        return False
    if lemma(trigger) not in cues("cautioning"):
        return True
    return says(trigger, "threat_speech", cues) or any(
        _to_come(verb, actors) for clause_head in said for verb in clause_head.subtree)


def _to_come(verb: Token, actors: ArticleActors) -> bool:
    """A future or conditional verb whose subject is someone, or none ("propondrá sanciones", "serán considerados
    objetivo militar"), not a thing ("la medida complicará")."""
    if not ("Fut" in verb.morph.get("Tense") or "Cnd" in verb.morph.get("Mood")):
        return False
    subjects = [t for t in syntax.subjects(verb) if t.dep_ not in ("nsubjpass", "nsubj:pass")]
    return syntax.is_passive(verb) or all(t.pos_ == "PRON" or actors.names_an_actor(t) for t in subjects)
