"""Where the target of an act is when its sentence's parse names none.

In the order tried: the places of the sentence (a visit), what was said (a verb
of saying: whom it names), the sides a mediator stands between, the owner of
what the act is about ("condenó la decisión de Colombia"), the first state a
rejected proposal or a refused act names, the first one a promised act names
(an agreement), whoever a threat's condition names, the authorities a
protesting demand is made to, the target of the same act by the same country
just before, the article's latest inviter or aggressor, whom a claimed act was
aimed at, whoever last acted against the source's country (a response announced
answers them), the author of an act a definite noun refers back to ("condemned
the arrests"), and for a protest the aims its clause names or the authorities
where it happens. The traits of CAMEO roots (seeds/reference/cameo_root_policy.csv)
say which apply to which act.
"""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from transforms.actors.antecedents import ARMED_GROUP_ROLES
from transforms.actors.resolve import ArticleActors
from transforms.actors.whereabouts import EXECUTIVE_ROLES
from transforms.coding.arguments import force
from transforms.coding.arguments import heads as args
from transforms.coding.arguments import syntax
from transforms.coding.arguments.sides import country_actor, owners_of, resolve_heads, same_actor
from transforms.coding.arguments.speech import said_about, tells_its_own_act
from transforms.coding.records import SentenceContext
from transforms.coding.vocabulary.patterns import Pattern
from transforms.cues import LangCues
from transforms.records import ActorRef


# Roots of responses to another side's act (demands, criticism, rejections, threats, protests, reduced relations,
# coercion): with no target named, they answer the act a clause "after…" tells
_RESPONSES = frozenset({"10", "11", "12", "13", "16"})
_ASKING = ("directive", "offer", "submitting")  # cue classes of the verbs that ask for what a rejection refuses
_CAPTURES = frozenset({"17", "18"})  # coercion (arrests, detentions) and assault (abductions, hostage-taking)
_STATE_ROLES = EXECUTIVE_ROLES | {"JUD", "LEG"}  # the state's sides, not a group of its country
# a country's society: workers, farmers, teachers and students, citizens, the opposition, the press, doctors, clergy,
# refugees, business
_SOCIETY_ROLES = frozenset({"LAB", "AGR", "EDU", "CVL", "OPP", "MED", "HLH", "REL", "REF", "BUS"})


