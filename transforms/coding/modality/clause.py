"""Whether the clause of a trigger states an act that happened: negation, refusal, modality, future, background,
assertion.

"no se reunió", "refused to sign": negated; "Washington should stop...": a demand or a possibility (modal);
"se reunirá", "is set to visit": future (an intent when the pattern has one); "desde que Rusia invadió",
"si suministra armas": background or condition, not this article's event.
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.coding.arguments import syntax
from transforms.coding.words import feats, form, lemma
from transforms.cues import LangCues

_FUTURE_CLIMB = ("xcomp", "ccomp", "advcl", "acl")


def negated(tok: Token, cues: LangCues) -> bool:
    """"no se reunió", "did not meet", "will no longer tolerate" (the negation one adverb down), "had broken no law"
    (the object's determiner), "ningún soldado resultó herido", "nadie fue detenido", "ni Israel ni Hamás
    participaron", "neither side attended" (a subject that is no one), "en ningún momento tuvo intención de
    atacar", "at no time" (a phrase of time or manner that excludes every occasion)."""
    return any(cues.has(c, "negation") and c.dep_ in ("advmod", "neg", "det", "aux") for c in tok.children) or any(
        cues.has(g, "negation") for c in tok.children if c.dep_ == "advmod"
        for g in c.children if g.dep_ in ("neg", "advmod")) or any(
        cues.has(g, "negation") for c in tok.children if c.dep_ in ("dobj", "obj")
        for g in c.children if g.dep_ == "det") or any(
        cues.has(s, "no_one") or any(cues.has(d, "no_one") for d in s.children if d.dep_ == "det")
        or any(cues.has(d, "negation") and d.dep_ in ("cc", "preconj", "det") and d.i < s.i for d in s.children)
        for s in syntax.subjects(tok)) or any(
        cues.has(d, "no_one") for c in tok.children if c.dep_ in ("obl", "prep")
        for n in (c, *(g for g in c.children if g.dep_ == "pobj")) for d in n.children if d.dep_ == "det")


def negated_future(tok: Token, cues: LangCues) -> bool:
    """"no va a negociar", "is not going to back down": a future told with a verb of going, negated there."""
    return tok.dep_ == "xcomp" and tok.head != tok and lemma(tok.head) in cues("periphrastic_future") \
        and negated(tok.head, cues)


def negated_plan(tok: Token, cues: LangCues) -> bool:
    """The plan or readiness an act hangs from is negated: "no tenía previsto reunirse", "is not ready to send"."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in _FUTURE_CLIMB + ("obj", "dobj", "acomp") or cur.head == cur:
            return False
        cur = cur.head
        if negated(cur, cues):
            return True
    return False


_COMPLEMENTS = ("xcomp", "ccomp", "advcl")


def _completes(tok: Token, cues: LangCues, cls: str, deps: tuple[str, ...] = _COMPLEMENTS) -> bool:
    """The trigger's clause completes a verb of the cue class `cls` (a phrasal one too: "ruled out resigning")."""
    if tok.dep_ not in deps or tok.head == tok:
        return False
    words = cues(cls)
    return lemma(tok.head) in words or any(f"{lemma(tok.head)} {form(c)}" in words
                                            for c in tok.head.children if c.dep_ in ("prt", "compound:prt"))


def attempted(tok: Token, cues: LangCues) -> bool:
    """"intentaron asesinar", "tried to storm": the act is what a verb of attempt governs."""
    return _completes(tok, cues, "attempt")


def threatened(tok: Token, cues: LangCues) -> bool:
    """"amenazaron con atacar", "threatened to break relations": the act is what a verb of threat governs."""
    return _completes(tok, cues, "threat")


_REFUSED = ("xcomp", "ccomp", "obj", "dobj")  # how an act hangs on the verb of refusal that governs it


def refused(tok: Token, cues: LangCues) -> bool:
    """"se negó a reunirse", "refused to sign": the act is what a verb of refusal governs (not one itself negated:
    see `left_open`)."""
    return _completes(tok, cues, "refusal", _REFUSED) and not negated(tok.head, cues)


def left_open(tok: Token, cues: LangCues) -> bool:
    """"no descarta ofrecer ayuda", "did not rule out sending troops": a negated refusal leaves the act possible,
    neither done nor refused."""
    return _completes(tok, cues, "refusal", _REFUSED) and negated(tok.head, cues)


def dissuaded(tok: Token, cues: LangCues) -> bool:
    """"warned the opposition against holding rallies": what one is warned against has not been done."""
    cur = tok
    for _ in range(3):
        if cur.head == cur:
            return False
        if cur.dep_ in ("pcomp", "pobj") and cues.has(cur.head, "against_preps"):
            warned = cur.head.head
            if warned.dep_ in ("dobj", "obj") and warned.head != warned:  # "warned the opposition against"
                warned = warned.head
            return lemma(warned) in cues("dissuasion")
        cur = cur.head
    return False


def modal(tok: Token, cues: LangCues) -> bool:
    """The clause, or the one it is coordinated with or completes, has a modal of obligation or possibility; a verb
    with a tense of its own is not under its conjunct's modal ("said the vote could not be considered legitimate,
    and urged Senegal to…", not "should stop arming Taiwan and withdraw")."""
    cur = tok
    for _ in range(3):
        if any(c.dep_ in ("aux", "aux:pass") and cues.has(c, "modal") for c in cur.children):
            return True
        if cur.dep_ not in ("conj", "xcomp") or cur.head == cur \
                or cur.dep_ == "conj" and "Fin" in feats(cur, "VerbForm"):
            return False
        cur = cur.head
    return False


def background(tok: Token, cues: LangCues) -> bool:
    """A clause introduced by "desde que" / "since" (the past the article recalls) or "si" / "if" (what has not
    happened)."""
    marks = [form(c) for c in tok.children if c.dep_ == "mark"]
    return bool(marks) and (marks[0] in cues("background") or marks[0] in cues("condition"))


def describing_participle(verb: Token) -> bool:
    """A past participle describing a noun ("jihadists linked to the Islamic State", "milicias apoyadas por Irán")."""
    return verb.dep_ in ("acl", "amod") and "Part" in feats(verb, "VerbForm") and verb.head.pos_ in ("NOUN", "PROPN")


def stance(verb: Token) -> bool:
    """A relative clause in the present describing who someone is ("campesinos y mineros que rechazan la ley", "the
    groups who oppose the deal"): a position held, not an act of the day."""
    return verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("relcl", "acl", "acl:relcl") \
        and "Pres" in feats(verb, "Tense") and any(c.dep_ in ("nsubj", "nsubjpass") and (
            "Rel" in c.morph.get("PronType") or c.lower_ in _RELATIVE_SUBJECTS) for c in verb.children)


_RELATIVE_SUBJECTS = frozenset({"who", "that", "which"})  # the English model marks no PronType


def future(tok: Token, cues: LangCues) -> bool:
    if "Fut" in feats(tok, "Tense") or "Cnd" in feats(tok, "Mood"):
        return True
    if any(c.dep_ in ("aux", "aux:pass") and (cues.has(c, "future_aux") or "Fut" in feats(c, "Tense"))
           for c in tok.children):
        return True  # "will free", "serán liberados": the tense is on the auxiliary
    above = tok.head.head if tok.dep_ == "pobj" else tok.head
    if tok.dep_ in ("obj", "dobj", "pobj") and lemma(above) in cues("announcing"):
        return True  # "vowed revenge", "warned of an overwhelming response": what is vowed is to come
    plan, offer = cues("plan"), cues("offer")
    if tok.dep_ in ("obj", "dobj") and tok.head.dep_ == "xcomp" and lemma(tok.head.head) in offer:
        return True  # "offered to host talks" (the model makes "host" a noun the talks hang from)
    cur = tok
    for _ in range(2):
        if cur.dep_ not in _FUTURE_CLIMB or cur.head == cur or cur.dep_ == "advcl" and not _infinitive(cur):
            break  # "set fire to the building, killing three": a participle or a finite clause beside the verb is no plan
        # "offered to host talks": not yet hosted (the small English model may hang the infinitive as an advcl)
        offered = lemma(cur.head) in offer and (cur.dep_ == "xcomp" or cur.dep_ == "advcl"
                                                 and "Inf" in feats(cur, "VerbForm"))
        cur = cur.head
        if lemma(cur) in plan or form(cur) in plan or offered:
            return True
        if any(form(c) in plan for c in cur.children if c.dep_ in ("iobj", "obj", "amod", "xcomp", "advmod", "acomp")):
            return True  # "tiene previsto volar", "is set to visit"
        if "Fut" in feats(cur, "Tense"):
            return True
    return any(form(c) in plan for c in tok.children if c.dep_ in ("iobj", "amod", "xcomp", "advmod"))


def _infinitive(tok: Token) -> bool:
    """"to attack", "para atacar": an infinitive clause, the form a planned act takes."""
    return "Inf" in feats(tok, "VerbForm") or any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children)


