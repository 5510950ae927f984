"""Where the source and target of a trigger word are, in the parse.

Spanish drops subjects ("Aseguró además que..."), relative clauses carry
them on their antecedent ("Lavrov, quien agradeció..."), and the small
models attach coordinated phrases loosely. `subject_heads` therefore climbs:
a relative pronoun to its antecedent, a conjoined, adverbial or
complement clause to the clause it hangs from, a participle modifying a
place to the verb of that place ("visitó Wonsan, donde fue recibido").
"""
from __future__ import annotations

from spacy.tokens import Token

from transforms.coding.arguments import syntax

_CLIMB = {"conj", "xcomp", "advcl", "ccomp", "acl", "relcl", "parataxis", "csubj", "acomp"}
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM", "X"}


def expand_conj(tokens: list[Token]) -> list[Token]:
    """Each token and the nominal conjuncts coordinated with it ("Rusia y Corea del Norte")."""
    out: list[Token] = []
    for tok in tokens:
        stack = [tok]
        while stack:
            cur = stack.pop()
            if cur not in out:
                out.append(cur)
            stack.extend(c for c in cur.children if c.dep_ == "conj" and c.pos_ in _NOMINAL)
            # "The US, Russia, and Switzerland": a list the parser read as an apposition with its own conjunct
            listed = any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in cur.children)
            stack.extend(c for c in cur.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                         and (listed or any(g.dep_ == "conj" and g.pos_ == "PROPN" for g in c.children)))
    return sorted(out, key=lambda t: t.i)


def subject_heads(verb: Token, depth: int = 0) -> tuple[list[Token], bool]:
    """The subject tokens of `verb`, and whether they were inherited from another clause (see `climbed_far`)."""
    subjects = syntax.subjects(verb)
    relative = [s for s in subjects if syntax.is_relative_pronoun(s)]
    if subjects and all(_personal_pronoun(s) for s in subjects) and verb.dep_ == "ccomp" and depth <= 3:
        # "Syria says it is willing to withdraw": the pronoun of a reported clause is its speaker
        speaker, _ = subject_heads(verb.head, depth + 1) if verb.head.pos_ in ("VERB", "AUX") else ([], False)
        if speaker:
            return speaker, True
    if subjects and not relative:
        return expand_conj(subjects), False
    series = (_series_before(verb) or series_after_clause(verb)) if not subjects else None
    if series is not None:
        return expand_conj(syntax.subjects(series)), True
    if verb.head == verb and not subjects:
        return _subject_read_as_modifier(verb), False
    if depth > 3:
        return [], False
    head = verb.head
    if not subjects and any(_relative_object(o, verb) for o in syntax.objects(verb)):
        # "suspendió los diálogos con el ELN, al que acusó de…": the relative is the object; the clause's unnamed
        # subject is that of the clause its antecedent belongs to
        governor = syntax.governing_verb(head)
        if governor is not None:
            found, _ = subject_heads(governor, depth + 1)
            return found, True
        return [], False
    modifies = verb.dep_ in ("acl", "relcl") or (verb.dep_ == "amod" and has_agent(verb))
    # "dos colaboradores, secuestrados por un grupo armado": a participle with an agent, read as an adjective
    if relative or (modifies and head.pos_ in ("PROPN", "NOUN", "PRON") and not _is_place_like(head)):
        if head.pos_ in _NOMINAL:
            return expand_conj([head]), True
    if relative:
        return [], False  # a free relative ("perjudicar a quienes las imponen") names no one
    controllers = _object_controllers(verb)
    if controllers:
        return expand_conj(controllers), True
    if verb.dep_ in _CLIMB or _by_doing(verb):
        # "Rusia está dispuesta a reunirse": an adjective with a subject of its own governs the infinitive
        governor = head if head.pos_ in ("VERB", "AUX") or syntax.subjects(head) else syntax.governing_verb(head)
        if _speakers_next_act(verb):
            governor = head.head if head.dep_ == "ccomp" else _governing(head)
        governor = _told_before(verb) or governor
        if governor is not None and governor != verb:
            found, _ = subject_heads(governor, depth + 1)
            return found, True
    return [], False


def _governing(clause: Token) -> Token | None:
    """The verb above the noun a content clause hangs on ("expressed concern about reports that…": "expressed")."""
    return syntax.governing_verb(clause.head)