class TargetFallbacks:
    def __init__(self, cues: LangCues, root_is: Callable[[str, str], bool], told_by: dict[str, frozenset[str]]):
        self.cues = cues
        self.root_is = root_is
        self.told_by = told_by  # cue class of act nouns -> the roots its nouns refer back to
        # (cue class, the doer's role or None, roots): "ruling_nouns:JUD" refers back to a court's acts only
        self._act_nouns = [(*told.partition(":")[::2], roots) for told, roots in told_by.items()]

    def targets(self, p: Pattern, tok: Token, sources: list[ActorRef], targets: list[ActorRef], actors: ArticleActors,
                context: SentenceContext) -> list[ActorRef]:
        """The targets of the act when the parse gave none (or only a sector of no known country)."""
        if p.target.fallback == "aggressor" and sources and targets and all(_protected(t, sources[0]) for t in targets):
            targets = []  # "responderá a cualquier ataque contra sus ciudadanos": its citizens are whom it defends
        named = [t for t in targets if t.kind != "sector"]  # a sector of no known country yields to a named side
        if p.target.fallback and not named and targets:
            return self.targets(p, tok, sources, [], actors, context) or targets
        if not targets and p.target.fallback == "place" and sources:
            targets = context.place_countries(exclude=sources[0].country_code)
        if p.clause_cue and sources:
            targets = [] if self.root_is(p.cameo, "blaming") and tells_its_own_act(tok, sources[0], actors) \
                else said_about(tok, sources[0], actors, self.cues, hostile=self.root_is(p.cameo, "blaming"))
        if not targets and p.target.fallback == "parties" and sources:  # a mediator's sides, before any earlier target
            targets = self._parties(tok, sources[0], actors, context)
        if not targets and sources and p.kind == "verb" and self.root_is(p.cameo, "addressed"):
            targets = self._captor(p, tok, sources[0], context)  # "called for the captives' release": their captors
        if not targets and p.target.fallback == "sides" and sources:  # "called for an immediate ceasefire": to the
            # sides of the conflict the article told last, when the source is neither
            pair = [a for a in context.last_pair_in_conflict() if a is not None]
            targets = pair if pair and all(a.country_code != sources[0].country_code for a in pair) else []
            if pair and not targets and (sources[0].role or "GOV") in _STATE_ROLES \
                    and all(a.country_code == sources[0].country_code for a in pair):
                # "protesters clashed with police… the president called for calm": a call at home goes to the side
                # that is not the state's
                targets = [a for a in pair if (a.role or "GOV") not in _STATE_ROLES][:1]
            if len(targets) == 2 and targets[0].country_code and targets[0].country_code == targets[1].country_code \
                    and not any(t.role in ARMED_GROUP_ROLES for t in targets):
                # unrest inside one country ("police fired tear gas at protesters… France called for the vote to be
                # held"): a foreign call is made to that country, one event, not to each of its sides; a civil war's
                # two sides stay two ("the army and Fano militiamen fought… called for a ceasefire")
                targets = [country_actor(targets[0], actors)]
        source_ids = {s.actor_id for s in sources}
        if not targets and sources and p.kind == "verb" and not p.clause_cue and not self.root_is(p.cameo, "meeting") \
                and not self.root_is(p.cameo, "giving"):  # "ordenó el envío de 400 militares": what is sent
            # "condenó la decisión de Colombia", "rejected Russia's claims": the owner of what the act is about (one
            # meets people, not the authors of things: "recibió amenazas de los paramilitares" is no hosting)
            # (the doer of an act it names first: "condenaron la detención de un sacerdote por la Policía")
            owners = [h for o in args.objects_of(tok) if not self.asks_release(p, o) for h in owners_of(o, actors)]
            targets = [t for t in resolve_heads(owners, actors, False)
                       if t.actor_id not in source_ids]
        if not targets and sources and p.kind == "verb" and self.root_is(p.cameo, "rejecting"):
            # "rechazó las acusaciones, fabricadas al dictado de Washington": a definite act noun answers who did that
            # act; else "rejected a call for its peacekeepers to be deployed in East Timor", "refused to allow U.S.
            # troops to use its bases": what is rejected, or the act refused, concerns the first state or place it names
            refused = args.objects_of(tok) + [c for c in tok.children if c.dep_ == "xcomp"]
            targets = self._demanders(tok, sources, actors) \
                or self._author_of_the_act(tok, sources[0], context, p.target.preps) \
                or _first_named(_words_of(refused), sources, actors, True)
        if not targets and sources and p.kind == "verb" and self.root_is(p.cameo, "promising") \
                and not (p.symmetric and len(sources) > 1):
            # "agreed to reopen its border with Eritrea", "pledged to back Turkey's bid": what is promised concerns the
            # first state or organisation the promised act names (two sides that agree agree with each other)
            targets = _first_named(_words_of([c for c in tok.children if c.dep_ == "xcomp"]), sources, actors)
        if sources and p.kind == "verb" and self.root_is(p.cameo, "conditional") and all(
                same_actor(t, sources[0], actors.local_offices) for t in targets):
            # "threatened to ban voting if Hamas ran": a conditional threat is aimed at whoever the condition names,
            # also when it tells the speaker's own country's act ("advirtió que Ecuador podría revisar las tarifas si
            # Colombia insiste")
            heads = args.expand_conj([s for c in tok.subtree if c.dep_ == "advcl" and self._conditional(c)
                                      for s in syntax.subjects(c)])  # "if Washington and Seoul went ahead": both
            targets = [t for t in resolve_heads(heads, actors, False)
                       if t.actor_id not in source_ids] or targets
        if not targets and sources and self.root_is(p.cameo, "addressed") and self._protesting(tok):
            targets = self._authorities(sources[0], actors, context)
        if not targets and sources and self.root_is(p.cameo, "addressed") and sources[0].role in _SOCIETY_ROLES \
                and (sources[0].country_code in actors.lexicon.states or sources[0].country_code is None):
            # "los mineros reclaman el pago de deudas", "los educadores exigen un incremento": a sector's demand that
            # names no one is made to its own country's authorities, of no known country when the sector has none
            targets = [_government(sources[0].country_code, actors)]
        if not targets and sources and not p.clause_cue and not (p.symmetric and len(sources) > 1):
            # "La UE aprobó su primer paquete de sanciones"; not two sides that fought or met: each is the other's
            previous = context.previous_target(p.cameo, sources[0])
            if previous is not None:
                targets = [previous]
        if not targets and p.target.fallback == "inviter" and context.last_inviter is not None:
            targets = [context.last_inviter]
        if not targets and p.target.fallback == "accuser" and sources:  # a denial answers the latest accusation
            accuser = context.author_of(self.told_by.get("accusation_nouns", frozenset()), sources[0])
            targets = [accuser] if accuser is not None else []
            if not targets and context.last_victim is not None and not same_actor(context.last_victim, sources[0]) \
                    and self._denies_violence(tok):
                # none told: the denial of an armed act answers the side it was aimed at ("el ELN negó haber atacado a
                # la población civil", "Hezbollah denied any involvement" in the rocket that killed twelve children)
                targets = [context.last_victim]
            if not targets and self._denies_violence(tok):
                # nor an armed act: the denial answers whom the denied act was aimed at, as it names them ("negó
                # cualquier participación en el secuestro de un comerciante")
                targets = _first_other(_words_of(args.objects_of(tok)), sources, actors)
        if not targets and p.target.fallback == "last_aggressor" and context.last_aggressor is not None \
                and not (sources and same_actor(context.last_aggressor, sources[0])):  # not its own side's show of force
            # "condenó lo que consideró una provocación": the free relative is parsed as a clause, not an object
            objects = args.objects_of(tok) + [c for c in tok.children if c.dep_ == "ccomp"] if p.kind == "verb" else []
            if any(self.cues.has(t, "violence") for o in objects for t in o.subtree):
                targets = [context.last_aggressor]
        if not targets and p.target.fallback == "last_aggressor" and sources and p.kind == "verb":
            # "calificó la decisión de «inaceptable» y exigió a Tanzania que…": a condemnation or an accusation that
            # names no one is aimed at the foreign side the act joined to it addresses
            addressed = [t for c in tok.conjuncts if c.pos_ == "VERB"
                         for h in args.objects_of(c) + args.prep_heads(c, tuple(self.cues("to_preps")))
                         for t in sorted(h.subtree, key=lambda x: x.i)]
            targets = _first_named(addressed, sources, actors)
        if not targets and p.target.fallback == "victim" and sources:
            # "se atribuyó el ataque contra una patrulla de la Policía": whom the act it claims was aimed at, as the
            # claim names it, else the victims of the article's latest armed act ("claimed responsibility for the
            # attack")
            claimed = args.objects_of(tok) + args.prep_heads(tok, tuple(self.cues("claim_preps")))
            targets = _first_other(_words_of(claimed), sources, actors) \
                or ([context.last_victim] if context.last_victim is not None else [])
        if not targets and p.target.fallback == "aggressor" and sources:  # "would respond": to whoever acted last
            targets = self._answered(sources[0], context)  # against its side, else attacked last (not its own side)
        if not targets and sources and p.kind == "verb":
            targets = self._author_of_the_act(tok, sources[0], context, p.target.preps)
        if not targets and sources and p.cameo[:2] in _RESPONSES:
            targets = self._provoked_by(tok, sources, actors)
        if not targets and p.target.fallback == "authorities" and sources:
            targets = self.protested(tok, sources, actors, context)
        if not targets and p.target.fallback == "own_government" and sources and sources[0].role \
                and sources[0].role not in EXECUTIVE_ROLES and sources[0].country_code in actors.lexicon.states:
            # "los gremios advirtieron de que volverán a parar", "Chérizier amenazó con llevar la guerra a Pétion-Ville":
            # a union, a gang or a party that threatens no one named threatens its country's government
            targets = [_government(sources[0].country_code, actors)]
        if not targets and p.target.fallback == "protesters" and sources:
            # "desbloquearon la vía", "dispersed with tear gas": force used on a protest no phrase names is used on
            # whoever protested last in the article, else on the country's people
            targets = [force.marchers(tok, sources[0].country_code, actors, context, other_than=sources[0])]
        return targets

    def protested(self, tok: Token, sources: list[ActorRef], actors: ArticleActors,
                  context: SentenceContext) -> list[ActorRef]:
        """Whom a protest naming no target is against: a foreign side its "against" phrase or the clause of what it
        is for names ("rallied against a deal that would give Ethiopia access to the sea", "blocked a road to show
        their disapproval of the United States' policies"), else a foreign mission where it is held, else the
        authorities where it happens."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else (args.governor_of_noun(tok) or tok)
        against = [t for n in {tok, verb} for h in args.prep_heads(n, tuple(self.cues("against_preps")))
                   for t in sorted(h.subtree, key=lambda x: x.i)]
        aims = against + [t for c in verb.children if c.dep_ in ("advcl", "xcomp") for t in c.subtree]
        # "se manifestaron frente a la Embajada de Israel": a foreign mission where it is held (not the protesters'
        # own ministry: "protestaron frente a la Cancillería para denunciar la matanza de ballenas por buques japoneses")
        named = _first_named(aims, sources, actors)
        if not named:
            venue = [t for n in {tok, verb} for h in args.prep_heads(n, tuple(self.cues("venue_preps")))
                     for t in sorted(h.subtree, key=lambda x: x.i)]
            named = _first_named(venue, sources, actors)
        return named or self._authorities(sources[0], actors, context)

    def _denies_violence(self, tok: Token) -> bool:
        """What a denial denies is an armed act or a part in one (cue classes violence and denied_violence): "negó
        haber atacado", "denied any involvement", not "negó que el operativo guardara relación con la visita"."""
        said = [c for c in tok.children if c.dep_ in ("obj", "dobj", "ccomp", "xcomp")]
        return any(self.cues.has(t, "violence") or self.cues.has(t, "denied_violence") for c in said for t in c.subtree)

    def _answered(self, source: ActorRef, context: SentenceContext) -> list[ActorRef]:
        """Whom a response announced with no target answers: the doer of the latest hostile act (CAMEO 10-20) the
        article told against the source's country ("Poland expelled three Russian diplomats... Moscow would respond"),
        else its latest aggressor, when not of the source's country."""
        own = source.country_code
        for code, doer, target in reversed(context.history):
            if code[:2] >= "10" and target.country_code == own and doer.country_code not in (None, own):
                return [doer]
        aggressor = context.last_aggressor
        if aggressor is not None and aggressor.country_code not in (None, own):
            return [aggressor]
        # at home, the other side of a civil conflict: "Las FAR atacaron El Fasher… al Burhan prometió vengar a sus
        # habitantes" (the state against an armed group of its country, or the group against the state)
        for code, doer, target in reversed(context.history):
            if code[:2] >= "10" and doer.country_code == own and target.country_code == own \
                    and doer.kind != "unidentified" and _of_the_state(doer) != _of_the_state(source):
                return [doer]
        return []

    def _demanders(self, tok: Token, sources: list[ActorRef], actors: ArticleActors) -> list[ActorRef]:
        """"descartó convocar un nuevo proceso constituyente, como exigen los estudiantes", "pese a las exigencias de
        Kiev", "despite demands from Kyiv": a rejection is aimed at whoever the sentence says asked for what is
        rejected — the subject of a clause of asking, offering or submitting under the verb or its object ("la
        operación que propuso Estados Unidos", "el borrador que le presentó el Gobierno"), or the genitive of a demand
        noun in one of its phrases."""
        refused = [c for c in tok.children if c.dep_ == "xcomp"]  # "declinó sumarse a la operación que…"
        nouns = [h for v in [tok, *refused] for c in v.children if c.dep_ in ("obl", "nmod", "prep", "advcl")
                 for h in (c, *c.children) if h.pos_ == "NOUN" and self.cues.has(h, "demand_nouns")]
        heads = [d for n in nouns for d in args.genitive_heads(n) + args.prep_heads(n, self.cues("from_preps"))]
        objects = [o for v in [tok, *refused] for o in args.objects_of(v)]
        clauses = [c for c in tok.children if c.dep_ == "advcl"]  # "como exigen los estudiantes"
        clauses += [c for o in objects for c in o.subtree
                    if c.dep_ in ("acl", "relcl") and not args.in_clause(c.head, o)]
        clauses = [c for c in clauses if any(self.cues.has(c, k) for k in _ASKING)]  # the relative may hang on a
        # word of the object's phrase: "el borrador de acuerdo sobre sustitución de cultivos que le presentó…"
        heads += [s for c in clauses for s in (args.agent_heads(c) if syntax.is_passive(c) else syntax.subjects(c))
                  if not syntax.is_relative_pronoun(s)]
        found = resolve_heads(args.expand_conj(heads), actors, False)
        return [t for t in found if not any(same_actor(s, t) for s in sources)][:1]

    def _author_of_the_act(self, tok: Token, source: ActorRef, context: SentenceContext,
                           preps: tuple[str, ...] = ()) -> list[ActorRef]:
        """"condemned the arrests", "rejected the accusations": a definite noun for an act the article told before
        (cameo_root_policy.csv's act_nouns), or one a free relative names ("opposes what it called illegal
        sanctions"), is aimed at whoever did the latest such act, not the source's side; so is one the object's
        phrase of the pattern's target prepositions names ("opened an investigation into the attack")."""
        objects = args.objects_of(tok)
        named = [o for o in objects + [h for n in [tok, *objects] for h in args.prep_heads(n, preps)]
                 if any(self.cues.has(c, "definite") for c in o.children)]
        # "demanded the lifting of the sanctions", "exigió el levantamiento de las sanciones": what is to end
        named += [g for o in named for g in args.genitive_heads(o) if g.pos_ == "NOUN"]
        for o in named + args.named_by_free_relative(tok):
            for cls, role, roots in self._act_nouns:
                author = context.author_of(roots, source, role=role or None) if self.cues.has(o, cls) else None
                if author is not None:
                    return [author]
        return []

    def asks_release(self, p: Pattern, noun: Token) -> bool:
        """A demand or appeal for a release ("exigió la liberación de los pescadores"): asked of whoever holds the
        people (`_captor`), not of the people it would free."""
        return self.root_is(p.cameo, "addressed") and self.cues.has(noun, "release_nouns")

    def _captor(self, p: Pattern, tok: Token, source: ActorRef, context: SentenceContext) -> list[ActorRef]:
        """"La FLIP exigió su liberación inmediata", "demanded the release of the detainees": a release asked for is
        asked of whoever last held or seized someone (CAMEO 17, 18) in the article, not the source's side."""
        asked = args.objects_of(tok) + [g for c in tok.children if c.dep_ in ("prep", "obl") for g in (c, *c.children)]
        if not any(self.asks_release(p, o) for o in asked):  # "demanded the release", "called for the release"
            return []
        return self.captor_of(source, context)

    @staticmethod
    def captor_of(freed: ActorRef, context: SentenceContext) -> list[ActorRef]:
        """Who freed people a passive names without its agent: whoever last held or seized someone (CAMEO 17, 18) in
        the article, not the freed people's own side."""
        captor = context.author_of(_CAPTURES, freed)
        return [captor] if captor is not None else []

    def _provoked_by(self, tok: Token, sources: list[ActorRef], actors: ArticleActors) -> list[ActorRef]:
        """"Japan lodged a strong protest after Chinese coast guard ships entered its waters", "después de que buques
        chinos entraran": a response is aimed at the foreign side whose act the clause after it tells."""
        verb = tok if tok.pos_ in ("VERB", "AUX") else args.governor_of_noun(tok)
        if verb is None:
            return []
        clauses = [c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and self.cues.has(m, "after") for m in c.children)]
        clauses += [c for a in verb.children if a.dep_ == "advmod" and self.cues.has(a, "after")
                    for c in a.children if c.dep_ == "advcl"]  # "después de que entraran"
        heads = args.expand_conj([s for c in clauses for s in syntax.subjects(c)])
        own = {s.country_code for s in sources}
        return [t for t in resolve_heads(heads, actors, False)
                if t.country_code and t.country_code not in own][:1]

    def _conditional(self, clause: Token) -> bool:
        return any(c.dep_ == "mark" and self.cues.has(c, "condition") for c in clause.children)

    def _protesting(self, tok: Token) -> bool:
        """"marcharon para exigir", "desfilaron exigiendo", "went on strike to demand": a demand or appeal made by
        protesting is made to whom the protest is against."""
        return tok.dep_ in ("advcl", "xcomp", "acl") and tok.head != tok and self.cues.has(tok.head, "protest_acts")

    def _authorities(self, source: ActorRef, actors: ArticleActors, context: SentenceContext) -> list[ActorRef]:
        """Whom a protest with no named target is against: the government of the country where it takes place
        (a place of the sentence, else the protesters' own), unless the protesters are its executive (its police do not
        protest against it: "la policía lanzó gases" is repression, whatever the dictionary's riot code)."""
        country = next((p.country_code for p in context.places), None) or source.country_code
        if not country or country not in actors.lexicon.states or (source.country_code == country
                                                                    and (source.role or "GOV") in EXECUTIVE_ROLES):
            return []
        return [_government(country, actors)]

    def _parties(self, tok: Token, mediator: ActorRef, actors: ArticleActors, context: SentenceContext) -> list[ActorRef]:
        """A mediator's sides when no "entre"/"between" names them: the two other states of the sentence (the deal it
        brokered), else the two sides of the article's latest dyad."""
        sent = tok.sent
        named = [a for a in actors.countries_in(sent.start, sent.end) if a.country_code != mediator.country_code]
        if len(named) >= 2:
            return named[:2]
        pair = [a for a in context.last_pair() if a.country_code != mediator.country_code]
        return pair if len(pair) == 2 else []


