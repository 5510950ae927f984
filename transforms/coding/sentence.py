"""Find the events one sentence states: trigger words, their actors, modality.

A trigger is a word of the vocabulary (transforms.coding.vocabulary): a
hand-written override, else an entry of the field's verb dictionaries. Its
source and target are found in the parse (transforms.coding.arguments) and
resolved to canonical actors (transforms.actors.resolve). A negated trigger
("no se reunió", "refused to sign") gives nothing; an announced future act gives
its intent code (036 for a planned visit); hedged or reported claims keep a
certainty flag and who said so. An event may have one known side ("los maestros
iniciaron una huelga", "unos 30 jóvenes protestaron"): the pattern says so.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Span, Token

from transforms.actors.resolve import ArticleActors
from transforms.actors.whereabouts import EXECUTIVE_ROLES
from transforms.coding.arguments import syntax
from transforms.coding.arguments.finder import ArgumentFinder, subject_undergoes
from transforms.coding.arguments.heads import agent_heads, prep_heads
from transforms.coding.arguments.sides import dedupe, same_actor
from transforms.coding.arguments.speech import threatens
from transforms.coding.modality import clause
from transforms.coding.modality.certainty import Attribution, attribution, certainty
from transforms.coding.records import Coded, SentenceContext
from transforms.coding.vocabulary.index import TriggerIndex
from transforms.coding.vocabulary.patterns import Pattern
from transforms.coding.words import feats, form, lemma
from transforms.cues import LangCues
from transforms.records import ActorRef

__all__ = ["SentenceCoder"]

_DEMAND, _REFUSAL, _THREAT = "10", "12", "13"
_DEMANDS = frozenset({_DEMAND})
_INVITE = "036"
_INTENTS = "03"
ASSASSINATION, ATTEMPTED_ASSASSINATION = "186", "185"
_ASSAULTS = ("18", "19", "20")
# the codes of killing or trying to kill: fighting, unconventional violence unspecified, a bombing; not an abduction,
# a beating, a human shield
_LETHAL = frozenset({"180", "183", "186", "190", "191", "192", "193", "194", "195"})
# whom CAMEO's assassination (186) is "usually" of: political figures, officials, judges, the opposition, journalists,
# rights defenders, clergy
_PROMINENT = frozenset({"GOV", "LEG", "JUD", "ELI", "OPP", "PTY", "MED", "HRI", "NGO", "REL", "IGO"})
_SUPPORT = frozenset({"05"})  # CAMEO's diplomatic cooperation: support, praise, endorsement
_TIES = frozenset({"05", "06"})  # support and cooperation: what a participle describing a noun says is a standing tie
_STANCES = frozenset({"05", "11", "12"})  # support, criticism, rejection: said, or held (a demand in one is the news)
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "conj", "parataxis", "csubj"})


class SentenceCoder:
    def __init__(self, index: TriggerIndex, cues: LangCues):
        self.index = index
        self.cues = cues
        self.arguments = ArgumentFinder(cues, index.root_is, index.roots_told_by())
        # verbs that impose, launch or hold the act their object names ("imposed tariffs", "launched an attack")
        self._naming_verbs = cues("imposition") | cues("attack") | cues("nominal")
        self._armed = frozenset(r for r in (f"{n:02d}" for n in range(1, 21)) if index.root_is(r, "armed"))

    @property
    def lang(self) -> str:
        return self.cues.lang

    def code(self, sent: Span, actors: ArticleActors, context: SentenceContext) -> list[Coded]:
        out: list[Coded] = []
        said = _Once(lambda: attribution(sent, actors, self.cues))  # once a sentence, when an act needs it
        for tok in sent:
            for pattern in self.index.patterns_for(tok, sent, actors):
                coded = self._apply(pattern, tok, sent, actors, context, said, out)
                if coded:
                    out.extend(coded)
                    if pattern.cameo == _INVITE and pattern.intent == "same":  # "...y aceptó la invitación"
                        context.last_inviter = coded[0].source
                    break
        acts = self._harm_told_with_its_act(dedupe(self._agreed_acts(self._decided_acts(self._named_acts(
            self._intended_acts(self._answered(out, context, actors)))))))
        return self._aimed_at_unnamed([self._harm_of_its_cause(c, sent, actors) for c in acts], actors, context)

    def _harm_of_its_cause(self, c: Coded, sent: Span, actors: ArticleActors) -> Coded:
        """"Seis palestinos murieron en un bombardeo israelí", "un ataque con drones dejó dos trabajadores muertos": a
        death or an injury told with the armed act that caused it (a noun of the cue class `violence` in a phrase of
        `cause_preps`, or the harm's subject) is that act, coded as the act is (an attack or a bombardment:
        fighting, 19), not as unconventional violence left unspecified (180)."""
        if c.code[:2] != "18" or c.code == ASSASSINATION:
            return c
        causes = [n for n in (prep_heads(c.trigger, tuple(self.cues("cause_preps"))) if c.pattern.undergone else [])
                  + syntax.subjects(c.trigger) if self.cues.has(n, "violence")]
        for noun in causes:
            armed = [q.cameo for q in self.index.patterns_for(noun, sent, actors)
                     if q.kind == "noun" and q.cameo[:2] in ("19", "20")]
            if armed:
                return replace(c, code=armed[0])
        return c

    def _harm_told_with_its_act(self, coded: list[Coded]) -> list[Coded]:
        """"Mortar shells hit homes in Spin Boldak, killing three civilians": the harm a participle clause adds is
        what the armed act did. One act (its main verb's code), aimed at the victims the clause names, not two; when
        the act has its own target, people the clause counts among its victims are that target's ("fired live
        rounds at protesters, killing seven people"). An armed act a verb carries out by its object ("carried out
        air strikes against militants") is one act too, aimed where the noun's phrase says. Harm naming no one that
        a coercive act did is that act ("fired water cannon at a vessel, damaging its mast"); harm to people it names
        is graver than the act ("raided the camp, killing three Palestinians"): an event of its own."""
        def armed(c: Coded) -> bool:
            return self.index.root_is(c.code, "armed")
        acts = {(c.trigger.i, c.source.actor_id): c for c in coded
                if self.index.root_is(c.code, "forcible") and c.pattern.kind == "verb"}
        merged: dict[int, Coded | None] = {}
        for c in coded:
            if not armed(c):
                continue
            harm = c.trigger.dep_ == "advcl"
            named = c.pattern.kind == "noun" and c.trigger.dep_ in ("obj", "dobj")
            act = acts.get((c.trigger.head.i, c.source.actor_id)) if harm or named else None
            if act is None:
                continue
            # harm naming no one is what the act did ("fired water cannon at a vessel, damaging its mast")
            if c.target is not None:
                if not armed(act):  # "raided the camp, killing three Palestinians": the killing is the graver act
                    continue
                if named or act.target is None or act.target.actor_id == c.target.actor_id:
                    merged[id(act)] = replace(merged.get(id(act)) or act, target=c.target)
                elif not (c.target.role == "CVL" and c.target.country_code == act.target.country_code):
                    continue
            merged[id(c)] = None
        return [merged.get(id(c), c) for c in coded if merged.get(id(c), c) is not None]

    def _answered(self, coded: list[Coded], context: SentenceContext, actors: ArticleActors) -> list[Coded]:
        """Whom a rejection, a threat or a demand naming no one answers. An act refused ("descartó dimitir", "ruled
        out resigning", "no va a ceder": 124) answers whoever last demanded something of the source's side, else
        whoever last pressed it, and stands alone when no one did. A rejection itself ("descartó este lunes
        restablecer el subsidio"), a threat said as a clause ("warned that organisers would be held responsible",
        `speech.threatens`) and a demand ("exige explicaciones sobre las detenciones") answer whoever the article
        last told did an act of the roots cameo_root_policy.csv's `answers` lists for them, not of the source's side.
        With no one to answer it is a statement, as is a dictionary word naming no one ("failed", "postponed")."""
        out = []
        for c in coded:
            answers = self.index.answers(c.code)
            if c.target is None and c.code[:2] == _REFUSAL and c.pattern.cameo[:2] != _REFUSAL:
                demander = context.author_of(_DEMANDS, c.source) or context.author_of(answers, c.source)
                c = replace(c, target=demander) if demander is not None else c
            elif c.target is None and c.pattern.cameo[:2] == c.code[:2] and answers:
                if c.code[:2] == _THREAT and not threatens(c.trigger, actors, self.cues):
                    continue  # "advirtió que la situación sigue siendo crítica": a caution, not a threat
                if c.code[:2] == _DEMAND and c.pattern.clause_cue:
                    continue  # "said Kuwait must…": what a statement says of someone names whom it concerns
                answered = None if c.pattern.strict else context.author_of(answers, c.source)
                if answered is None and not c.pattern.strict:  # no one to answer: the dispute its side pressed
                    answered = context.pressed_by(lambda code: self.index.root_is(code, "pressing"), c.source)
                if answered is None or c.code[:2] != _REFUSAL and (
                        answered.kind == "unidentified" or _one_state(answered, c.source)):
                    continue
                c = replace(c, target=answered)
            out.append(c)
        return out

    def _intended_acts(self, coded: list[Coded]) -> list[Coded]:
        """"remained open to dialogue with Colombia": the talks a stated readiness governs are its intent (036), not
        talks held (040) beside it."""
        intended = {(c.trigger.i, word) for c in coded if c.code[:2] == _INTENTS for word in c.pattern.with_}
        return [c for c in coded if not (c.pattern.kind == "noun" and c.code[:2] != _INTENTS and any(
            (g.i, form(c.trigger)) in intended for g in (c.trigger.head, c.trigger.head.head)))]

    def _named_acts(self, coded: list[Coded]) -> list[Coded]:
        """"imposed tariffs on Chinese steel": a dictionary verb that imposes, launches or holds an act its object
        names, coded by that noun as another kind of act (163), is not a second act of its own (IMPOSE, 170)."""
        named: dict[int, set[str]] = {}
        for c in coded:
            if c.pattern.kind == "noun":
                named.setdefault(c.trigger.i, set()).add(c.code[:2])

        of_preps = tuple(self.cues("of_preps"))

        def restated(c: Coded) -> bool:  # the object, or what it is a measure of ("a new package of sanctions")
            objects = syntax.objects(c.trigger)
            return any(named.get(o.i, {c.code[:2]}) - {c.code[:2]}
                       for o in objects + [h for o in objects for h in prep_heads(o, of_preps)])
        # "promised a harsh response to Israel": what a pledge's object names is the act it announces (130)
        return [c for c in coded if not (c.pattern.kind == "verb" and restated(c) and (
            c.pattern.strict and lemma(c.trigger) in self._naming_verbs or c.pattern.when_to_act))]

    def _decided_acts(self, coded: list[Coded]) -> list[Coded]:
        """"voted to impeach the prime minister", "decidió expulsar al embajador": the vote or decision is how the act
        is done, so a coded act it governs is the event and the decision (the dictionaries' VOTE, DECIDE: 030) is not
        a second one."""
        acts = {c.trigger.i for c in coded}
        return [c for c in coded if not (lemma(c.trigger) in self.cues("deciding") and any(
            child.dep_ == "xcomp" and child.i in acts for child in c.trigger.children))]

    def _agreed_acts(self, coded: list[Coded]) -> list[Coded]:
        """"agreed to provide aid to Romania", "acordaron reunirse": what was agreed is yet to be done. When it is an
        act coded in the sentence, that act is the event, as its intent (033, 036...: CAMEO's "express intent to"),
        and the agreement is not a second one; an act with no intent leaves the agreement alone."""
        agreed: dict[int, list[Coded]] = {}
        for c in coded:
            if c.pattern.when_to_act and not c.pattern.with_:
                for child in c.trigger.children:
                    if child.dep_ == "xcomp":
                        agreed.setdefault(child.i, []).append(c)
        out, dropped = [], set()
        for c in coded:
            agreements = agreed.get(c.trigger.i, [])
            agreement = agreements[0] if agreements else None
            intent = None
            if agreement is not None:  # an act already coded as announced keeps its code ("ready to contribute": 033)
                intent = self.index.intent_code(c.code) or (c.code if c.future else None)
            if agreement is not None and intent is None:
                continue  # "agreed to attack": the agreement (030) stands for it
            if agreement is not None:
                c = replace(c, code=intent, future=True)
                dropped.update(id(a) for a in agreements)
            out.append(c)
        return [c for c in out if id(c) not in dropped]

    # -- one pattern at one token --------------------------------------------------------
    def _apply(self, p: Pattern, tok: Token, sent: Span, actors: ArticleActors, context: SentenceContext,
               said: Callable[[], Attribution], before: list[Coded]) -> list[Coded]:
        if not self._admissible(p, tok, actors):
            return []
        governor = tok if p.kind == "verb" else (self.index.governor(tok) or tok)
        if any(clause.modal(t, self.cues) for t in {tok, governor}):
            return []  # "Washington should stop arming Taiwan": a demand or a possibility, not the act
        if p.cameo[:2] in _STANCES and clause.stance(governor):
            return []  # "campesinos que rechazan la ley": who they are, not what they did that day
        if p.cameo[:2] in _TIES and clause.describing_participle(tok):
            return []  # "jihadists linked to the Islamic State", "rebels backed by Rwanda": a tie, not an act
        future = any(clause.future(t, self.cues) for t in {tok, governor})
        code = self._code(p, tok, governor, future)
        if code is None:
            return []
        found = self.arguments.find(p, tok, actors, context)
        pairs, inherited = self._sides(p, tok, governor, found, actors, context)
        if p.echo:
            pairs, code = self._echoed(pairs, context, before, future)
        if not pairs or p.at_home and any(_abroad(s, t) or t is None and _abroad(s, actors.local(tok))
                                          for s, t in pairs):
            return []
        if code == p.cameo and p.pairs == "objects" and len(found.targets) > 1:
            code = "044"  # "recibió a X y a Y": a meeting of three
        how_sure, reported_by = certainty(tok, said(), self.cues)
        confidence = round(p.confidence * (0.85 if inherited else 1.0), 3)
        local = actors.local_offices
        rivals = self.index.root_is(code, "rivals")  # "Kicillof acusó a Milei": two people, two sides
        kept = [(s, t) for s, t in pairs if t is None or not same_actor(s, t, local)
                or rivals and _two_people(s, t)]
        if self.index.root_is(code, "guidance"):
            kept = [(s, t) for s, t in kept if not _guidance(s, t)]
        if not kept and p.one_sided:  # "el envío de 400 militares a Los Ríos": a show of force at home, at no one named
            kept = list(dict.fromkeys((s, None) for s, _ in pairs))
        # an act's code may depend on who does it (and to whom)
        coded = [Coded(p, tok, c, s, t, future, how_sure, reported_by, confidence, found.place_token)
                 for c, s, t in (self._as_done_by(p, code, s, t) for s, t in kept)]
        if p.implies and not future and code == p.cameo:
            coded += [self._implied(p, c, actors) for c in coded if c.target is not None
                      and c.target.country_code and c.target.country_code != c.source.country_code]
        return coded

    def _weapon_told_before(self, tok: Token, context: SentenceContext) -> list[ActorRef]:
        """"The Israeli military said the strike killed a Hezbollah commander", "el bombardeo dejó tres muertos": a
        weapon or an attack named with the definite article is the one the article told before, its doer's."""
        if not any(self._weapon(s) and any(c.dep_ == "det" and self.cues.has(c, "definite") for c in s.children)
                   for s in _shared_subjects(tok)):
            return []
        author = context.author_of(self._armed, None)
        return [author] if author is not None else []

    def _weapon(self, noun: Token) -> bool:
        """A weapon or an attack (cue class `lethal_means`), or a thing a weapon right after it names: "un coche
        bomba", "un carro bomba" (the Spanish model hangs "bomba" on "coche")."""
        return self.cues.has(noun, "lethal_means") or any(
            c.i == noun.i + 1 and c.dep_ in ("nmod", "appos", "compound", "flat", "amod")
            and self.cues.has(c, "lethal_means") for c in noun.children)

    def _a_toll(self, p: Pattern, tok: Token) -> bool:
        """Armed harm no one is named for, told as what a fight or a riot did ("murió en el enfrentamiento"): its
        toll. An arrest made in a riot is still the police's act."""
        return self.index.root_is(p.cameo, "armed") and self.arguments.toll_of(tok)

    def _as_done_by(self, p: Pattern, code: str, source: ActorRef,
                    target: ActorRef | None) -> tuple[str, ActorRef, ActorRef | None]:
        """The code of the act as its sides do it, and its sides: a one-way act as its source does it to its
        target; a clash as either side does it to the other ("la policía se enfrentó con manifestantes": the
        protesters riot, 145, against the police; two crowds that clash fight)."""
        if not p.symmetric:
            code = self.index.done_by(code, source.role, target.role if target else None)
            if code in _LETHAL and target is not None and target.kind == "person" and target.role in _PROMINENT:
                # CAMEO 186: to kill, or try to, a specific person the text names, "usually a prominent political
                # figure" ("un sicario disparó contra el senador Miguel Uribe"), is an assassination, not fighting;
                # a general or a guerrilla commander is a combatant, and fought
                code = ASSASSINATION
            return code, source, target
        if target is not None:
            for doer, other in ((source, target), (target, source)):
                if (done := self.index.done_by(code, doer.role, other.role, clash=True)) != code:
                    return done, doer, other
        return code, source, target

    def _admissible(self, p: Pattern, tok: Token, actors: ArticleActors) -> bool:
        """The trigger's words and clause let it state this pattern's act at all."""
        # "two aid workers, kidnapped on Sunday by gunmen": violence done to someone, by someone, is news where a
        # participle tells it; other acts so told describe ("las medidas dictadas por la CIJ")
        done_by = _participle(tok) and tok.dep_ in ("acl", "amod") and p.cameo[:2] in _ASSAULTS \
            and (any(actors.names_an_actor(h) for h in agent_heads(tok))  # by gunmen; not "killed by the crash"
                 or _existential(tok.head))  # "there were 10 Russian soldiers killed in Ukraine today"
        if p.kind == "verb" and (tok.dep_ == "amod" and _participle(tok) and not done_by or clause.background(tok, self.cues)):
            return False  # "visiting minister X" describes, "desde que Rusia invadió" recalls: neither is this event
        governor = self.index.governor(tok) if p.kind == "noun" else None  # "exigen que declare el estado de
        # emergencia": a noun's act is demanded where its verb is
        if governor is not None and clause.background(governor, self.cues):
            return False  # "since President Abinader ordered the expulsion of 10,000 migrants a week": recalled
        if not self.index.conditions_hold(p, tok, actors) or clause.directed(tok, self.cues) \
                or clause.dissuaded(tok, self.cues) or clause.denied(tok, self.cues) or clause.alleged(tok, self.cues) \
                or governor is not None and (governor.dep_ in ("ccomp", "xcomp") or governor.dep_ in ("acl", "advcl")
                                             and "Sub" in feats(governor, "Mood")) \
                and clause.directed(governor, self.cues):
            return False  # "exigieron liberar a los rehenes", "warned against holding rallies": wanted, not done;
            # "denied that the military had targeted civilians": not done, as the speaker tells it
        # a dictionary word: only an act stated as done, in its plain sense ("la tensión se disparó")
        if p.strict and clause.pronominal(tok, self.cues):
            return False
        # "is ready to contribute troops", "tiene previsto retirar": an announced act, coded as its intent
        if p.strict and self.index.root_is(p.cameo, "material") and clause.described(tok, self.cues):
            return False  # "La COB agrupa a mineros", "Ambos países forman parte del G20": what is, not what happened
        if p.kind == "verb" and self.index.root_is(p.cameo, "forcible") and self._intercepts(tok):
            return False  # "air defences shot down 57 missiles": a defence against an attack, not an attack
        if p.kind == "verb" and clause.purpose(tok, self.cues) and p.cameo[:2] in _SUPPORT:
            return False  # "deployed to support the police", "enviados para apoyar": what the act is for, not an act
        if self.index.root_is(p.cameo, "forcible") and clause.habitual(governor if p.kind == "noun" and governor
                                                                       is not None else tok, self.cues):
            return False  # "fighters who stage attacks inside Pakistan": what they do, not what happened (a strike
            # "que mantiene" the union is news: only force is told as a habit)
        return not p.strict or done_by or clause.asserted(tok, self.cues) or clause.future(tok, self.cues) \
            or (self.index.root_is(p.cameo, "forcible") and clause.attempted(tok, self.cues))

    def _intercepts(self, tok: Token) -> bool:
        """A verb of bringing down (cue class `downing`) whose object is what was fired (`projectiles`: "derribó
        cinco de los nueve misiles", "shot down 57 missiles and drones"), not an aircraft ("derribó un dron
        maliense")."""
        return self.cues.has(tok, "downing") and any(
            self.cues.has(t, "projectiles") for o in syntax.objects(tok) for t in o.subtree)

    def _code(self, p: Pattern, tok: Token, governor: Token, future: bool) -> str | None:
        """The code the act gets: its pattern's; its intent when announced; a rejection when refused ("refused to
        meet", "would not provide aid": CAMEO 12); none when negated ("no se reunió")."""
        if any(clause.left_open(t, self.cues) for t in {tok, governor}):
            return None  # "no descarta ofrecer ayuda": possible, not done
        refused = any(clause.refused(t, self.cues) for t in {tok, governor})
        negated = any(clause.negated(t, self.cues) or clause.negated_future(t, self.cues) for t in {tok, governor})
        if refused or negated:
            return self.index.refusal_code(p.cameo) if refused or future else None
        if any(clause.threatened(t, self.cues) for t in {tok, governor}):
            return self.index.threat_code(p.cameo)  # "amenazaron con atacar": a threat, not an attack
        code = p.cameo
        if p.when_to_act and any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in tok.children):
            return p.when_to_act  # "agreed to resume talks": what was agreed is yet to be done
        if self.index.root_is(p.cameo, "forcible") and clause.attempted(tok, self.cues):
            # an attempted attack is coded as the attack; CAMEO's one code for an attempt is 185 (assassination)
            return ATTEMPTED_ASSASSINATION if code == ASSASSINATION else code
        if future:
            if clause.negated_plan(tok, self.cues):
                return None  # "no tenía previsto reunirse": no plan, no intent
            return (p.cameo if p.intent == "same" else p.intent) or None
        return None if p.announced_only else code  # "responded to questions" is no threat

    def _sides(self, p: Pattern, tok: Token, governor: Token, found, actors: ArticleActors,
               context: SentenceContext) -> tuple[list[tuple], bool]:
        """(source, target) pairs of the act, and whether the source was inherited from another clause."""
        sources, targets, inherited = found.sources, found.targets, found.inherited
        if p.source.roles:  # "el gobierno protestó ante Japón" is an official complaint, "los maestros protestaron" a protest
            sources = [s for s in sources if (s.role or "GOV") in p.source.roles]
            if not sources:
                return [], inherited
        if p.target.roles:  # "gunmen abducted 25 passengers, police said" reports a crime: it accuses no side
            targets = [t for t in targets if t.kind != "unidentified" and (t.role or "GOV") in p.target.roles]
        if not sources and p.kind == "verb" and context.topic is not None and tok.dep_ == "ROOT" \
                and not syntax.subjects(tok) and not subject_undergoes(p, tok):  # a passive's topic is no agent
            sources, inherited = [context.topic], True
        # "una bomba estalló en un mercado e hirió a once civiles", "a car bomb exploded, killing two officers": the
        # harm a weapon's clause goes on to tell was done with the weapon
        armed = p.kind == "verb" and any(self._weapon(s) for s in _shared_subjects(tok))
        if p.strict and (found.far or inherited and not found.sources) and not armed:
            return [], inherited  # a dictionary word's source is named by its own sentence frame, not a reporting clause
        if not sources and p.source.implied and not found.by_the_state:
            # "PROTESTAN POR AUMENTO SALARIAL": a protest implies its protesters
            sources = [actors.sector(p.source.implied, actors.local(tok))]
            if not targets and p.target.fallback == "authorities":
                targets = self.arguments.fallbacks.protested(tok, sources, actors, context)
        if not targets and sources and p.target.implied:  # "cut mobile internet access": the country's people
            targets = [actors.sector(p.target.implied, sources[0].country_code)]
        if not targets and found.victims and self.index.unnamed_agent(p.cameo):
            # "dieron muerte a un campesino", "Oscar Gerena fue asesinado": harmed or threatened people the
            # dictionaries do not name are civilians of the country where it happened (ICEWS's "Citizen (Colombia)")
            targets = [actors.sector("CVL", actors.local(tok), found.victims[0].text)]
        if not sources and targets and self.index.unnamed_agent(p.cameo) and (subject_undergoes(p, tok) or armed):
            # "el rector fue amenazado de muerte": a victim, no one named; "murieron en un ataque del ELN": its author;
            # "un ataque con explosivos mató a tres civiles": whoever used the weapon, unnamed
            sources = self.arguments.perpetrators(tok, actors) or self._detained_by_reporter(p, tok, actors) \
                or self._weapon_told_before(tok, context) or (
                [] if self._by_a_thing(tok, actors) or self._a_toll(p, tok)
                or self.arguments.toll_of_a_confrontation(tok, targets) else [actors.unidentified(tok)])
        if not sources and targets and p.source.fallback == "captor" and subject_undergoes(p, tok):
            # "Los 46 guardias fueron liberados el lunes": freed by whoever the article told held or seized them
            sources = self.arguments.fallbacks.captor_of(targets[0], context)
        if len(sources) == 1 and not targets and p.symmetric:
            sources = self.arguments.coordinated_with(sources[0], governor, actors)
        if not sources and p.symmetric and len(targets) > 1:
            sources, targets = targets[:1], targets[1:]
        if len(sources) > 1 and not targets and not p.symmetric and (p.reciprocal or self._reciprocal(tok)):
            # "Armenia and Azerbaijan accused each other", "se acusaron mutuamente", "traded accusations": each
            # side did it to the other, two events
            return [(a, b) for a in sources for b in sources if not same_actor(a, b)], inherited
        if len(sources) > 1 and not targets and (self.index.root_is(p.cameo, "joint") or (
                self.index.root_is(p.cameo, "opposed") and not subject_undergoes(p, tok)
                and not same_actor(sources[0], sources[1]) and not _one_state(sources[0], sources[1]))):
            # "Czechia and Albania have upgraded their diplomatic ties": cooperation of two sides naming no third is
            # with each other; "federal troops and Fano militiamen have fought heavy battles": so is a fight (not
            # "sites bombed by Israel and the United States": allies named as the agents of a passive; not "police
            # officers and troops launched an operation": one state's forces act together)
            sources, targets = sources[:1], sources[1:2]
        return self._pairs(p, sources, targets), inherited

    @staticmethod
    def _echoed(pairs: list[tuple], context: SentenceContext, before: list[Coded],
                future: bool) -> tuple[list[tuple], str | None]:
        """"Britain and Canada took similar measures", "followed suit": each source did the act the article last told
        of another side (earlier in the sentence, else before it), to its target; nothing when none was told or the
        act is only announced."""
        out, code = [], None
        told = [(c.code, c.source, c.target) for c in before if c.target is not None and not c.target_unnamed]
        for s, _ in pairs:
            echoed = None if future else context.echoed(s, told)
            if echoed is not None and code in (None, echoed[0]):
                code = echoed[0]
                out.append((s, echoed[1]))
        return list(dict.fromkeys(out)), code

    def _reciprocal(self, tok: Token) -> bool:
        """The act's own phrases say its subjects did it to each other (cue class "reciprocal": "each other",
        "mutuamente", "entre sí")."""
        words = self.cues("reciprocal")
        for child in tok.children:
            if child.dep_ in _CLAUSE_DEPS:
                continue
            phrase = " ".join(form(t) for t in child.subtree)
            if any(phrase == w or phrase.endswith(" " + w) for w in words):
                return True
        return False

    @staticmethod
    def _detained_by_reporter(p: Pattern, tok: Token, actors: ArticleActors) -> list[ActorRef]:
        """"Authorities said about 20 suspects had been arrested", "la Policía informó de que 14 personas fueron
        detenidas": the state's side that reports arrests it names no one for made them (not a killing it reports)."""
        speaker = actors.reporter(tok) if p.cameo.startswith("173") else None
        return [speaker] if speaker is not None and speaker.kind == "state" \
            and (speaker.role or "GOV") in EXECUTIVE_ROLES else []

    def _by_a_thing(self, tok: Token, actors: ArticleActors) -> bool:
        """"farmers hit by disease outbreaks and low prices", "muertos por las inundaciones": the agent phrase names
        a mishap (cue class "mishaps"), not anyone who did it."""
        heads = agent_heads(tok) if tok.pos_ in ("VERB", "AUX") else []
        return bool(heads) and all(self.cues.has(h, "mishaps") for h in heads)

    def _aimed_at_unnamed(self, coded: list[Coded], actors: ArticleActors, context: SentenceContext) -> list[Coded]:
        """An act left with no target (once the sentence's acts with a named one have absorbed theirs), aimed at
        someone its root implies (cameo_root_policy.csv's traits): coercion and violence at the civilians of the
        country where they happen ("la policía lanzó gases lacrimógenos": ICEWS's "Citizen (Peru)"); a show of force
        or a fight at home at the foreign side whose armed act against the country the article told last ("placed its
        forces on heightened alert" after China's drills around Taiwan), else at someone of that country the text does
        not name ("ordenó el envío de 1.200 militares a la zona"). Abroad, a fight's other side is not the country it
        happens in. (A rejection naming no one is answered before, in `_answered`.)
        Any other act of one side, not between two (trait `counterpart`), concerns someone of its own country ("Sheikh
        Hasina resigned"), as the eval README codes one-sided events."""
        out = []
        for c in coded:
            act = c.pattern.cameo if c.future else c.code  # "will extend the curfew" (137) threatens whom it would hold
            civilians = self.index.root_is(act, "unnamed_civilians")
            at_home = not civilians and self.index.root_is(act, "unnamed_at_home")
            country = actors.local(c.trigger) if c.target is None and (civilians or at_home) else None
            if country is not None and civilians:
                c = replace(c, target=actors.sector("CVL", country), target_unnamed=True)
            elif country is not None and country == c.source.country_code:
                provoker = context.armed_against(country)
                c = replace(c, target=provoker or actors.unnamed(country), target_unnamed=provoker is None)
            elif c.target is None and self.index.root_is(act, "received"):
                # "Rusia despachó dos aviones con 60 toneladas de ayuda" in a story of Cuba: aid that names no one
                # goes to the people of the country the story is about; a giver's own country is no recipient
                home = actors.home_country
                if not home or home == c.source.country_code:
                    continue
                c = replace(c, target=actors.sector("CVL", home), target_unnamed=True)
            if c.target is None and c.source.country_code in actors.lexicon.states and c.source.kind != "unidentified" \
                    and not civilians and not self.index.root_is(act, "unnamed_at_home") \
                    and not self.index.root_is(act, "counterpart"):
                # "Sheikh Hasina resigned", "offered to resign": a one-sided act with no one named concerns the
                # source's own country, someone there the text does not name (not an act between two sides, such
                # as a meeting or a break of relations; a fight or a show of force abroad names no other side)
                c = replace(c, target=actors.unnamed(c.source.country_code), target_unnamed=True)
            out.append(c)
        return out

    def intent_of(self, c: Coded) -> str | None:
        """The code of the act `c` announced rather than done."""
        if not c.pattern.intent:
            return None
        return c.pattern.cameo if c.pattern.intent == "same" else c.pattern.intent

    def _pairs(self, p: Pattern, sources: list[ActorRef], targets: list[ActorRef]) -> list[tuple]:
        if not sources:
            return []  # "dos personas fueron asesinadas": without who did it, there is no event to file
        if not targets and p.symmetric and len(sources) > 1:  # "X, Y and Z met": each pair met
            return [(a, b) for i, a in enumerate(sources) for b in sources[i + 1:]]
        if not targets:
            return [(s, None) for s in sources] if p.one_sided else []
        if p.pairs == "objects" and len(targets) > 1:
            return [(targets[0], t) for t in targets[1:]]
        return [(s, t) for s in sources for t in targets]

    def _implied(self, p: Pattern, c: Coded, actors: ArticleActors) -> Coded:
        """Hosting a foreign guest implies the guest's visit to the host's country."""
        country = c.source.country_code
        host = ActorRef(country, actors.lexicon.states.get(country, country), country, None, kind="state")
        return Coded(p, c.trigger, p.implies, c.target, host, False, c.certainty, c.reported_by,
                     round(c.confidence * 0.9, 3), c.target_place_token, implied=True)


class _Once:
    """A function of no arguments, called at most once (`functools.cache` costs microseconds to set up, for each
    sentence)."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], Attribution]):
        self._make = make
        self._value: Attribution | None = None

    def __call__(self) -> Attribution:
        if self._value is None:
            self._value = self._make()
        return self._value


def _participle(tok: Token) -> bool:
    return tok.tag_ in ("VBG", "VBN") or bool({"Part", "Ger"} & set(feats(tok, "VerbForm")))


def _shared_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, or those of the clause it goes on from ("una bomba estalló… e hirió a once civiles", "a
    car bomb exploded, killing two officers")."""
    return syntax.subjects(verb) or (syntax.subjects(verb.head) if verb.dep_ in ("conj", "advcl") else [])


def _existential(noun: Token) -> bool:
    """The noun is what a sentence says there is ("there were 10 soldiers killed", "hubo tres muertos"): the news,
    not a noun a participle describes."""
    verb = noun.head
    if any(c.dep_ == "neg" or c.lower_ in ("no", "ningún", "ninguna") for c in (*noun.children, *verb.children)):
        return False  # "there were no soldiers killed", "no hubo muertos"
    return noun.dep_ in ("attr", "obj", "dobj") and verb != noun and (
        lemma(verb) == "be" and any(c.dep_ == "expl" for c in verb.children) or lemma(verb) == "haber"
        and not any(c.dep_ == "aux" for c in noun.children))


def _guidance(source: ActorRef, target: ActorRef | None) -> bool:
    """"China urged its citizens to avoid travelling to Japan", "Malaysia advised its citizens in the UK to avoid
    protest areas": a state's advice to its own people is guidance, not an appeal between two sides."""
    return target is not None and source.kind == "state" and source.role in (None, "GOV") \
        and target.role == "CVL" and target.country_code == source.country_code


def _two_people(a: ActorRef, b: ActorRef) -> bool:
    return a.kind == b.kind == "person" and a.actor_id != b.actor_id


def _abroad(source: ActorRef, target: ActorRef | str | None) -> bool:
    """The target (a side, or the country where the act happens) is of another country than the source."""
    country = target.country_code if isinstance(target, ActorRef) else target
    return bool(country) and country != source.country_code


def _one_state(answered: ActorRef, source: ActorRef) -> bool:
    """One country's government and forces, one side: a threat or a demand between them answers nothing ("its army
    would respond"), and named together they act together ("police officers and troops launched an operation")."""
    return answered.country_code == source.country_code and (answered.role or "GOV") in EXECUTIVE_ROLES \
        and (source.role or "GOV") in EXECUTIVE_ROLES