def _told_before(verb: Token) -> Token | None:
    """"Marcos told leaders that Chinese ships had rammed a Philippine vessel, injuring three sailors": a participle
    after the clause a verb reports, telling what happened and saying nothing itself, continues that clause (the
    parser hangs it on the verb of saying)."""
    if verb.dep_ != "advcl" or not {"Ger", "Part"} & set(verb.morph.get("VerbForm")) \
            or any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "ccomp" and c.i < verb.i and syntax.subjects(c)), None)


def _speakers_next_act(verb: Token) -> bool:
    """"Kobakhidze said the court had acted in full accordance with the law and accused foreign-funded groups…": the
    parser joins the speaker's next act to the clause he reports. A verb in the simple past joined to a reported
    clause told with an auxiliary ("had acted", "había actuado", "would follow") is not of that clause: its subject is
    the speaker's. So is one that reports or commits in its turn, joined to a reported state: "Taliban officials said
    the victims were civilians and vowed to retaliate" (not "said the attackers were rebels and killed two
    soldiers")."""
    head = verb.head
    # the clause a verb reports, or one a noun of saying holds ("expressed concern about reports that Rohingya refugees
    # were among those expelled and urged India to…")
    reported = head.dep_ == "ccomp" and head.head.pos_ == "VERB" \
        or head.dep_ == "acl" and any(c.dep_ == "mark" for c in head.children) and _governing(head) is not None
    if not (verb.dep_ == "conj" and reported
            and "Past" in verb.morph.get("Tense") and "Fin" in verb.morph.get("VerbForm")
            and not any(c.dep_ in ("aux", "auxpass", "aux:pass") for c in verb.children)):
        return False
    state = head.pos_ == "AUX" or any(c.dep_ == "cop" for c in head.children)
    return any(c.dep_ == "aux" for c in head.children) \
        or state and any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _series_before(verb: Token) -> Token | None:
    """"El MP respondió en un comunicado que actúa con apego a la ley, acusó al presidente…": a series of acts of one
    subject that the parser reads as a clause reported by the next verb. The verb of the sentence, with no subject of
    its own, continues the clause before it, told in the same tense, that has one (not a quotation: "«Cuba es
    libre», afirmó")."""
    if verb.dep_ != "ROOT" or "Past" not in verb.morph.get("Tense"):
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i < verb.i and child.pos_ == "VERB" and syntax.subjects(child) \
                and child.morph.get("Tense") == verb.morph.get("Tense") and not child.left_edge.is_quote:
            return child
    return None


def series_after_clause(verb: Token) -> Token | None:
    """"Vietnam had lodged a protest after Chinese personnel boarded a boat, beat its crew and seized their catch":
    the parser joins "beat" to the main verb, but it goes on the clause between them ("boarded"), whose form it
    shares ("beat", not "had beaten"): that clause's subject did it."""
    head = verb.head
    if verb.dep_ != "conj" or head == verb or verb.pos_ != "VERB":
        return None
    form = _verb_form(verb)
    if form == _verb_form(head):
        return None
    for clause in head.children:
        if clause.dep_ == "advcl" and head.i < clause.i < verb.i and clause.pos_ == "VERB" \
                and syntax.subjects(clause) and _verb_form(clause) == form:
            return clause
    return None


def _verb_form(verb: Token) -> tuple:
    """What a conjoined verb shares with the verb it goes on: its tag and inflection, and whether it has an
    auxiliary ("had lodged" vs "boarded")."""
    return (verb.tag_, verb.morph.get("VerbForm"), verb.morph.get("Tense"), verb.morph.get("Mood"),
            any(c.dep_ in ("aux", "auxpass", "aux:pass") for c in verb.children))


def _by_doing(verb: Token) -> bool:
    """"retaliated by closing its airspace": how the subject did it, so the gerund's doer is the subject (not "rejected
    an appeal for deploying troops")."""
    return verb.dep_ == "pcomp" and verb.head.lower_ == "by"


_CONTROL_PREPS = frozenset({"of", "for", "from", "with"})  # accuse X of, blame X for, stop X from, charge X with
_CONTROL_MARKS = frozenset({"de"})  # acusar a X de, culpar a X de


def _object_controllers(verb: Token) -> list[Token]:
    """An infinitive or gerund completing a verb that has an object is done by that object, not by the verb's
    subject: "acusó a las FARC de atacar", "accused the ELN of attacking", "obligaron a los campesinos a abandonar"."""
    if verb.dep_ == "xcomp":
        governor = verb.head
    elif verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in _CONTROL_PREPS:
        governor = verb.head.head  # not "told reporters before flying": a time clause is the subject's
    else:
        return []
    if governor.pos_ not in ("VERB", "AUX"):
        return []
    return [o for o in syntax.objects(governor) if o.pos_ in _NOMINAL and o.i < verb.i]


