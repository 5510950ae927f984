"""The source and target of one trigger: the parse first, then what the article said before.

A verb's source is its subject (a passive's agent), its target its object or
the nominal a pattern's preposition introduces; a noun's source is its genitive
("la visita de Putin") or its governor's subject, its target a prepositional
phrase of the noun or of its governor (or one phrase deeper: a phrase or a
clause of purpose, a measure's place, what is withdrawn from). When the
sentence still names no target, `fallbacks.TargetFallbacks` looks further.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from transforms.actors import lexicon as lx
from transforms.actors.resolve import ArticleActors
from transforms.actors.whereabouts import EXECUTIVE_ROLES
from transforms.coding.arguments import force
from transforms.coding.arguments import heads as args
from transforms.coding.arguments import syntax
from transforms.coding.arguments.fallbacks import TargetFallbacks
from transforms.coding.arguments.misparsed import stranded_subject, subject_after_fronted_phrase
from transforms.coding.arguments.sides import country_actor, forces_before, owners_of, resolve_heads
from transforms.coding.arguments.speech import to_anyone, who_pays
from transforms.coding.records import SentenceContext
from transforms.coding.vocabulary.patterns import Pattern
from transforms.coding.words import feats, form, lemma, verb_words
from transforms.cues import LangCues
from transforms.records import ActorRef

_CLAUSE_DEPS = ("acl", "relcl", "ccomp", "advcl", "xcomp", "conj")
_ADVERBIAL = ("obl", "obl:tmod", "npadvmod", "advmod")  # a phrase of time or place: no relative's antecedent
_POPULAR_ACTS = ("141", "142", "145")  # demonstrations, hunger strikes, riots: a state does none of them itself
_SECURITY = frozenset({"COP", "MIL"})  # the forces a confrontation sets against the people they face


@dataclass
class Arguments:
    sources: list[ActorRef]
    targets: list[ActorRef]
    inherited: bool  # the source came from another clause or the article's topic
    place_token: Token | None  # the place a visit went to, when the target is one
    far: bool = False  # ... from a clause the trigger's only reports or adjoins, or from the topic
    victims: tuple[Token, ...] = ()  # unnamed or unknown people where the target is: "mataron a un hombre"
    by_the_state: bool = False  # a popular act told as the purpose of a state's act: no protesters are implied


class ArgumentFinder:
    def __init__(self, cues: LangCues, root_is: Callable[[str, str], bool],
                 told_by: dict[str, frozenset[str]] | None = None):
        """`root_is(code, trait)`: the traits of CAMEO roots (seeds/reference/cameo_root_policy.csv) that say where
        an act's target is: "giving" (its object is what is given, sent or moved), "meeting" (the people met),
        "leaving" (what is left), "placed" (where a measure holds), "rejecting", "conditional", "addressed"."""
        self.cues = cues
        self.root_is = root_is
        self.fallbacks = TargetFallbacks(cues, root_is, told_by or {})
        self._clitics = tuple(cues("object_pronouns"))  # "acusarlos": the clitic an infinitive carries
        self.forcible = frozenset(r for r in (f"{n:02d}" for n in range(1, 21)) if root_is(r, "forcible"))

    def find(self, p: Pattern, tok: Token, actors: ArticleActors, context: SentenceContext) -> Arguments:
        between = self._fight_between(p, tok, actors)
        if between:
            sources, targets, inherited, target_heads = between[:1], between[1:], False, []
        elif p.kind == "verb":
            sources, targets, inherited, target_heads = self._of_verb(p, tok, actors, context)
        else:
            sources, targets, inherited, target_heads = self._of_noun(p, tok, actors, context)
        if p.cameo[:3] in _POPULAR_ACTS:  # "Thousands of Iraqi Kurds demonstrated": Iraqis, not Iraq's government
            if inherited and any(s.kind == "state" and (s.role == "GOV" or s.role is None and _proper(s.matched_text))
                                 for s in sources):
                # "China summoned the Japanese ambassador to protest against the remarks": a state's protest is
                # made through its act, not in the street (nor by protesters the act implies)
                return Arguments([], [], inherited, None, True, by_the_state=True)
            sources = [actors.sector("CVL", s.country_code, s.matched_text) if s.kind == "state" and s.role is None
                       else s for s in sources]
        source_ids = {s.actor_id for s in sources}
        targets = [t for t in targets if t.actor_id not in source_ids]  # one side twice is no target: look further
        targets = self.fallbacks.targets(p, tok, sources, targets, actors, context)
        if targets and sources and all(t.role == "JUD" for t in targets):
            targets = self._beyond_the_court(tok, sources[0], actors) or targets
        if p.target.place:  # one visits a country, whoever receives the visitor
            targets = [country_actor(t, actors) if t.kind == "person" and t.country_code else t for t in targets]
        place_tok = next(iter(target_heads), None) if p.target.place else None
        targets = [t for t in targets if t.actor_id not in source_ids]  # a fallback may name the source again
        far = inherited and (p.kind != "verb" or args.climbed_far(tok) or not args.subject_heads(tok)[0]) \
            and not (_participial(tok) and self.root_is(p.cameo, "violent")) and not self._speakers_own(tok)
        victims = () if targets or _describes_a_noun(tok) else tuple(h for h in target_heads if self._person(h))
        return Arguments(sources, targets, inherited, place_tok, far, victims)

    def _antecedent_of_object(self, verb: Token, pron: Token, actors: ArticleActors) -> list[Token]:
        """"31 officers were wounded when crowds pelted them with stones": an object pronoun in an adverbial clause
        with a subject of its own stands for the subject of the clause it hangs on, which the parse does not link it
        to. A clause without one shares the subject above, which its pronoun cannot be: the pronoun is the object
        above ("detained four union leaders, accusing them of inciting a strike"), or, when that verb is a
        conjunct whose own object names no one, the first verb's ("declared a diplomat persona non grata and gave
        him 48 hours to leave, accusing him of spying")."""
        if pron.pos_ != "PRON" or not self.cues.has(pron, "object_pronouns") or verb.dep_ != "advcl" \
                or verb.head == verb:
            return []
        if any(s.pos_ in ("NOUN", "PROPN") for s in syntax.subjects(verb)):
            return [s for s in syntax.subjects(verb.head) if s.pos_ in ("NOUN", "PROPN")]
        if syntax.subjects(verb) or not {"Part", "Ger"} & set(verb.morph.get("VerbForm")):
            return []
        objects = [o for o in args.objects_of(verb.head) if o.pos_ in ("NOUN", "PROPN")]
        if verb.head.dep_ == "conj" and not any(actors.names_an_actor(o) for o in objects):
            objects = [o for o in args.objects_of(verb.head.head) if o.pos_ in ("NOUN", "PROPN")] or objects
        return objects

    def _after_attribution(self, verb: Token) -> list[Token]:
        """"Según la Gobernación, combatientes del ELN irrumpieron en veredas": the small model hangs the subject that
        follows an attribution phrase (cue class according_to) on that phrase; the first noun after its comma, before
        the verb, is the verb's subject."""
        for phrase in verb.children:
            if phrase.i > verb.i or not any(c.dep_ == "case" and self.cues.has(c, "according_to")
                                            for c in phrase.children):
                continue
            comma = next((t for t in phrase.subtree if t.i > phrase.i and t.text == ","), None)
            if comma is None:
                return []
            return [t for t in phrase.subtree if comma.i < t.i < verb.i and t.pos_ in ("NOUN", "PROPN")
                    and t.head.i < comma.i][:1]
        return []

    def _speakers_own(self, verb: Token) -> bool:
        """"El Ejército aseguró que derribó cinco aviones", "afirmó haber derribado": a verb with no subject of its
        own, said by a verb of saying (cue class "saying") in the same number, tells the speaker's own act (Spanish
        drops the subject English gives as "it")."""
        head = verb.head
        if verb.dep_ not in ("ccomp", "xcomp") or head == verb or syntax.subjects(verb) \
                or not self.cues.has(head, "saying"):
            return False
        if verb.dep_ == "xcomp" or any(a.dep_ == "aux" and "Inf" in feats(a, "VerbForm") for a in verb.children):
            return True  # "afirmó haber derribado": the infinitive's subject is the speaker's
        # the same number by the ending (the small model's morphology of a verb in a clause is unreliable): a third
        # person plural ends in -n ("derribaron", "han atacado"), a singular does not ("derribó", "ha atacado")
        finite = next((a for a in verb.children if a.dep_ == "aux"), verb)
        return form(finite).endswith("n") == form(head).endswith("n")

    def _crowd(self, tok: Token) -> bool:
        """The clause's own subject is a crowd of people ("tens of thousands of people", "cientos de personas"): they
        demonstrate, not whoever the sentence around them names."""
        return any(self.cues.has(t, "victims") for s in syntax.subjects(tok) for t in s.subtree)

    def _person(self, head: Token) -> bool:
        """A person the dictionaries do not know: a noun for people ("una persona de 40 años", "two men") or a
        name the tagger calls a person's."""
        return self.cues.has(head, "victims") or head.ent_type_ in ("PER", "PERSON")

    # -- verbs ---------------------------------------------------------------------------------
    def _of_verb(self, p, tok, actors, context):
        inherited = False
        passive = subject_undergoes(p, tok)
        if passive and "moved" in p.source.deps and not args.agent_heads(tok):
            # "thousands of soldiers were deployed across the country": the forces moved are the side that acts,
            # their state through them
            source_heads, _ = args.subject_heads(tok)
            target_heads = args.prep_heads(tok, p.target.preps)
        elif passive:  # "was summoned to the foreign ministry": with no agent, where the pattern's source is named
            source_heads = args.agent_heads(tok) or args.prep_heads(tok, p.source.preps)
            source_heads = [h for h in source_heads if not self.cues.has(h, "mishaps")]  # "heridas por el choque de
            # dos autobuses en Lima": a mishap, not Peru
            target_heads, _ = args.subject_heads(tok)
            # "fue arrestado el excandidato Enrique Márquez": the small model parses a subject after the passive
            # verb as its object
            target_heads = target_heads or args.objects_of(tok)
        else:
            source_heads, inherited = args.subject_heads(tok)
            # "Sudan's war has killed tens of thousands", "la guerra ha matado a miles": a war's toll, no one's act
            source_heads = [h for h in source_heads if not self.cues.has(h, "wars")]
            if tok.dep_ == "xcomp" and self.cues.has(tok.head, "summoning") and self.cues.has(tok, "complaining"):
                # "summoned the Indian envoy to protest against the killing": the summoner protests, not the envoy
                source_heads, inherited = args.subject_heads(tok.head)[0], True
            if inherited and self.root_is(p.cameo, "violent") and _joined_to_reported_perfect(tok):
                # "said Cambodian soldiers had crossed into Thai territory and opened fire": a violent act joined to
                # a reported perfect goes on telling what was reported (the speaker's next act is a saying one:
                # "said the court had acted lawfully and accused foreign-funded groups")
                source_heads = args.subject_heads(tok.head)[0] or source_heads
            if not syntax.subjects(tok):
                first = tok.head if tok.dep_ == "conj" and not syntax.subjects(tok.head) else None
                attributed = self._after_attribution(tok) or subject_after_fronted_phrase(tok) or stranded_subject(tok) or (
                    (self._after_attribution(first) or subject_after_fronted_phrase(first)) if first is not None else [])
                if attributed:
                    source_heads, inherited = attributed, False
            target_heads = args.objects_of(tok) or args.clitic_referents(tok, self._clitics) \
                if "object" in p.target.deps else []
            if not target_heads and "object" in p.target.deps:
                # "condemned what she called a dangerous escalation by Moscow": whoever did what the free relative
                # names
                target_heads = [o for n in args.named_by_free_relative(tok) for o in owners_of(n, actors)]
            target_heads = [h for h in target_heads if not self.fallbacks.asks_release(p, h)]
            if p.symmetric:
                target_heads += self._counterparts(tok, p.target.preps, actors)
            else:
                target_heads += self._phrase_targets(p, tok, addressed=bool(target_heads))
            if p.symmetric or self.root_is(p.cameo, "opposed"):  # "clashed with police": the other side
                target_heads += self._counterparts(tok, tuple(self.cues("with_preps")), actors)
            if self.root_is(p.cameo, "meeting") and self.cues("personal_object"):
                # one meets people, and Spanish marks a person met ("recibió a X"): "recibió amenazas de X" received
                # a thing, from no one it hosted
                target_heads = [h for h in target_heads if syntax.preposition(h) or actors.names_an_actor(h)]
        listed = {t for h in target_heads if _lists_members(h) for t in (h, *h.conjuncts)}
        target_heads = [h for h in target_heads if h not in listed] or target_heads  # "…, entre ellos dos sacerdotes"
        if not passive and self.cues.has(tok, "removal") and len(set(target_heads)) > 1:
            # "expulsó a Costa Rica a catorce opositores": the country named beside the people is where they go
            target_heads = [h for h in target_heads if actors.kind_at(h.i) != lx.STATE] or target_heads
        target_heads = [r for h in target_heads for r in self._antecedent_of_object(tok, h, actors) or [h]]
        target_heads = [f for h in target_heads for f in forces_before(h, actors) or [h]]  # "the police killings"
        if p.source.direct:
            source_heads = [h for h in source_heads if actors.names_an_actor(h)]
        sources = resolve_heads(source_heads, actors, p.source.place, context.last_pair() or None)
        if passive and "moved" in p.source.deps and tok.dep_ == "ccomp":
            sources = self._speakers_forces(tok, source_heads, sources, actors)
        sources = sources or self._host_or_guest(source_heads, context) or self._assailants(source_heads, context, None) \
            or resolve_heads([d for h in syntax.subjects(tok) if self.cues.has(h, "documents") for d in args.doers_of(h)],
                             actors, False)  # "La moción, impulsada por el Grupo Popular, exige…": a text
        # says what whoever brought it says
        if not sources and not passive and self.root_is(p.cameo, "armed") and any(
                self.cues.has(h, "victims") and not actors.names_an_actor(h) for h in syntax.subjects(tok)):
            # "dos hombres en motocicleta asesinaron al líder comunal", "two men shot dead a lawyer": people no one
            # names who harm someone are an unidentified perpetrator, not the sides the article told before
            sources = [actors.unidentified(tok)]
        # a clause's own subject is its doer: "el submarino ha llegado", "after talks broke down" are not acts of
        # whoever announces them (a pronoun or a relative stands for someone above)
        named_subject = any(s.pos_ in ("NOUN", "PROPN") for s in syntax.subjects(tok))
        if not sources and not passive and p.cameo[:3] in _POPULAR_ACTS and self._crowd(tok):
            sources = [actors.sector("CVL", actors.local(tok))]  # "hours after thousands of people rallied"
        if not sources and not passive and tok.dep_ == "acl" and self.cues.has(tok.head, "documents"):
            # "passed a resolution censuring Iran", "emitió un comunicado condenando": whoever issued the text
            governor = args.governor_of_noun(tok.head)
            if governor is not None:
                sources = resolve_heads(args.subject_heads(governor)[0] if not syntax.is_passive(governor)
                                        else args.agent_heads(governor), actors, p.source.place)
        relative = tok.head.dep_ not in _ADVERBIAL and any(
            syntax.is_relative_pronoun(s) and s.i > 0 and not s.nbor(-1).is_punct and s.nbor(-1) in tok.head.subtree
            for s in syntax.subjects(tok))
        if not sources and not passive and tok.dep_ in _CLAUSE_DEPS and not relative \
                and not ((p.source.direct or p.strict) and named_subject):
            # not "secuestrados por un grupo islamista que pidió…": a relative's doer is the noun it describes (not
            # "anunciaron, de forma coordinada, que reconocerán" nor "anunció el domingo que llamó a consultas",
            # where the parser took the conjunction for one)
            sources = resolve_heads(args.governor_subjects(tok), actors, p.source.place)
            inherited = True
        if not sources and not passive and tok.dep_ == "conj" and tok.head.dep_ == "ccomp" \
                and self.cues.has(tok.head.head, "saying") and args.objects_of(tok):
            # "said the vote could not be considered legitimate, and urged Senegal to…": the small model hangs the
            # speaker's second act on what was said, whose subject ("the vote") is no one (not "said 26 civilians
            # were killed and dozens wounded": an act with no object of its own goes on telling what befell them)
            sources = resolve_heads(args.subject_heads(tok.head.head)[0], actors, p.source.place)
            inherited = True
        if not sources and tok.head != tok and (_predicative(tok) or self.cues.has(tok.head, "keeping")):
            # "se mostró dispuesta a aceptar", "mantienen bloqueada la carretera": the subject of the verb above
            sources = resolve_heads(args.subject_heads(tok.head)[0], actors, p.source.place)
            if not sources and tok.head.dep_ in _CLAUSE_DEPS:  # "said his country is ready to": the speaker's
                sources = resolve_heads(args.governor_subjects(tok.head), actors, p.source.place)
                inherited = True
        targets = resolve_heads(target_heads, actors, p.target.place)
        source_ids = frozenset(s.actor_id for s in sources)
        if any(t.actor_id in source_ids for t in targets):  # "Milei congratulated him": not himself
            targets = [r for h in target_heads for r in (
                actors.recent_persons(h.i, count=1, other_than=source_ids) if self.cues.has(h, "object_pronouns")
                and h.pos_ == "PRON" else resolve_heads([h], actors, p.target.place))]
        if self.root_is(p.cameo, "forcible"):
            targets = force.protesters(self.cues, target_heads, sources, actors, context) \
                or force.settled(self.cues, target_heads, targets, actors) \
                or targets
        if sources and self.root_is(p.cameo, "giving"):
            # "contribute troops to a force in Liberia": a state's own soldiers are what it sends or withdraws, not
            # whom it helps; a guerrilla's are not its country's army ("el ELN liberó a dos soldados")
            own = {s.country_code for s in sources if s.role in (None, "GOV", "MIL")} | {None}
            targets = [t for t in targets if not (t.role == "MIL" and t.country_code in own)]
        if not targets and sources and self.root_is(p.cameo, "leaving"):  # "withdraw its troops from Lebanon"
            targets = resolve_heads(args.prep_heads(tok, self.cues("from_preps")), actors, False)
        if not targets and sources and self.root_is(p.cameo, "placed"):
            own = {s.country_code for s in sources}
            locative = tuple(self.cues("locative_preps"))
            heads = [h for n in [tok, *args.objects_of(tok)] for h in args.prep_heads(n, locative)
                     if actors.names_an_actor(h) or self.cues.has(h, "territory")]  # not "en respuesta al acuerdo
            # firmado en Barbados": a place, or a word for one ("en la ciudad de Srinagar")
            placed = resolve_heads(heads, actors, True)
            targets = [t for t in placed if t.country_code not in own]
            if not targets and placed and placed[0].country_code and (sources[0].role or "GOV") in EXECUTIVE_ROLES:
                # "banned all public gatherings in Lahore": a measure at home is aimed at the people who live there
                targets = [actors.sector("CVL", placed[0].country_code)]
        targets = targets or self._host_or_guest(target_heads, context) \
            or self._assailants(target_heads, context, sources[0] if sources else None)
        if not targets and sources:  # "Lithuania said Russian helicopters had violated its airspace": the speaker's
            owners = [h for h in target_heads if _owned_by_pronoun(h)] if _plural_subject(tok) else []
            speaker = args.subject_heads(tok.head)[0] if owners and tok.dep_ == "ccomp" and tok.head != tok else []
            targets = [t for t in resolve_heads(speaker, actors, False)
                       if t.actor_id not in {s.actor_id for s in sources}]
        if not targets and "clause" in p.target.deps and sources:
            targets = who_pays(tok, sources[0], actors, self.cues)  # "tendrá consecuencias para el Gobierno de X"
        if not targets and "clause" in p.target.deps:
            said = args.clause_subjects(tok)
            targets = resolve_heads(said, actors, False) or resolve_heads(
                [o for h in said if not actors.names_an_actor(h) for o in owners_of(h, actors)],
                actors, False)  # "que los allanamientos de Carabineros fueron violentos": whose act
            # the speaker's own side saying what it will do is no target: "advirtió que el Gobierno actuará contra…"
            targets = [t for t in targets if t.actor_id not in {s.actor_id for s in sources}]
            if not targets and sources:
                targets = to_anyone(tok, sources[0], actors, self.cues)
        if not targets and p.target.preps:  # "approved $200 million in weapons for Ukraine": the PP hangs in the object
            # or in the word the pattern asks for ("enviará 50 millones de dólares en ayuda a Perú")
            named = [n for c in tok.children if c.dep_ in ("obl", "nmod", "prep")
                     for n in (c, *(g for g in c.children if g.dep_ == "pobj"))
                     if n.pos_ in ("NOUN", "ADP") and lemma(n) in p.with_]
            # not in a clause of the object: "las acusaciones, a las que calificó de calumnias fabricadas al dictado
            # de Washington" are not Washington's; nor a mediator ("tras negociaciones con mediación de Catar")
            heads = [h for o in args.objects_of(tok) + named for t in o.subtree if not args.in_clause(t, o)
                     for h in args.prep_heads(t, p.target.preps) if h != t and self._names_a_side(h, actors)]
            # "called for the interior minister's resignation": whose act is asked for is who is asked
            heads = heads or [t for o in args.objects_of(tok) + named for t in o.subtree
                              if t.dep_ == "poss" and t.pos_ in ("PROPN", "NOUN")]
            targets = resolve_heads(heads, actors, p.target.place) or resolve_heads(
                [d for h in heads for d in args.doers_of(h)], actors, False)  # "an investigation into
            # crimes committed by Croat forces": whoever did what the phrase names
        if not targets and p.target.preps:  # "mobilized reservists for a possible war against Iraq": one phrase deeper
            against = tuple(x for x in p.target.preps if x in self.cues("against_preps"))
            heads = [h for n in args.prep_heads(tok, tuple(self.cues("purpose_preps")))
                     for h in args.prep_heads(n, against)]
            targets = resolve_heads(heads, actors, False)
        if not targets and not (p.symmetric and len(sources) > 1):
            # "se comprometió a respaldar las decisiones del mandatario ruso", "pledged to support Kyiv";
            # what an act is done for: "fired tear gas to disperse the teachers", "para dispersar a los manifestantes"
            # (not a meeting's: "se reunirán para preparar el regreso de los embajadores" names no one met; a protest's
            # aims are read below, named actors only: "para expresar su oposición" is a stance, not the opposition;
            # not two sides' agreement: "Lee y Takaichi acordaron reforzar el intercambio de información sobre los
            # misiles de Corea del Norte" binds each to the other)
            purpose = not self.root_is(p.cameo, "meeting") and p.target.fallback != "authorities"
            inner = [c for c in tok.children
                     if c.pos_ == "VERB" and (c.dep_ == "xcomp" or purpose and self._purpose(c))]
            to = p.target.preps or self.cues("to_preps")
            heads = [h for c in inner for h in args.objects_of(c) + args.prep_heads(c, to)
                     if not _possessed(h, self.cues("possessives"))]  # "descartó retirar sus tropas": the source's
            # own, not its target
            targets = resolve_heads(heads, actors, False)
            if not targets:  # "to break up a rally by thousands of protesters": whoever does what the object names
                by = tuple(self.cues("agent_preps"))
                agents = [h for c in inner if not syntax.is_passive(c)
                          for o in [c, *args.objects_of(c)] for h in args.prep_heads(o, by)]
                targets = resolve_heads(agents, actors, False)
        return sources, targets, inherited, target_heads

    # -- nouns ---------------------------------------------------------------------------------
    def _of_noun(self, p, tok, actors, context):
        inherited = False
        gov = args.governor_of_noun(tok)
        of_preps = self.cues("of_preps")
        # "la visita de Putin": the genitive is the source, unless "de" introduces the target ("la salida del personal de X")
        genitive = [] if set(p.target.preps) & of_preps else args.genitive_heads(tok)
        genitive = [g for g in genitive if actors.names_an_actor(g)]  # not "la ruptura de sus relaciones con X"
        sources = resolve_heads(genitive, actors, False)
        sent: list[ActorRef] = []
        if self.root_is(p.cameo, "giving"):  # "el envío de 400 militares": the troops sent, not who sends them,
            sent = [s for s in sources if s.kind == "state" and s.role in ("MIL", "COP")]  # unless no one else is named
            sources = [s for s in sources if s not in sent]
        if not sources:  # "a rally by thousands of protesters", "a strike by teachers": the act's agent (the parser
            # may hang it on an active verb, which has no agent phrase of its own: "break up a rally by protesters")
            by = tuple(self.cues("agent_preps"))
            agents = args.prep_heads(tok, by) or (args.doers_of(tok) if self.root_is(p.cameo, "forcible")
                                                  else [])  # "el secuestro de un comerciante por parte del ELN": a
            # violent act's genitive is its victim, its agent phrase its perpetrator
            if not agents and gov is not None and tok in args.objects_of(gov) and not syntax.is_passive(gov):
                agents = args.prep_heads(gov, by)
            sources = resolve_heads(agents, actors, False)
        told = args.relative_of_act(tok) if not sources and p.governors else None  # a verb the noun's act allows
        if told is not None:  # "el ataque que disidentes de las FARC lanzaron contra una base militar"
            sources = resolve_heads(syntax.subjects(told), actors, False)
        # the verb breaks a protest up: "dispersó una marcha", "broke up the protest" (a phrasal verb and its particle)
        suppressed = gov is not None and p.cameo[:3] in _POPULAR_ACTS and bool(self.cues("suppressing") & {
            *verb_words(gov), *(f"{lemma(gov)} {form(c)}" for c in gov.children if c.dep_ in ("prt", "compound:prt"))})
        if suppressed and not sources:  # "la policía dispersó una marcha": the marchers, unnamed, are its people
            sources = [force.marchers(tok, actors.local(tok), actors, context)]
        # not what a verb takes ("hosted talks between Iran and the United States"); a noun behind a preposition the
        # small model calls an object is no object ("murieron por los combates entre…")
        taken = tok.dep_ in ("dobj", "obj") and not any(c.dep_ == "case" for c in tok.children)
        between = self._between(tok, actors) if not sources and p.symmetric and not taken else []
        if between:  # "murieron en los enfrentamientos entre manifestantes y policías": the phrase names both sides,
            # not the subject of the verb the noun hangs on (who hosts "talks between Iran and the United States" is)
            return between[:1], between[1:], False, []
        if gov is not None and not sources and "genitive" not in p.source.deps and not p.undergone:
            if syntax.is_passive(gov):
                sources = resolve_heads(args.agent_heads(gov), actors, False)
            else:
                heads, inherited = args.subject_heads(gov)
                if not syntax.subjects(gov) and (stranded := stranded_subject(gov)):
                    heads, inherited = stranded, False
                sources = resolve_heads(heads, actors, False)
                if not sources and gov.dep_ in _CLAUSE_DEPS and not p.strict \
                        and not any(s.pos_ in ("NOUN", "PROPN") for s in syntax.subjects(gov)):
                    # "anunció el domingo que llamó a consultas a su embajador y que remitió una nota de protesta":
                    # the clause's act is the announcer's, as a verb's is
                    sources, inherited = resolve_heads(args.governor_subjects(gov), actors, False), True
        sources = sources or sent
        with_preps = self.cues("with_preps") if p.symmetric else ()
        # a meeting's "con" names the other side by its own head; displeasure "con la propuesta de la Comisión" is
        # aimed at whoever the phrase names
        own = set(args.prep_heads(tok, tuple(of_preps)))
        named = self._counterparts(tok, p.target.preps, actors) if p.symmetric else [
            h for h in args.prep_heads(tok, p.target.preps) if not (h in own and _possessed(h, self.cues("possessives")))]
        # "anunciaron la retirada de sus embajadores en Argel": the source's own envoys, not its target ("el envío de
        # militares a su frontera con Haití" is aimed at Haiti)
        target_heads = named + self._counterparts(tok, with_preps, actors)
        targets = resolve_heads(target_heads, actors, p.target.place)
        if not targets:  # "la ruptura de sus relaciones con Ecuador", "maniobras a gran escala en torno a Taiwán",
            # "the end of diplomatic relations with Honduras" (English hangs the phrase on the preposition's object)
            target_heads = [h for c in tok.children if c.dep_ in ("nmod", "obl", "pobj", "prep")
                            for n in (c, *(g for g in c.children if g.dep_ == "pobj" and c.dep_ == "prep"))
                            for h in args.prep_heads(n, p.target.preps)]
            targets = resolve_heads(target_heads, actors, p.target.place)
        if not targets:  # "its willingness to rebuild relations with the United States": whom the act it names is done
            # to or with (the clause's object, or a phrase of it)
            willed = [c for c in tok.children if c.dep_ == "acl" and "Inf" in feats(c, "VerbForm")]
            objects = [o for c in willed for o in args.objects_of(c)]
            target_heads = [h for o in willed + objects for h in args.prep_heads(o, p.target.preps)] + objects
            targets = resolve_heads(target_heads, actors, p.target.place)
        if not targets and told is not None and sources:
            target_heads = args.prep_heads(told, p.target.preps)
            targets = resolve_heads(target_heads, actors, p.target.place)
        container = args.container_of(tok) if not p.symmetric else None  # a round of talks is held with someone
        if not targets and container is not None:  # "el vigésimo paquete de sanciones contra Rusia", "a new package
            # of sanctions against Iran": the phrase hangs on the noun that counts the acts
            target_heads = args.prep_heads(container, p.target.preps)
            targets = resolve_heads(target_heads, actors, p.target.place)
        if not targets and gov is not None:  # the parser hangs the noun's phrase on its verb: "expresó su malestar
            # con la decisión de Estados Unidos"
            named = self._counterparts(gov, p.target.preps, actors) if p.symmetric else args.prep_heads(gov, p.target.preps)
            target_heads = named + self._counterparts(gov, with_preps, actors)
            if "object" in p.target.deps:
                target_heads += [o for o in args.objects_of(gov) if o != tok]
            targets = resolve_heads(target_heads, actors, p.target.place)
        if not targets and gov is not None and p.undergone and not syntax.is_passive(gov):
            target_heads, inherited = args.subject_heads(gov)  # "el alcalde recibió amenazas": he is threatened
            targets = resolve_heads(target_heads, actors, False)
        return sources, targets, inherited, target_heads

    def _fight_between(self, p: Pattern, tok: Token, actors: ArticleActors) -> list[ActorRef]:
        """The sides of the fight a fighting verb tells, or an act done to each other happens in ("murieron en
        enfrentamientos entre el ELN y las disidencias", the dictionaries' "&PERSONA * EN ENFRENTAMIENTO ENTRE %"
        coded 190): the fight's, not the dead's."""
        if p.kind != "verb" or not (p.reciprocal or self.root_is(p.cameo, "opposed")):
            return []
        return next((sides for c in tok.children if c.pos_ == "NOUN" for sides in [self._between(c, actors)] if sides),
                    [])

    def _between(self, noun: Token, actors: ArticleActors) -> list[ActorRef]:
        """The sides a symmetric act's "entre"/"between" phrase names, when it names two or more."""
        sides = resolve_heads(args.prep_heads(noun, tuple(self.cues("between_preps"))), actors, False)
        return sides if len(sides) > 1 else []

    def _beyond_the_court(self, tok: Token, source: ActorRef, actors: ArticleActors) -> list[ActorRef]:
        """"urged the court to order Israel to suspend its operations": a court asked to act against a party is
        where the appeal is made; the party is its target."""
        for clause in (c for c in tok.children if c.dep_ in ("xcomp", "ccomp")):
            for t in sorted(clause.subtree, key=lambda x: x.i):
                ref = actors.actor_at(t, allow_place=False) if actors.kind_at(t.i) is not None else None
                if ref is not None and ref.role != "JUD" and ref.country_code and ref.country_code != source.country_code:
                    return [ref]
        return []

    def _phrase_targets(self, p: Pattern, tok: Token, addressed: bool) -> list[Token]:
        """The heads of the phrases the pattern's target prepositions introduce: "amenazó con una respuesta militar"
        may name its target. Not a clause of purpose, which names its own ("para suministrar munición a Ucrania": read
        below, not its every phrase); not, once an object names the addressee, the act asked of it ("exhortó a la
        República Dominicana a poner fin a las deportaciones hacia Haití": not Haiti); not what the act was done on
        ("arrested on an ICC warrant": the court issued it, it is not arrested)."""
        return [h for h in args.prep_heads(tok, p.target.preps) if not self._purpose(h)
                and not (addressed and h.pos_ in ("VERB", "AUX")) and not self.cues.has(h, "warrants")]

    def _purpose(self, clause: Token) -> bool:
        """An adverbial clause of purpose: "to disperse" (English marks it with its infinitive's "to"), "para
        dispersar"."""
        return clause.dep_ == "advcl" and any(c.dep_ in ("aux", "mark") and self.cues.has(c, "purpose_marks")
                                              for c in clause.children)

    def _host_or_guest(self, heads: list[Token], context: SentenceContext) -> list[ActorRef]:
        """"el anfitrión", "su invitado", "the host", "his guest": the two sides of the article's latest hosting."""
        hosting = context.last_hosting()
        if hosting is None:
            return []
        for h in heads:
            if self.cues.has(h, "host"):
                return [hosting[0]]
            if self.cues.has(h, "guest"):
                return [hosting[1]]
        return []

    def _assailants(self, heads: list[Token], context: SentenceContext, other_than: ActorRef | None) -> list[ActorRef]:
        """"pursued the attackers", "abatieron a dos de los atacantes", "the gunmen fled": a definite noun for the
        doers of an attack stands for whoever did the article's latest forcible act (roots 17-20), when not a state's
        executive: the news calls its soldiers and police by their names, not "the assailants"."""
        of_preps = tuple(self.cues("of_preps"))
        for h in heads:
            for noun in (h, *args.prep_heads(h, of_preps)):  # "four of the attackers"
                if self.cues.has(noun, "assailants") and any(self.cues.has(c, "definite") for c in noun.children):
                    author = context.author_of(self.forcible, other_than, EXECUTIVE_ROLES)
                    return [author] if author is not None else []
        return []

    def _counterparts(self, verb: Token, preps: tuple[str, ...], actors: ArticleActors) -> list[Token]:
        """The heads of the verb's phrases introduced by `preps` that name a side."""
        return [h for h in args.prep_heads(verb, preps) if self._names_a_side(h, actors)]

    def _names_a_side(self, head: Token, actors: ArticleActors) -> bool:
        """A "con"/"with" phrase names the other side by its own head or the name before it ("con su homólogo",
        "with TPNPB fighters"), not through a mediator ("con la mediación de Egipto") or a thing ("con destrozos en
        la capital uruguaya")."""
        return syntax.preposition(head) not in self.cues("with_preps") or actors.names_an_actor(head) \
            or any(c.dep_ == "compound" and actors.names_an_actor(c) for c in head.children)

    def perpetrators(self, verb: Token, actors: ArticleActors) -> list[ActorRef]:
        """Who did the violence a victim suffered, when the clause names the act it happened in: "murieron en un
        ataque del ELN", "were killed in an ambush by rebels" (the act's genitive or "por"/"by" phrase)."""
        acts = [h for h in _happened_in(verb, ("obl", "nmod", "prep", "advcl")) if self.cues.has(h, "violence")]
        heads = [d for h in acts for d in args.doers_of(h) or args.genitive_heads(h) or [h]]  # "un bombardeo ruso"
        # "were killed in clashes with the rebels", "murieron en combates con el ELN": the other side of the fight
        fights = [h for h in _happened_in(verb, ("obl", "nmod", "prep")) if self.cues.has(h, "fight_nouns")]
        heads += [o for h in fights for o in args.prep_heads(h, ("with", "con"))]
        return resolve_heads(heads, actors, False)

    def toll_of(self, verb: Token) -> bool:
        """The harm a verb tells happened in a fight or a riot its clause names (cue class `tolls`: "murió en el
        tiroteo", "resultaron heridos en los disturbios", "were injured in the clashes"): the fight's toll."""
        states = [verb, *(c for c in verb.children if c.pos_ == "ADJ")]  # "resultaron heridos en los disturbios"
        return any(self.cues.has(h, "tolls") for v in states for h in _happened_in(v, ("obl", "nmod", "prep", "advcl")))

    def _speakers_forces(self, verb: Token, heads: list[Token], forces: list[ActorRef],
                         actors: ArticleActors) -> list[ActorRef]:
        """"In Caracas, Defense Minister Vladimir Padrino López said 4,000 troops had been sent to Apure": forces a
        state's official says were sent, their phrase naming no country, are that official's state's (not those of
        the country the story is about)."""
        if any(actors.kind_at(t.i) in (lx.STATE, lx.DEMONYM) for h in heads for t in h.subtree):
            return forces
        speakers = resolve_heads(args.subject_heads(verb.head)[0], actors, False)
        state = next((s.country_code for s in speakers if s.country_code in actors.lexicon.states
                      and (s.role or "GOV") in ("GOV", "MIL")), None)
        if state is None:
            return forces
        return [actors.sector(f.role, state, f.matched_text, f.label) if f.kind in ("state", "sector")
                and f.role in ("MIL", "COP") and f.country_code != state else f for f in forces]

    def toll_of_a_confrontation(self, verb: Token, victims: list[ActorRef]) -> bool:
        """"Once mossos y cuatro manifestantes resultaron heridos", "nine protesters and four officers were injured
        during the operation": harm to both sides of a confrontation, the security forces and the people they faced,
        with no weapon or attack told as its cause, is the confrontation's toll, not an attack by someone unnamed."""
        roles = {v.role for v in victims}
        if not roles & _SECURITY or not roles - _SECURITY - {None}:
            return False
        states = [verb, *(c for c in verb.children if c.pos_ == "ADJ")]
        told = [h for v in states for h in _happened_in(v, ("obl", "nmod", "prep", "advcl", "nsubj"))]
        return not any(self.cues.has(h, "lethal_means") or self.cues.has(h, "violence") for h in told)

    def coordinated_with(self, source: ActorRef, verb: Token, actors: ArticleActors) -> list[ActorRef]:
        """"X, y su homólogo Y, mantuvieron...": the persons named with the source before the verb, when joined by
        "y"/"and"."""
        start = max(verb.sent.start, verb.left_edge.i)  # the verb's own clause, not a clause reporting it
        before = verb.doc[start: verb.i]
        if not any(self.cues.has(t, "and") for t in before):
            return [source]
        named = actors.persons_in(start, verb.i)
        others = [r for r in named if r.actor_id != source.actor_id and r.country_code and r.country_code != source.country_code]
        return [source, *others[:1]] if others else [source]


