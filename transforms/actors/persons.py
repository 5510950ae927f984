"""The persons of an article: who a name, a surname or a title stands for.

Full names first, so that a later "Kim" or "Lavrov" is the "Kim Jong Un" or "Sergei Lavrov" the article introduced;
a known person is the dictionaries' (their office on the article's date; a former official once every office they
held has ended); an unknown one takes the country and role their phrase gives ("el presidente ruso, X"); "both" and
"los dos mandatarios" are the two protagonists of different countries. `ArticleActors` has these through this mixin:
they read its spans (`by_token`), its person memory and its phrases (`_found`).
"""
from __future__ import annotations

import datetime as dt

from spacy.attrs import IS_TITLE
from spacy.tokens import Span

from transforms.actors import lexicon as lx
from transforms.actors.names import display_name
from transforms.actors.phrase import SECTOR_DEPTH, Found, country_of, role_of, title_of, with_text
from transforms.nlp.components import PLACE_KIND
from transforms.records import ActorRef

# Sides a phrase may give a known person against the dictionaries' office ("opposition leader X", "union leader X")
SIDES_OUT_OF_OFFICE = frozenset({"OPP", "LAB", "REB", "INS", "EDU", "NGO", "CVL"})
# offices a government gives one person at a time, by portfolio: a famous name said to hold one he never held is
# someone else ("el presidente", "the leader" may be said of a head of state or government either way)
PORTFOLIO_TITLES = frozenset({"foreign minister", "defence minister", "interior minister", "security minister",
                              "labour minister", "transport minister", "justice minister", "health minister",
                              "education minister", "attorney general", "chief of staff"})
FORMER_ROLE = "ELI"  # CAMEO's elites: the dictionaries code former heads of state and ministers so
RESPECTIVE_REACH = 8  # words between a list of states and the list of names it titles ("de España y Marruecos, X y Y")
_NATIONS = (lx.STATE, lx.DEMONYM)
_AND = frozenset({"y", "e", "and"})