_PERSONAL = frozenset({"it", "they", "he", "she", "we"})


def _subject_read_as_modifier(verb: Token) -> list[Token]:
    """The subject a small model reads as a modifier of a main verb with no subject: "Dagalo hit back on Al
    Jazeera", a surname it does not know, opening the sentence, read as an adverb; "Un sicario asesinó…", a noun
    before the verb read as an adjective. It is the subject when it names someone (a real adverb, "Later", names no
    one and resolves to nothing)."""
    first = verb.sent[0]
    if first.dep_ == "advmod" and first.head == verb and first.pos_ == "ADV" and first.text[:1].isupper() \
            and not first.nbor(1).is_punct:
        return [first]
    # "Un sicario asesinó…": the small Spanish model reads a noun it takes for an adjective, before a verb with no
    # subject, as modifying the verb
    return [t for t in verb.children if t.dep_ == "amod" and t.i < verb.i][:1]


def _personal_pronoun(tok: Token) -> bool:
    return tok.pos_ == "PRON" and tok.lower_ in _PERSONAL


def _is_place_like(tok: Token) -> bool:
    return tok.lemma_.lower() in {"ciudad", "capital", "país", "región", "city", "country", "region", "lugar", "place"} or (
        tok.ent_type_ in ("LOC", "GPE") and tok.pos_ == "PROPN")


def objects_of(head: Token) -> list[Token]:
    """The verb's objects; a relative pronoun object stands for the noun its clause hangs on ("el ELN, al que acusó
    de cometer crímenes de guerra": the ELN is accused)."""
    return expand_conj([referent(o, head) for o in syntax.objects(head)])


def referent(obj: Token, verb: Token) -> Token:
    """The word an object of `verb` stands for: a relative pronoun, the noun its clause hangs on; else itself."""
    return verb.head if _relative_object(obj, verb) else obj


def _relative_object(obj: Token, verb: Token) -> bool:
    return syntax.is_relative_pronoun(obj) and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in _NOMINAL


def clitic_referents(verb: Token, clitics: tuple[str, ...]) -> list[Token]:
    """"declaró persona non grata al encargado de negocios, al acusarlo de…": the object a clitic (one of `clitics`,
    cues.jsonl `object_pronouns`) on an infinitive or gerund stands for is the object of the verb its clause hangs on
    (the Spanish model lemmatises "acusarlo" as "acusar él"; "reunirse" is reflexive, no object)."""
    text = verb.lower_
    if verb.head == verb or " " not in verb.lemma_ or not clitics or not text.endswith(clitics) \
            or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return []
    above = [verb.head, *([verb.head.head] if verb.head.dep_ == "conj" else [])]  # "declaró… y les dio…, tras acusarlos"
    return [o for v in above for o in objects_of(v) if o != verb]