def directed(tok: Token, cues: LangCues) -> bool:
    """What is demanded, asked, allowed or given a deadline for has not been done: "demanded that the United States
    lift sanctions", "dieron un plazo de siete días a los militares para liberar al presidente". What one is invited to
    do is yet to be done too ("invitó a Putin a visitar Pyongyang")."""
    if _completes(tok, cues, "invite", ("xcomp", "advcl")):
        return True
    while tok.dep_ == "conj" and tok.head != tok:  # "demanded that the US stop hyping ... and lift sanctions"
        tok = tok.head
    if tok.head == tok or tok.dep_ not in ("ccomp", "xcomp", "advcl", "acl"):
        return False
    if tok.dep_ == "advcl" and _told(tok, cues):
        return False  # "urged Senegal to act, while France called for the vote": a clause of its own, told as done
    if any(c.dep_ in ("mark", "case") and cues.has(c, "after") for c in tok.children):
        return False  # "les dio un plazo de 72 horas, tras acusarlos de espionaje": done before the deadline was set
    head = tok.head
    for _ in range(3):  # the small models hang "para liberar" on the relative clause of the object ("a los militares
        # que tomaron el poder"): the directive is then the verb above that object
        if cues.has(head, "directive") or any(cues.has(c, "directive") for c in head.children
                                              if c.dep_ in ("obj", "dobj") and c.pos_ == "NOUN"):
            return True
        if head.dep_ not in ("acl", "relcl", "obj", "dobj", "iobj", "xcomp", "ccomp") or head.head == head:
            return False  # "called on Rwanda to stop supporting the M23", "pidió a Xi que ayude a mediar": wanted
            # through the verbs it completes
        head = head.head
    return False


