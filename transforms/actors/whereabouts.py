"""Where an article's actors are: the country a sector belongs to when the text gives it none, and the article's
own country.

"la policía" in a story from Cali is Colombia's police (`local`, the article's `home_country`); protesters in Niamey
are Nigerien in a story datelined Abuja (`where`, the one country a sentence places its act in); "los militares que
tomaron el poder en Níger" are Niger's (`_located`); "the gendarmes" are the "five Ivorian gendarmes" the article
named before (`_named_before`); "Soldiers entered the village" are the "Israeli troops" of the sentence before
(`forces_named_before`); the government the Spanish opposition attacks is Spain's (`_opposed_government`);
"Israel llamó a consultas a sus embajadores" are Israel's (`_possessor_country`). `ArticleActors` has these through
this mixin: they read its spans (`by_token`) and resolve other phrases with its `actor_at`.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from transforms.actors import lexicon as lx
from transforms.actors.phrase import SECTOR_DEPTH, Found, country_of, phrase_tokens
from transforms.nlp.components import PLACE_KIND
from transforms.records import ActorRef


class Whereabouts:
    """The country half of `ArticleActors` (see the module's docstring)."""

    def _possessor_country(self, head: Token) -> str | None:
        """"Israel respondió llamando a consultas a sus embajadores", "the army withdrew its troops": a sector with a
        possessive is its clause's subject's (climbing to the clause a gerund or infinitive completes, or that reports
        it: "Russia's Defence Ministry said its forces had carried out a strike")."""
        if self._possessing or not any(c.pos_ in ("DET", "PRON") and (c.dep_ == "poss" or "Yes" in c.morph.get("Poss"))
                                       for c in head.children):
            return None
        verb = head.head
        for _ in range(4):
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and c != head]
            if subjects:
                ref = self._subject_actor(subjects[0])
                return ref.country_code if ref is not None else None
            if verb.head == verb and head.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
                return self._previous_subject_country(head)
            if verb.dep_ not in ("xcomp", "advcl", "conj", "acl", "ccomp") or verb.head == verb:
                return None
            verb = verb.head
        return None

    def _previous_subject_country(self, head: Token) -> str | None:
        """"El ejército sudanés negó… Su portavoz aseguró…": a subject whose possessive the sentence does not answer
        is of the previous sentence's subject."""
        start = head.sent.start
        if start == 0:
            return None
        root = self.doc[start - 1].sent.root
        subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
        ref = self._subject_actor(subjects[0]) if subjects else None
        return ref.country_code if ref is not None else None

    def _reporting_state(self, head: Token) -> str | None:
        """"Pakistan's military said 26 civilians were killed": a state's side reporting civilians' harm in a clause
        that names no place reports its own country's civilians (not the dateline's: the story is from New Delhi)."""
        if self._possessing:
            return None
        ref = self.reporter(head.head)
        return ref.country_code if ref is not None and ref.kind == "state" \
            and ref.country_code in self.lexicon.states else None

    def reporter(self, verb: Token) -> ActorRef | None:
        """The side whose words the clause of `verb` (or of its first conjunct) reports: the subject of the verb of
        saying it completes ("Authorities said about 20 suspects had been arrested")."""
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
        if verb.dep_ != "ccomp" or not self.cues.has(verb.head, "saying"):
            return None
        subjects = (c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"))
        return next((ref for ref in map(self._subject_actor, subjects) if ref is not None), None)

    def _subject_actor(self, subject: Token) -> ActorRef | None:
        """The actor a clause's subject names, its own possessives and reported clauses not followed further."""
        self._possessing = True
        try:
            return self.actor_at(subject)
        finally:
            self._possessing = False

    def _opposed_government(self, head: Token, role: str) -> str | None:
        """"el Partido Popular, cuya portavoz ha acusado al Gobierno…", in a story from Nouakchott: the government an
        opposition party takes on with no country named is its own country's, not the dateline's."""
        if role != "GOV" or self.home_country is None or self._opposing:
            return None  # (before the article's country is known, acronyms are being learnt: no clause to read)
        verb = head.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        for subject in (c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass") and c != head):
            self._opposing = True  # the subject's own phrase is not followed further
            try:
                ref = self.actor_at(subject)
            finally:
                self._opposing = False
            if ref is not None and ref.role == "OPP" and ref.country_code in self.lexicon.states:
                return ref.country_code
        return None

    def _named_before(self, head: Token) -> str | None:
        """"five Ivorian gendarmes … Burkinabe forces arrested the gendarmes": a sector named with the definite
        article and no country of its own is the one an earlier phrase of the article named by the same word with its
        country (not the dateline's: the story is from Lomé)."""
        if not any(c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in head.children):
            return None
        lemma = head.lemma_.lower()
        for tok in reversed(head.doc[:head.i]):
            if tok.lemma_.lower() == lemma and tok.pos_ == head.pos_:
                country = country_of([f for f in self._found(tok) if f.depth <= SECTOR_DEPTH], self.locative)
                if country is not None:
                    return country
        return None

    def forces_named_before(self, head: Token, role: str) -> str | None:
        """"Israeli troops killed four Syrians during a raid… Soldiers entered the village and detained seven men": forces
        with no country of their own are those of the same role the sentence before named with their country (the
        story is from Quneitra, the soldiers are Israel's). Not forces named earlier in the same sentence: "Venezuelan
        soldiers opened fire on a patrol, wounding two soldiers" are two sides."""
        if role not in _FORCES_ROLES or head.sent.start == 0:
            return None
        before = head.doc[head.sent.start - 1].sent
        for tok in reversed(before):
            hit = self.by_token.get(tok.i)
            if hit is None or hit[1] != lx.AGENT or hit[0].start != tok.i or not any(e.role == role for e in hit[2]):
                continue
            country = country_of([f for f in self._found(hit[0].root) if f.depth <= SECTOR_DEPTH], self.locative)
            if country is not None:
                return country
        return None

    def where(self, head: Token) -> str | None:
        """The one country the clause of `head` places its act in: its capitals and places and a state in a locative
        phrase ("en Níger"), else a demonym in one ("en la capital nigerina"; not "in Tel Aviv in the Palestinian
        uprising"). Protesters in Niamey are Nigerien in a story datelined Abuja. A reported clause is its own
        ("officials said fire killed three civilians, hours before talks in Istanbul": not Turkey's civilians)."""
        clause = _clause_of(head)
        key = (head.sent.start, clause.i)
        if key in self._where:
            return self._where[key]
        start, end = clause.left_edge.i, clause.right_edge.i + 1
        countries = {ref.country_code for ref in self.place_actors(start, end)}
        adjectives: set[str] = set()  # "en la capital nigerina": only where the sentence names no place itself
        for i in range(start, end):
            hit = self.by_token.get(i)
            if hit is not None and hit[1] in (lx.STATE, lx.DEMONYM) and hit[0].start == i \
                    and _locative(hit[0].root, self.locative) and self._border_named(hit[0].root) is None:
                (countries if hit[1] == lx.STATE else adjectives).update(e.country for e in hit[2] if e.country)
        countries = countries or adjectives
        found = self._where[key] = next(iter(countries)) if len(countries) == 1 else None
        return found

    def beyond_a_border(self, found: Found, head: Token) -> bool:
        """The state or demonym found names whose border a place in the phrase of `head` is near ("a ceremony near
        the Sudanese border"), not the phrase's own country. A phrase that is the border ("sent troops to the Kuwaiti
        border") is aimed at it."""
        border = self._border_named(found.span.root)
        return found.kind in (lx.STATE, lx.DEMONYM) and border is not None and border != head

    def _border_named(self, tok: Token) -> Token | None:
        """The border a state or demonym says whose it is ("near the Sudanese border", "cerca de la frontera con
        Sudán"; cue class `borders`): the act happens on this side of it. Not a border's people ("Sudanese border
        guards")."""
        head = tok.head.head if tok.head.pos_ == "ADP" else tok.head
        return head if self.cues.has(head, "borders") and head.dep_ != "compound" else None

    def _conjunct_country(self, head: Token) -> str | None:
        """"las autoridades norcoreanas y los soldados": a conjunct shares the first one's country."""
        if head.dep_ != "conj" or head.head == head:
            return None
        first = head.head
        return country_of([f for f in self._found(first)
                           if f.depth <= SECTOR_DEPTH and not head.left_edge.i <= f.span.start <= head.right_edge.i],
                          self.locative)

    def local(self, tok: Token) -> str | None:
        """The country of people who act where the sentence happens: its one country, else the article's."""
        return self.where(tok) or self.home_country

    def _located(self, head: Token) -> str | None:
        """The country a phrase places its sector in: "los militares que tomaron el poder en Níger" are Niger's. In a
        clause of the phrase only a place where something happens counts ("los soldados que lucharon por la
        liberación de Rusia" are not Russia's)."""
        own = {t.i for t in phrase_tokens(head)}
        for tok in head.subtree:
            hit = self.by_token.get(tok.i)
            if hit is not None and hit[1] in (lx.STATE, lx.CAPITAL, PLACE_KIND) and tok.i == hit[0].start \
                    and (tok.i in own or _locative(hit[0].root, self.locative)):
                if hit[1] == PLACE_KIND:
                    place = self.place_of(hit[0])
                    country = place.country_code if place is not None else None
                else:
                    country = next((e.country for e in hit[2] if e.country), None)
                if country in self.lexicon.states:
                    return country
        return None

    def _place_country(self, found: list[Found]) -> str | None:
        for f in found:
            if f.kind == PLACE_KIND:
                place = self.place_of(f.span)
                if place is not None:
                    return place.country_code
        return None

    def _gazetteer(self):
        from transforms.actors.registry import places_for  # the gazetteer is loaded once per process

        return places_for(self.lexicon.seeds_dir) if self.lexicon.seeds_dir else None

    def place_of(self, span: Span):
        """The place a name stands for: in the article's country when it has one there ("Santander" in a
        Colombian story), else the best known unless a small town abroad (`Gazetteer.lookup_from`); the short form of
        a place the article named in full is that place ("Santiago" after "Santiago de Cuba")."""
        gazetteer = self._gazetteer()
        if gazetteer is None:
            return None
        name = self.full_place_names.get(span.start, span.text)  # "Santiago" after "Santiago de Cuba"
        if not self.home_country:
            return gazetteer.lookup(name)
        place = gazetteer.lookup_from(name, self.home_country)
        if place is None:  # a small town abroad is taken where its sentence names its country ("the Afghan town
            # of Spin Boldak")
            best = gazetteer.lookup(name)
            named = {a.country_code for a in self.countries_in(span.sent.start, span.sent.end)}
            place = best if best is not None and best.country_code in named else None
        return place

    def countries_in(self, start: int, end: int) -> list[ActorRef]:
        """The states named (by name, capital or demonym) between token indexes [start, end), in order, once each."""
        out: list[ActorRef] = []
        for i in range(start, end):
            hit = self.by_token.get(i)
            if hit is None or hit[0].start != i or hit[1] not in (lx.STATE, lx.CAPITAL, lx.DEMONYM):
                continue
            country = next((e.country for e in hit[2] if e.country), None)
            if country and all(o.country_code != country for o in out):
                out.append(ActorRef(country, self.lexicon.states.get(country, country), country, None, kind="state",
                                    matched_text=hit[0].text))
        return out

    def country_votes(self) -> list[tuple[str, float]]:
        """(country, weight) for every state, capital, demonym, national organisation and place the article names,
        in text order: a name of one country weighs 1, a place name several countries share splits its weight
        (the first named wins a tie, see `coding.document.home_country`)."""
        out: list[tuple[str, float]] = []
        spans = sorted({s.start: (s, k, e) for s, k, e in self.by_token.values()}.values(), key=lambda x: x[0].start)
        gazetteer = self._gazetteer()
        for span, kind, entries in spans:
            if lx.shared_name(kind, entries):
                continue  # "the Democratic Party" says nothing of the story's country: many countries have one
            if kind in (lx.STATE, lx.CAPITAL, lx.DEMONYM, lx.INSTITUTION, lx.ORGANISATION):
                countries = [next((e.country for e in entries if e.country), None)]
            elif kind == PLACE_KIND and gazetteer is not None:
                countries = gazetteer.countries_of(span.text, self.lang)  # equal namesakes: the language's first
            else:
                continue
            countries = [c for c in countries if c in self.lexicon.states]
            out.extend((c, 1 / len(countries)) for c in countries)
        return out


# Sectors that act abroad as often as at home ("the leaders last met in Bali", "soldiers deployed in Mali"): where the
# sentence happens says nothing of their country. Police, protesters, unions, civilians act where they live.
TRAVELLING_ROLES = frozenset({"GOV", "LEG", "MIL", "SPY", "IGO", "NGO", "MED"})
# The executive and its forces (government, military, police, intelligence) act for the authorities, not against them
# in protest; a legislator or a judge may protest against the government ("a member of parliament started a hunger
# strike to protest President Assad's failure...").
EXECUTIVE_ROLES = frozenset({"GOV", "MIL", "COP", "SPY"})
_FORCES_ROLES = frozenset({"MIL", "COP"})


def _clause_of(tok: Token) -> Token:
    """The head of the reported clause (or the sentence) `tok` stands in, or of a relative clause with a subject of
    its own, which tells its own act ("over the attack, in which protesters hurled stones at the visa centre in
    Chattogram": not in the New Delhi of the clause around it)."""
    cur = tok
    while cur.dep_ not in ("ccomp", "ROOT") and cur.head != cur:
        if cur.dep_ == "relcl" and cur is not tok and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") for c in cur.children):
            break
        cur = cur.head
    return cur


def _locative(tok: Token, preps: frozenset[str]) -> bool:
    """The word modifies a noun introduced by "en"/"in" ("en la capital nigerina", "in the Iraqi capital")."""
    noun = tok.head if tok.dep_ in ("amod", "compound") else tok
    if noun is not tok and any(c.dep_ == "poss" for c in noun.children):
        return False  # "over his French nationality" is no place, "in its capital" names no country by its adjective
    return any(c.dep_ in ("case", "prep") and c.lower_ in preps for c in noun.children) or (
        noun.head.dep_ == "prep" and noun.head.lower_ in preps)