def prep_heads(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """Nominals introduced by one of `preps` below `head` (coordinated ones included)."""
    wanted = {p.lower() for p in preps}
    phrases = syntax.prep_args(head)
    found = [tok for prep, tok in phrases if prep in wanted]
    # "discussed the crisis by telephone with his Saudi counterpart": the model hangs the phrase on the means
    found += [tok for prep, means in phrases if prep in _MEANS_PREPS
              for inner, tok in syntax.prep_args(means) if inner in wanted and inner not in _MEANS_PREPS]
    return expand_conj(found)


_MEANS_PREPS = frozenset({"by", "via", "through", "vía"})  # not "por": mostly who or why, not how


_AGENT_PREPS = ("por", "por parte de", "a manos de", "by")


def has_agent(verb: Token) -> bool:
    """"secuestrados por un grupo armado", "kidnapped by gunmen": a participle with its agent tells an act."""
    return bool(prep_heads(verb, _AGENT_PREPS))


def agent_heads(verb: Token) -> list[Token]:
    """The agent of a passive ("recibido por X", "hosted by X"). The small models often hang it on the nominal
    before it ("muerta de varios impactos de arma por hombres armados"): then it is the first "por" phrase inside
    the verb's own phrases. "por parte de X" names X."""
    found = prep_heads(verb, _AGENT_PREPS)
    if not found:
        found = next((hs for arg in verb.children if arg.dep_ not in syntax.CLAUSE and arg.pos_ in _NOMINAL
                      for t in arg.subtree if t != arg and t.pos_ in _NOMINAL and t.head.pos_ in _NOMINAL
                      and not in_clause(t, arg)
                      for hs in [prep_heads(t.head, _AGENT_PREPS)] if t in hs), [])
    return [p for h in found for p in (_part_of(h) or [h])]


def in_clause(tok: Token, top: Token) -> bool:
    """`tok` is inside a clause hanging from `top` (relative, adverbial, complement), not in its phrase."""
    cur = tok
    while cur != top and cur.head != cur:
        if cur.dep_ in syntax.CLAUSE:
            return True
        cur = cur.head
    return False


def _part_of(tok: Token) -> list[Token]:
    """"por parte de los paramilitares": the agent is the phrase after "parte de"."""
    if tok.lower_ != "parte":
        return []
    return prep_heads(tok, ("de",))


def genitive_heads(noun: Token) -> list[Token]:
    """"la visita de Putin", "Putin's visit", "su visita" is left to the governor."""
    out = [c for c in noun.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    out += [tok for prep, tok in syntax.prep_args(noun) if prep in ("de", "of")]
    return expand_conj(out)


def doers_of(noun: Token) -> list[Token]:
    """Who did the act a noun names, when a "por"/"by"/"a manos de" phrase says so: "la detención de un sacerdote
    por la Policía" (the small models often hang the phrase on the noun's own complement), or the participle after
    it does: "la moción de censura presentada por la oposición", "the motion tabled by the opposition"."""
    return prep_heads(noun, _AGENT_PREPS) or [h for g in genitive_heads(noun) for h in prep_heads(g, _AGENT_PREPS)] \
        or [h for c in noun.children if c.dep_ in ("acl", "amod") and c.i > noun.i  # the Spanish model's participles
            for h in prep_heads(c, _AGENT_PREPS)]  # are adjectives


def container_of(noun: Token) -> Token | None:
    """The noun a trigger noun is the content of: "paquete" of "paquete de sanciones", "package" of "package of
    sanctions" and of "sanctions package"."""
    head = noun.head
    if noun.dep_ == "pobj" and head.pos_ == "ADP" and head.head != head:
        head = head.head
    elif noun.dep_ not in ("nmod", "compound"):
        return None
    return head if head != noun and head.pos_ == "NOUN" else None


def governor_of_noun(noun: Token) -> Token | None:
    """The verb a trigger noun depends on ("realizó una visita", "held talks"), at most two steps up."""
    cur = noun
    for _ in range(3):
        if cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX"):
            return cur
    return None


def clause_subjects(verb: Token) -> list[Token]:
    """Subjects of the clause a verb of saying introduces ("advirtió de que Pyongyang pagará")."""
    out: list[Token] = []
    for c in verb.children:
        clause = c.pos_ in ("VERB", "AUX") or any(g.dep_ == "cop" for g in c.children)  # "que X son una amenaza"
        if (c.dep_ in ("ccomp", "xcomp", "advcl", "obj", "obl") or c.dep_ == "conj" and _complement_mark(c)) \
                and clause:  # "y que los agentes golpearon…", hung on the verb of saying or on its first clause
            out += [s for d in (c, *(d for d in c.children if d.dep_ == "conj" and _complement_mark(d)))
                    for s in syntax.subjects(d) if not syntax.is_relative_pronoun(s)]
    return expand_conj(out)


def _complement_mark(verb: Token) -> bool:
    """The clause opens with a complementizer ("que", "that"), not a relative pronoun."""
    return any(c.dep_ == "mark" and c.pos_ == "SCONJ" and c.lower_ in ("que", "that") for c in verb.children)


def relative_of_act(noun: Token) -> Token | None:
    """The relative clause that tells who did the act a noun names and to whom: "el ataque que disidentes de las FARC
    lanzaron contra una base", "the raid that police carried out on the camp" (the small Spanish model may hang it on
    the phrase right after the noun: "el ataque con drones que disidentes lanzaron")."""
    near = [noun, *(n for n in noun.head.children if n.dep_ in ("obl", "nmod") and 0 < n.i - noun.i <= 3)]
    return next((c for n in near for c in n.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                 and any(o.dep_ in ("obj", "dobj") and syntax.is_relative_pronoun(o) for o in c.children)), None)


def relatives_below(verb: Token) -> list[Token]:
    """The relative clauses inside a verb's phrases ("accused the government of failing to implement an allowance
    review it agreed to last August"): what they tell happened at another time than the verb's act."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    subjects = set(syntax.subjects(verb))  # "Lai, que juró el cargo el lunes, había pedido…": the subject's past
    # is the chooser's to weigh (a pluperfect reaches back to it)
    return [d for d in verb.subtree if d != verb and _relative_clause(d) and d.head not in subjects]


def relatives_apart(trigger: Token) -> list[Token]:
    """The relative clauses of the trigger's sentence outside its own phrases and not about a subject ("Lebanon filed
    a complaint on Thursday over air strikes that killed nine people this week, accusing Israel of…": the strikes'
    week does not date the accusation)."""
    subjects = set(syntax.subjects(trigger)) | (set(syntax.subjects(trigger.head)) if trigger.head != trigger else set())
    return [d for d in trigger.sent if _relative_clause(d) and d.head not in subjects and d.head != trigger
            and not d.left_edge.i <= trigger.i <= d.right_edge.i]


def _relative_clause(verb: Token) -> bool:
    """The verb of a relative clause: "that killed nine people", "que juró el cargo"."""
    return verb.pos_ in ("VERB", "AUX") and (verb.dep_ == "relcl" or (
        verb.dep_ == "acl" and any(syntax.is_relative_pronoun(c) for c in verb.children)))


def participles_apart(trigger: Token) -> list[Token]:
    """"The talks, mediated by Turkey and Qatar, aim to turn a fragile truce agreed in October 2025 into a ceasefire",
    "The BNP, seen as the frontrunner in the Feb. 12 election, welcomed the ruling", "would provide vessels under a
    loan agreement signed last year": a past participle describing another noun tells that noun's past, and its date
    is not the act's. The act's object may share it ("prevented the demonstration staged by students on 15 October"),
    and a noun the participle describes keeps it."""
    objects = set(syntax.objects(trigger))
    return [t for t in trigger.sent if t.dep_ == "acl" and "Part" in t.morph.get("VerbForm")
            and "Past" in t.morph.get("Tense") and not t.left_edge.i <= trigger.i <= t.right_edge.i
            and t.head != trigger and t.head not in objects]


def alleged_acts(verb: Token) -> list[Token]:
    """"accused them of helping to organise an arson attack last month", "acusó a los diplomáticos de realizar el
    lunes actividades de espionaje": the act a verb charges its object with happened at its own time."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    english = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _CONTROL_PREPS
               for g in c.children if g.dep_ == "pcomp" and g.pos_ in ("VERB", "AUX")]
    spanish = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
               and any(m.dep_ == "mark" and m.lower_ in _CONTROL_MARKS for m in c.children)]
    return english + spanish