class ArticlePersons:
    """The persons half of `ArticleActors` (see the module's docstring)."""

    def _learn_persons(self) -> None:
        """Persons in order of appearance; full names teach the memory their parts."""
        seen: set[int] = set()
        persons = sorted({id(s): s for s, k, _ in self.by_token.values() if k == lx.PERSON}.values(), key=lambda s: s.start)
        # Longer names first, so a surname before the full name still resolves.
        for span in sorted(persons, key=lambda s: -len(s)):
            if span.start in seen:
                continue
            seen.add(span.start)
            if len(span) == 1 and self.memory.recall(span.text) is not None:
                continue  # the surname of someone the article named in full ("Betssy Chávez… Chávez"): theirs
            ref = self._person_from_span(span, learn=True)
            if ref is not None:
                self.memory.learn(span.text, ref)

    def _learn_namesakes(self) -> None:
        """Once the article's country is known: a famous name said to hold an office of it he never held is the
        story's own namesake (`_person_from_span` reads him so), and so is his surname after ("El ministro de
        Defensa, Pedro Sánchez… Sánchez")."""
        persons = {id(s): s for s, k, _ in self.by_token.values() if k == lx.PERSON and len(s) > 1}.values()
        for span in sorted(persons, key=lambda s: s.start):
            famous = next((e.actor_id for e in self.by_token[span.start][2]
                           if e.kind == lx.PERSON and e.actor_id in self.lexicon.persons), None)
            ref = self._person_from_span(span) if famous is not None else None
            if ref is not None and ref.actor_id != famous:
                self.memory.replace(famous, span.text, ref)

    def _claim_known_surnames(self) -> None:
        """A capitalised word the model missed ("Choe llegó...") that names one person of the article."""
        titled = self.doc.to_array([IS_TITLE])  # read once as an array: most words are not capitalised
        for i in titled.nonzero()[0].tolist():
            tok = self.doc[i]
            if i in self.by_token or tok.pos_ not in ("PROPN", "NOUN", "X"):
                continue
            if i > 0 and titled[i - 1] and i - 1 not in self.by_token and not self.doc[i - 1].is_sent_start:
                continue  # part of a longer unknown name
            if self.memory.recall(tok.text) is not None:
                self._claim(self.doc[i: i + 1], lx.PERSON, ())

    def _person_from_span(self, span: Span, learn: bool = False) -> ActorRef | None:
        _, _, entries = self.by_token.get(span.start, (span, lx.PERSON, ()))
        person_entries = [e for e in entries if e.kind == lx.PERSON and e.actor_id in self.lexicon.persons]
        if person_entries and len(span) == 1 and not learn:
            # "la ex primera ministra Betssy Chávez… Chávez acusó": a surname alone is the article's own person named
            # in full before it, not the famous namesake the dictionaries know (Hugo Chávez)
            remembered = self.memory.recall(span.text)
            if remembered is not None and remembered.actor_id != person_entries[0].actor_id:
                return self._at_home(with_text(remembered, span.text), span)
        if person_entries:
            known = self._known_person(self.lexicon.persons[person_entries[0].actor_id], span.text)
            titled = self._title_country(span)  # most known names have no demonym of their own: no more to read
            country, role = self._context_country(span) if titled not in (None, known.country_code) else (None, None)
            if country == titled and role and known.country_code:
                # "el ministro de Defensa colombiano, Pedro Sánchez": a namesake of Spain's prime minister
                return self._namesake(span, known, country, role)
            if titled is None and self._holds_another_office(span, self.lexicon.persons[person_entries[0].actor_id],
                                                              known):
                # "El ministro de Defensa, Pedro Sánchez" in a story from Bogotá: an office the famous one never
                # held, in a country not his: the story's own namesake
                return self._namesake(span, known, self.home_country, role_of(self._phrase(span)))
            return self._as_titled(known, span)
        if self._portfolio(span):
            return None
        if not learn:
            remembered = self.memory.recall(span.text)
            if remembered is not None:
                return self._at_home(with_text(remembered, span.text), span)
        country, role = self._context_country(span)
        country = self._respective_country(span) or country
        name = display_name(span.text)
        if not name:
            return None
        remembered = self.memory.recall(span.text)
        if remembered is not None and (country is None or remembered.country_code == country):
            return with_text(remembered, span.text)
        if role in (None, "GOV") and self._leads_unknown_body(span):
            role = "OPP"
        return self._at_home(ActorRef(f"person:{'-'.join(name.lower().split())}", name, country,
                                      role or ("GOV" if country else None), kind="person", matched_text=span.text), span)

    def _respective_country(self, span: Span) -> str | None:
        """"Los ministros de Exteriores de España y Marruecos, José Manuel Albares y Naser Bourita", "Spanish and
        Moroccan foreign ministers X and Y": names listed right after a title of as many states, listed the same way,
        hold it in those states in turn."""
        names = self._listed(span.sent, span.start, (lx.PERSON,))
        if len(names) < 2:
            return None
        start = names[0].start
        window = [i for i in range(max(span.sent.start, start - RESPECTIVE_REACH), start)]
        if any(self.doc[i].pos_ in ("VERB", "AUX") for i in window):
            return None
        states = next((group for i in reversed(window) if (hit := self.by_token.get(i)) and hit[1] in _NATIONS
                       and (group := self._listed(span.sent, hit[0].start, _NATIONS))), [])
        title_words = range(max(span.sent.start, start - 2 * RESPECTIVE_REACH), start)
        titled = any(self.by_token.get(i, (None, None))[1] == lx.AGENT for i in title_words)
        if len(states) != len(names) or not titled:
            return None
        k = next(n for n, s in enumerate(names) if s.start == span.start)
        return next((e.country for e in self.by_token[states[k].start][2] if e.country), None)

    def _listed(self, sent: Span, at: int, kinds: tuple[str, ...]) -> list[Span]:
        """The spans of `kinds` listed with the one at `at` ("A, B y C", "A and B"), in order; [] when it stands alone."""
        spans: dict[int, Span] = {}
        for i in range(sent.start, sent.end):
            hit = self.by_token.get(i)
            if hit is not None and hit[1] in kinds:
                spans.setdefault(hit[0].start, hit[0])
        ordered = sorted(spans.values(), key=lambda s: s.start)
        groups: list[list[Span]] = []
        for s in ordered:
            between = self.doc[groups[-1][-1].end:s.start] if groups else None
            if between is not None and len(between) and all(t.is_punct and t.text == "," or t.lower_ in _AND
                                                           for t in between):
                groups[-1].append(s)
            else:
                groups.append([s])
        group = next((g for g in groups if any(s.start == at for s in g)), [])
        return group if len(group) > 1 else []

    def _leads_unknown_body(self, span: Span) -> bool:
        """"PASOK leader Nikos Androulakis": a title after an acronym the dictionaries do not know is held in that
        body (a party, a movement), not in the state."""
        doc = span.doc
        if span.start < 2:
            return False
        title, body = doc[span.start - 1], doc[span.start - 2]
        return title.pos_ == "NOUN" and title.is_lower and body.text.isupper() and body.is_alpha \
            and len(body.text) >= 2 and body.i not in self.by_token

    def _namesake(self, span: Span, known: ActorRef, country: str, role: str | None) -> ActorRef:
        name = display_name(span.text) or known.name
        return ActorRef(f"person:{'-'.join(name.lower().split())}:{country}", name, country, role or "GOV",
                        kind="person", matched_text=span.text)

    def _holds_another_office(self, span: Span, person: lx.Person, known: ActorRef) -> bool:
        """The person's phrase gives an office the dictionaries know the famous namesake never held, and the story
        is of another country than theirs."""
        if self.home_country is None or known.country_code in (None, self.home_country):
            return False
        held = {r.title for r in person.roles if r.title}
        title = title_of(self._phrase(span))
        return bool(held) and title in PORTFOLIO_TITLES and title not in held

    def _portfolio(self, span: Span) -> bool:
        """"el ministro de Transportes", "Minister of Transport": one unknown capitalised word the model took for a
        name, right after a title and "de"/"of", is the title's office, not a person."""
        i = span.start
        if len(span) != 1 or i < 2 or self.doc[i - 1].lower_ not in ("de", "of"):
            return False
        title = self.by_token.get(i - 2)  # a title, or a former holder's ("exministro"): not "movimiento de Humala"
        return title is not None and title[1] == lx.AGENT and any(e.title or e.role == FORMER_ROLE for e in title[2])

    def _at_home(self, ref: ActorRef, span: Span) -> ActorRef:
        """An unknown person whose title alone gives a role and no country ("Interior Minister Kipchumba Murkomen")
        holds it in the article's country, as a sector does ("the police" in a story from Nairobi), or in the country of
        the place the phrase names ("Borno Governor X"); a title of a body the phrase names ("U.N. spokesman X") is
        that body's."""
        if ref.country_code is not None or ref.role is None or self.home_country is None:
            return ref
        found = self._phrase(span)
        if len(span) == 1 and ref.actor_id in self._office_of:  # "Abdallah": where "Su portavoz, el general Nabil
            # Abdallah" put him
            country = self._office_of[ref.actor_id]
            return ActorRef(ref.actor_id, ref.name, country, ref.role, kind=ref.kind, matched_text=ref.matched_text)
        placed = self._speaking_from(span) or self._possessor_of_title(found)
        if placed is not None and len(span) > 1:
            self._office_of.setdefault(ref.actor_id, placed)
        country = placed or self.home_country
        if any(f.kind == PLACE_KIND for f in found):  # "Borno Governor Babagana Zulum": where he holds office
            country = self._place_country(found)
        if country is None or any(f.kind not in (lx.AGENT, PLACE_KIND) for f in found):
            return ref
        text = ref.matched_text
        if self._local_office(found):  # a governor is a side against the nation's government (`sides.same_actor`)
            text = " ".join([*(f.span.text for f in found if f.kind == lx.AGENT), text])
        return ActorRef(ref.actor_id, ref.name, country, ref.role, kind=ref.kind, matched_text=text)

    def _possessor_of_title(self, found: list[Found]) -> str | None:
        """"Su portavoz, el general Nabil Abdallah": the title's possessor's country (the phrase the title stands in
        apposition to included)."""
        title = next((f.span.root for f in found if f.kind == lx.AGENT), None)
        while title is not None:
            country = self._possessor_country(title)
            if country is not None or title.dep_ != "appos" or title.head == title:
                return country
            title = title.head
        return None

    def _speaking_from(self, span: Span) -> str | None:
        """The country of the capital or state a sentence opens with, set off by a comma, as wire copy says where a
        statement was made: "In Beijing, Foreign Ministry spokesman Guo Jiakun said…", "En Moscú, el portavoz…"."""
        sent = span.sent
        first = sent[0] if sent[0].is_alpha else sent[1] if len(sent) > 1 else sent[0]
        if first.lower_ not in self.cues("speaking_from") or first.i + 1 >= span.start:
            return None
        hit = self.by_token.get(first.i + 1)
        if hit is None or hit[1] not in (lx.CAPITAL, lx.STATE) or hit[0].end >= span.start \
                or span.doc[hit[0].end].text != ",":
            return None
        return next((e.country for e in hit[2] if e.country), None)

    def _as_titled(self, known: ActorRef, span: Span) -> ActorRef:
        """A known person the text gives a side the dictionaries do not: "opposition leader Raila Odinga" is the
        opposition whatever office the dictionaries last dated for him."""
        if known.role == FORMER_ROLE:
            return self._in_office_again(known, span)
        if known.role not in (None, "GOV"):
            return known
        found = self._phrase(span)
        role = role_of(found)
        if role not in SIDES_OUT_OF_OFFICE or any(e.role == "GOV" for f in found for e in f.entries):
            return known  # "Labour Minister X" holds an office whatever the portfolio's word also names
        return ActorRef(known.actor_id, known.name, known.country_code, role, kind="person",
                        matched_text=known.matched_text)

    def _in_office_again(self, known: ActorRef, span: Span) -> ActorRef:
        """A person the dictionaries last knew out of office whom the text titles with an office of government
        ("Solomon Islands Prime Minister Jeremiah Manele", not "former Prime Minister X") holds it now: the
        dictionaries are older than the news."""
        found = self._phrase(span)
        titled = any(f.kind == lx.AGENT and f.depth <= 1 and any(e.title and e.role == "GOV" for e in f.entries)
                     for f in found)
        before = []
        for tok in reversed(span.doc[max(0, span.start - 8):span.start]):  # the words of the title before the name
            if tok.is_punct and tok.text != "-" or tok.pos_ in ("VERB", "AUX"):
                break
            before.append(tok)
        if not titled or any(self.cues.has(t, "former") for t in before):
            return known
        return ActorRef(known.actor_id, known.name, known.country_code, "GOV", kind="person",
                        matched_text=known.matched_text)

    def _title_country(self, span: Span) -> str | None:
        """The country the person's own title gives with a demonym: "el ministro de Defensa colombiano, X"; or the
        state named right before the title ("Cook Islands Prime Minister Mark Brown", which the parse may hang
        elsewhere)."""
        root = span.root
        head = root.head if root.dep_ in ("appos", "flat", "nmod", "compound") and root.head != root else root
        return next((e.country for f in self._found(head) if f.kind == lx.DEMONYM and f.depth <= 2
                     for e in f.entries if e.country), None) or self._state_before_title(span)

    def _state_before_title(self, span: Span) -> str | None:
        """The country of a state or demonym right before the title right before the name."""
        i = span.start - 1
        title = self._span_ending_at(i, (lx.AGENT,))
        if title is None:
            return None
        state = self._span_ending_at(title[0].start - 1, (lx.STATE, lx.DEMONYM))
        return next((e.country for e in state[2] if e.country), None) if state is not None else None

    def _span_ending_at(self, i: int, kinds: tuple[str, ...]):
        """The actor-like span of one of `kinds` whose last word is word i."""
        for start in range(max(0, i - 5), i + 1):
            hit = self.by_token.get(start)
            if hit is not None and hit[1] in kinds and hit[0].end == i + 1:
                return hit
        return None

    def _known_person(self, person: lx.Person, text: str) -> ActorRef:
        roles = person.roles_on(self.published) or sorted(person.roles, key=lambda r: r.start or dt.date.min)[-1:]
        country = next((r.country for r in roles if r.country), None)
        role = next((r.role for r in roles if r.role), None)
        if self._former(person):
            role = FORMER_ROLE  # "el expresidente Evo Morales" is one of Bolivia's elites, not its government
        return ActorRef(person.actor_id, person.name, country, role, kind="person", matched_text=text)

    def _former(self, person: lx.Person) -> bool:
        """Every office the dictionaries date ended before the article: a former president or minister."""
        on = self.published
        return on is not None and bool(person.roles) and all(r.end is not None and r.end < on for r in person.roles)

    def _context_country(self, span: Span) -> tuple[str | None, str | None]:
        """The country and role an unknown person's phrase gives ("el presidente ruso, X", "X, asesor de la Casa Blanca");
        with no state named, the organisation it names ("el presidente de Vox en Murcia, José Ángel Antelo": Vox's
        side, of Spain), so that the article's later "Antelo" is someone."""
        found = self._phrase(span)
        country, role = country_of(found, self.locative) or self._state_before_title(span), role_of(found)
        if country is None:
            body = next((e for f in found if f.kind == lx.ORGANISATION and f.depth <= SECTOR_DEPTH
                         for e in f.entries if e.kind == lx.ORGANISATION and e.country), None)
            if body is not None:
                return body.country, body.role or role
        return country, role

    def _phrase(self, span: Span) -> list[Found]:
        """What a person's own phrase names besides persons: titles, bodies, states."""
        root = span.root
        head = root.head if root.dep_ in ("appos", "flat", "nmod", "compound") and root.head != root else root
        found = [f for f in self._found(head) if f.kind != lx.PERSON]
        for tok in span:
            for child in tok.children:
                if child.dep_ == "appos":
                    found += [f for f in self._found(child) if f.kind != lx.PERSON]
        return found

    def _coordinated_persons(self, found: list[Found]) -> list[ActorRef]:
        """Persons joined by "y"/"and" inside one phrase the parser did not split ("X, y su homólogo Y,")."""
        persons = sorted((f for f in found if f.kind == lx.PERSON and f.depth <= 2), key=lambda f: f.span.start)
        if len(persons) < 2:
            return []
        doc = self.doc
        out: list[ActorRef] = []
        for a, b in zip(persons, persons[1:]):
            if not any(t.dep_ == "cc" or t.lower_ in ("y", "e", "and") for t in doc[a.span.end: b.span.start]):
                return []
        for f in persons:
            ref = self._person_from_span(f.span)
            if ref is not None and ref.country_code and all(ref.actor_id != o.actor_id for o in out):
                out.append(ref)
        return out

    def recent_persons(self, before: int, count: int = 2, other_than: frozenset[str] = frozenset()) -> list[ActorRef]:
        """The last `count` persons of different countries named before token `before` ("ambos", "both"), none of
        `other_than` (actor ids)."""
        out: list[ActorRef] = []
        spans = sorted({s.start: s for s, k, _ in self.by_token.values() if k == lx.PERSON and s.start < before}.values(),
                       key=lambda s: -s.start)
        refs = [(span, self._person_from_span(span)) for span in spans]
        counts: dict[str, int] = {}
        for _, ref in refs:
            if ref is not None:
                counts[ref.actor_id] = counts.get(ref.actor_id, 0) + 1
        # the article's protagonists first (most often named), the latest named among equals
        def in_office(ref: ActorRef | None) -> bool:
            person = self.lexicon.persons.get(ref.actor_id) if ref is not None else None
            return person is not None and bool(person.roles_on(self.published))

        order = sorted(range(len(refs)), key=lambda i: (-counts.get(refs[i][1].actor_id, 0) if refs[i][1] else 0,
                                                        not in_office(refs[i][1]), i))
        for i in order:
            span, ref = refs[i]
            if ref is None or not ref.country_code or ref.actor_id in other_than \
                    or any(ref.actor_id == o.actor_id or ref.country_code == o.country_code for o in out):
                continue
            out.append(ref)
            if len(out) == count:
                break
        return out if len(out) == count else []

    def persons_in(self, start: int, end: int) -> list[ActorRef]:
        """Persons named between token indexes [start, end)."""
        out, seen = [], set()
        for i in range(start, end):
            hit = self.by_token.get(i)
            if hit and hit[1] == lx.PERSON and hit[0].start not in seen:
                seen.add(hit[0].start)
                ref = self._person_from_span(hit[0])
                if ref is not None:
                    out.append(ref)
        return out