def _words_of(heads: list[Token]) -> list[Token]:
    """The words of the phrases `heads` head, once each, in text order: where a rejected, promised, claimed or denied
    act names whom it concerns."""
    return sorted({t for h in heads for t in h.subtree}, key=lambda t: t.i)


def _first_actor(tokens: list[Token], actors: ArticleActors, keep: Callable[[ActorRef], bool],
                 allow_place: bool = False) -> list[ActorRef]:
    """The first actor named among `tokens` (in text order) that `keep` accepts; with `allow_place`, a place too."""
    for t in tokens:
        if t.pos_ in ("NOUN", "PROPN") and (actors.names_an_actor(t) or allow_place and t.pos_ == "PROPN"):
            ref = actors.actor_at(t, allow_place=allow_place)
            if ref is not None and keep(ref):
                return [ref]
    return []


def _first_named(tokens: list[Token], sources: list[ActorRef], actors: ArticleActors,
                 allow_place: bool = False) -> list[ActorRef]:
    """The first actor named among `tokens` that is not a source nor of a source's country: a state, an organisation
    or a person, and with `allow_place` a place; a sector of no named country names no one."""
    own = {s.actor_id for s in sources} | {s.country_code for s in sources}
    return _first_actor(tokens, actors, lambda r: r.kind != "sector" and not {r.actor_id, r.country_code} & own,
                        allow_place)


def _first_other(tokens: list[Token], sources: list[ActorRef], actors: ArticleActors) -> list[ActorRef]:
    """The first actor named among `tokens` that is not a source: of any kind and country (the police an armed group
    of their country attacked)."""
    return _first_actor(tokens, actors, lambda r: not any(same_actor(r, s, actors.local_offices) for s in sources))


def _government(country: str | None, actors: ArticleActors) -> ActorRef:
    """The government of `country` (a state the lexicon knows, or none: a government of no known country): whom a
    protest or a demand naming no one addresses."""
    if country is None:
        return ActorRef("GOV", actors.lexicon.roles.get("GOV", "GOV"), None, "GOV", kind="sector")
    return ActorRef(country, actors.lexicon.states[country], country, "GOV", kind="state")


def _of_the_state(actor: ActorRef) -> bool:
    """The side is the state's (its government, forces, courts or legislature), not a group of its country."""
    return (actor.role or "GOV") in _STATE_ROLES


def _protected(target: ActorRef, source: ActorRef) -> bool:
    """A side of the source's own country other than an armed group: whom a response defends, not whom it answers."""
    return target.country_code is not None and target.country_code == source.country_code \
        and target.role not in ARMED_GROUP_ROLES