def governor_subjects(verb: Token) -> list[Token]:
    """The subjects of the clause above: "X anunciaron, de forma coordinada, que reconocerán..." when the parser
    hung the inner verb on a noun; for a conjunct, the clause above its first conjunct ("said the country would not
    abandon its post and dismissed China's call": the speaker's)."""
    while verb.dep_ == "conj" and verb.head != verb and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    governor = syntax.governing_verb(verb)
    if governor is None:
        return []
    return subject_heads(governor)[0]


_NEAR = {"conj", "xcomp", "acl", "relcl", "acomp", "pcomp", "prep"}  # acomp: "is ready to send", the copula's subject;
# pcomp under a prep: "retaliated by closing its airspace"


def climbed_far(verb: Token) -> bool:
    """The subject `subject_heads` finds comes from a clause the verb only reports or adjoins (a complement of a
    verb of saying, an adverbial clause), not from the same sentence frame (a relative's antecedent, a conjoined
    or controlled verb: "los campesinos que protestaban", "atacaron y quemaron", "intentaban bloquear")."""
    cur = verb
    for _ in range(4):
        if syntax.subjects(cur) and not any(syntax.is_relative_pronoun(s) for s in syntax.subjects(cur)):
            return False
        if cur.head == cur:
            return False
        if cur.dep_ not in _NEAR and not any(syntax.is_relative_pronoun(s) for s in syntax.subjects(cur)):
            return True
        cur = cur.head
    return False


def named_by_free_relative(verb: Token) -> list[Token]:
    """"firmly opposes what it called illegal unilateral sanctions", "rechazó lo que calificó de sanciones ilegales":
    the noun a free relative object gives the thing it stands for."""
    return [n for c in verb.children if c.dep_ == "ccomp" and any(
        (t.lower_ == "what" or syntax.is_relative_pronoun(t)) and t.dep_ in ("dobj", "obj") for t in c.children)
        for n in c.children if n.dep_ in ("oprd", "obj", "dobj", "xcomp") and n.pos_ == "NOUN"]