def _told(tok: Token, cues: LangCues) -> bool:
    """A clause set against another ("while", "mientras", cue class `contrast`), finite and indicative, with a subject
    of its own: it tells an act, whatever governs it (unlike "until the authorities freed the students")."""
    return "Fin" in feats(tok, "VerbForm") and "Sub" not in feats(tok, "Mood") \
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) \
        and any(c.dep_ == "mark" and cues.has(c, "contrast") for c in tok.children)


def asserted(tok: Token, cues: LangCues) -> bool:
    """The verb states an act rather than naming one wanted, demanded or possible: not an infinitive ("agreed to
    withdraw", "para protestar"), not a subjunctive ("exigieron que el Gobierno deje", "demanded that Hamas
    renounce"). Nouns are asserted by their governor, which is tested on its own."""
    if tok.pos_ not in ("VERB", "AUX"):
        return True
    if directed(tok, cues) or (tok.dep_ == "acl" and tok.head.pos_ == "NOUN"):
        return False  # what is demanded; what a noun says ("el argumento de que México había abusado")
    if "Inf" in feats(tok, "VerbForm"):
        return False
    if "Sub" in feats(tok, "Mood"):  # "exigieron que deje"; but "después de que asaltaran la embajada" happened
        return any(cues.has(t, "after") for t in tok.doc[max(tok.sent.start, tok.i - 5): tok.i])
    return not (tok.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in tok.children))