def _lists_members(head: Token) -> bool:
    """"a catorce opositores, entre ellos dos sacerdotes y una periodista": a phrase begun by "entre ellos" names some
    of the people before it (the small Spanish model makes it a second object), not other people."""
    return any(c.lower_ in ("ellos", "ellas") and any(g.lower_ == "entre" for g in c.children) for c in head.children)


def _happened_in(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The nouns of the verb's phrases ("en un ataque", "in clashes")."""
    return [h for c in verb.children if c.dep_ in deps and c.pos_ in ("NOUN", "ADP")
            for h in ([c] if c.pos_ == "NOUN" else [g for g in c.children if g.dep_ == "pobj"])]


def _participial(tok: Token) -> bool:
    """", killing three Palestinians", "dejando dos muertos": a participle adjoined to an active clause tells what its
    subject also did, so that subject is its own (of a passive, it is the agent's: "was attacked by militiamen,
    killing 156")."""
    return tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and tok.head != tok \
        and (tok.tag_ == "VBG" or "Ger" in feats(tok, "VerbForm")) and not syntax.is_passive(tok.head)


_POSSESSIVE_PRONOUNS = frozenset({"its", "su"})  # singular: "its airspace", "su espacio aéreo"


def _owned_by_pronoun(noun: Token) -> bool:
    """"its airspace", "su espacio aéreo": a thing a singular possessive pronoun gives an owner."""
    return _possessed(noun, _POSSESSIVE_PRONOUNS)


def _possessed(noun: Token, pronouns: frozenset[str]) -> bool:
    return any(c.lower_ in pronouns and c.dep_ in ("poss", "det") for c in noun.children)


def _plural_subject(verb: Token) -> bool:
    """The clause's subject is plural ("two Russian helicopters"), so "its" is not the subject's own."""
    return any("Plur" in feats(s, "Number") or s.tag_ in ("NNS", "NNPS") for s in syntax.subjects(verb))


def _proper(text: str) -> bool:
    """A name only ("China", "Estados Unidos"), not a people ("200 pacifistas norteamericanos")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() or w in _NAME_PARTICLES for w in words)


_NAME_PARTICLES = frozenset({"de", "del", "of", "the", "and", "y"})


def subject_undergoes(p: Pattern, tok: Token) -> bool:
    """The verb's subject is its target: a passive ("fue asesinado"), or a rule whose target slot stands before the
    verb ("dos soldados resultaron heridos": it befell them) or that a noun's governor suffers ("recibió amenazas")."""
    return p.undergone or (p.kind == "verb" and syntax.is_passive(tok))


def _describes_a_noun(tok: Token) -> bool:
    """A relative clause or a participle describing a noun tells the reader what a place or a person is known for
    ("Montenegro, where 28 people have been killed this year", "Siamak Namazi, detained since 2015"), not the news;
    its unnamed victims make no event of their own. Unless the clause names who did it: "un chofer, que fue tiroteado
    por dos sicarios" is the news."""
    return (tok.dep_ == "acl" or any(t.dep_ in ("relcl", "acl:relcl") for t in (tok, *tok.ancestors))) \
        and not args.has_agent(tok)


def _predicative(tok: Token) -> bool:
    """An adjective said of the subject of the verb above it, that governs an act: "se mostró dispuesta a aceptar"."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in tok.children)


def _joined_to_reported_perfect(verb: Token) -> bool:
    """A conjunct with no subject of its own that shares the perfect of the reported verb it is joined to ("had
    crossed… and opened", "habían cruzado… y abierto": a Spanish preterite, "y disparó", has a tense of its own),
    not the form of a clause between them ("had lodged a protest after Chinese personnel boarded a boat, beat its
    crew": `heads.series_after_clause`)."""
    head = verb.head
    shares = "Part" in feats(verb, "VerbForm") or verb.tag_ in ("VBD", "VBN")  # English past and participle look alike
    return shares and verb.dep_ == "conj" and head.dep_ == "ccomp" and not syntax.subjects(verb) \
        and "Part" in feats(head, "VerbForm") and any(c.dep_ == "aux" for c in head.children) \
        and args.series_after_clause(verb) is None