def purpose(tok: Token, cues: LangCues) -> bool:
    """An infinitive clause of what another act is done for: "deployed to support the police", "enviado para apoyar"."""
    return tok.dep_ == "advcl" and "Inf" in feats(tok, "VerbForm") \
        and any(c.dep_ in ("aux", "mark") and cues.has(c, "purpose_marks") for c in tok.children)


def described(tok: Token, cues: LangCues) -> bool:
    """A verb in the simple present with no day of its own describes a state or a habit ("La COB agrupa a mineros y
    maestros", "the union represents 5,000 nurses"). News tells its acts in the past, in the present only with the
    day it names ("los maestros marchan este martes", "today") or in a headline or a lede (the text's first
    sentence: "INDIGENAS RADICALIZAN PARALIZACION")."""
    return tok.sent.start != 0 and tok.pos_ == "VERB" and _present_without_a_day(tok, cues)


def habitual(tok: Token, cues: LangCues) -> bool:
    """A relative clause in the simple present says what its antecedent does, not what happened: "Pakistani Taliban
    fighters who stage attacks inside Pakistan", "bandas que secuestran a migrantes" (unless it names its day)."""
    relative = tok.dep_ == "relcl" or tok.dep_ == "acl" and any(syntax.is_relative_pronoun(c) for c in tok.children)
    return relative and _present_without_a_day(tok, cues)


def _present_without_a_day(tok: Token, cues: LangCues) -> bool:
    """The verb is in the simple present (finite, not subjunctive, no auxiliary) and its clause names no day."""
    present = "Pres" in feats(tok, "Tense") and "Fin" in feats(tok, "VerbForm") and "Sub" not in feats(tok, "Mood")
    if not present or any(c.dep_ in ("aux", "auxpass", "aux:pass") for c in tok.children):
        return False
    return not any(cues.has(t, "today") for t in tok.subtree)


def denied(tok: Token, cues: LangCues) -> bool:
    """The clause is what someone denies: "denied that the military had targeted civilians", "denies using chemical
    weapons" (not a verb joined to it: the parser hangs the speaker's next act there, "denied that ... and accused
    Fano of ...")."""
    gerund = tok.dep_ == "xcomp" and tok.tag_ == "VBG"  # not "se negó a negociar": a refusal, the act not done yet
    # the denial comes first: not "X accused Y; Y denies it"
    return (tok.dep_ == "ccomp" or gerund) and tok.head.i < tok.i and lemma(tok.head) in cues("denial")


def alleged(tok: Token, cues: LangCues) -> bool:
    """The act is what someone is accused of: "accused Uganda of backing rebels", "acusó al Ejército de bombardear un
    mercado". The accusation is the event (112); the act is its content, not a fact the text states."""
    head = tok.head
    if head == tok or tok.dep_ not in _ALLEGED:
        return False
    if head.pos_ == "ADP" and head.head != head:  # "of backing", "for the attack": the preposition's head
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and head.head != head and head.head.i < head.i:
        head = head.head  # "acusaron al Ejército de bombardear": the small model hangs the act on the accused
    return head.i < tok.i and lemma(head) in cues("accusing")


_ALLEGED = frozenset({"pcomp", "pobj", "xcomp", "advcl", "acl", "ccomp", "nmod", "obl"})


def pronominal(tok: Token, cues: LangCues) -> bool:
    """A Spanish verb with its reflexive "se": often another sense than the bare verb ("se disparó" soared,
    "se abstuvieron" abstained)."""
    return any(cues.has(c, "reflexive") and c.pos_ == "PRON" for c in tok.children)
