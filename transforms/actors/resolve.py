"""Resolve the noun phrases of one parsed article into canonical actors.

An `ArticleActors` is built once per document. Its pre-pass collects every
actor-like span — the lexicon's hits (`doc.spans["dyad_lexicon"]`) and the
model's person entities — and learns the article's persons: full names first,
so that a later "Kim" or "Lavrov" is the "Kim Jong Un" or "Sergei Lavrov" the
article introduced, and titles ("la ministra de Exteriores norcoreana") can be
resolved to the person of that country holding that title on the article's
date (a person the article names first, then the dictionary's dated roles).

`actor_at(token)` resolves the phrase headed by a token: the nearest person
in it wins; otherwise an organisation, or a country (name, capital, demonym,
institution) combined with the role of an agent word ("militares
norcoreanos" is North Korea's military). The country of a sector the text gives
none ("la policía" in a story from Cali) is `transforms.actors.whereabouts`'; who a name or a title stands for,
`transforms.actors.persons`'; acronyms the article defines, `transforms.actors.acronyms`'; "both sides" and bare
"guerrilleros", `transforms.actors.antecedents`'.
"""
from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from transforms.actors import lexicon as lx
from transforms.actors.acronyms import defined_acronyms
from transforms.actors.antecedents import named_group
from transforms.actors.names import PersonMemory
from transforms.actors.persons import ArticlePersons
from transforms.actors.phrase import (
    MAX_DEPTH,
    PERSON_LABELS,
    SECTOR_DEPTH,
    Found,
    PhraseWords,
    body_label,
    country_of,
    depth_below,
    in_pp,
    hyphen_after,
    introduced_by,
    led_role,
    names_its_phrase,
    party_name,
    people_of,
    phrase_text,
    phrase_tokens,
    plausible_person,
    role_of,
    subject_matter,
    title_of,
    with_text,
)
from transforms.actors.titles import TitleIndex
from transforms.actors.whereabouts import TRAVELLING_ROLES, Whereabouts
from transforms.cues import Cues, LangCues
from transforms.nlp.components import PLACE_KIND, SPAN_KEY
from transforms.records import ActorRef
from transforms.text import fold_word, token_form
from transforms.text import key as name_words

LOCAL_GOVERNMENT = "local"  # the id suffix of a region's or a town's government: a side against the nation's
OVERSIGHT = "oversight"  # the id suffix of an ombudsman's or a comptroller's office: a side against the government
FOLLOWING_ROLES = frozenset({"OPP", "CVL"})  # the sectors a phrase names by whom they follow ("seguidores de Evo")


def _ends_longer_name(span: Span) -> bool:
    """A capitalised word the lexicon does not know opens the name before the span ("Ta'ang National Liberation
    Army"): another body than the one the span names alone."""
    if span.start == 0:
        return False
    before = span.doc[span.start - 1]
    return before.pos_ == "PROPN" and before.text[:1].isupper() and not before.is_sent_start \
        and before.ent_type_ not in ("GPE", "NORP", "LOC") and not before.text.isupper()


def _titled_names(spans: list[Span], names: list[tuple[int, int]], doc: Doc) -> set[int]:
    """Where the person names a title introduces begin: right after it ("Defence Minister Aden Duale") or in
    apposition to it ("el procurador de los Derechos Humanos, Alejandro Córdova")."""
    titles = [t for t in spans if t.label_ == lx.AGENT]
    in_title = {i for t in titles for i in range(t.start, t.end)}
    return {t.end for t in titles} | {a for a, b in names
                                       if (root := doc[a:b].root).dep_ == "appos" and root.head.i in in_title}


def _possessed(span: Span) -> bool:
    """The span follows a possessive ("Pakistan's", "India's")."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s") and doc[span.start - 2].ent_type_ == "GPE"


def _shortened_places(spans: list[Span]) -> dict[int, str]:
    """Where a capital's name is the short form of a place the article named before in full: "Santiago" after
    "Santiago de Cuba" is that city, not Chile's capital (span start -> the full name)."""
    places = [(s.start, name_words(s.text), s.text) for s in spans if s.label_ == PLACE_KIND]
    out: dict[int, str] = {}
    for s in (s for s in spans if s.label_ == lx.CAPITAL):
        short = name_words(s.text)
        out.update({s.start: text for start, full, text in places
                    if start < s.start and len(full) > len(short) and full[:len(short)] == short})
    return out


class ArticleActors(ArticlePersons, Whereabouts):
    def __init__(self, doc: Doc, lexicon: lx.Lexicon, titles: TitleIndex, lang: str, published: dt.date | None,
                 cues: LangCues | None = None):
        self.doc = doc
        # the language's cues (seeds/patterns/cues.jsonl): verbs of saying (a state reporting its dead), "the group",
        # "the bloc", and the word sets below
        self.cues = cues if cues is not None else LangCues(Cues({}), lang)
        self.words = PhraseWords.of(self.cues)  # the word lists a phrase is read with: bodies, members, counts
        self.locative = self.cues("locative_preps")  # prepositions that place an act: "en", "in", "over"
        self.ethnic = self.cues("ethnic")  # words that make a demonym an ethnicity: "ethnic", "étnicos"
        # words naming an office apart from the nation's government: a region's or a town's ("gobernador"), and one
        # that watches over the government ("Defensoría del Pueblo", cues.jsonl `oversight_office`)
        self.oversight_offices = self.cues("oversight_office")
        self.local_offices = self.cues("local_office") | self.oversight_offices
        self.whose = self.cues("possessive_relatives")  # possessive relatives: "cuyo", "whose"
        self.lexicon = lexicon
        self.titles = titles
        self.lang = lang
        self.published = published
        self._home_country: str | None = None
        self._where: dict[tuple[int, int], str | None] = {}  # (sentence, clause) -> the one country it places its act in
        self._possessing = False  # resolving a possessive's owner (see _possessor_country)
        self._office_of: dict[str, str] = {}  # person -> the country their full name's phrase put their office in
        self._opposing = False  # resolving the subject that opposes a government (see _opposed_government)
        self.memory = PersonMemory()
        self.by_token: dict[int, tuple[Span, str, tuple[lx.Entry, ...]]] = {}
        self._acronym_tokens: set[int] = set()  # tokens claimed as an acronym the article defines
        self._phrases: dict[int, tuple[Found, ...]] = {}  # phrase head -> its actor spans, once by_token is whole
        self._subject_matter: dict[tuple[int, int], bool] = {}  # span bounds -> subject_matter(span), read once
        self._index_spans()
        self._learn_persons()
        self._claim_known_surnames()
        self._learn_acronyms()
        self._phrases.clear()

    @property
    def home_country(self) -> str | None:
        """The article's country (DocumentCoder sets it): sectors default to it."""
        return self._home_country

    @home_country.setter
    def home_country(self, country: str | None) -> None:
        self._home_country = country
        if country is not None:
            # a party the dictionaries do not know is of the article's country: its acronym ("the Rastriya Swatantra
            # Party (RSP)") can be learned once that is known; so can a famous name's namesake who holds an office
            # of that country ("El ministro de Defensa, Pedro Sánchez… Sánchez")
            self._where.clear()  # read before the country was known: "(YDA) Punjab" in a story from Lahore
            self._learn_acronyms()
            self._learn_namesakes()
            self._phrases.clear()

    # -- pre-pass -------------------------------------------------------------------
    def _index_spans(self) -> None:
        spans = list(self.doc.spans[SPAN_KEY]) if SPAN_KEY in self.doc.spans else []
        # a known name inside a longer person's name the lexicon does not know is another person ("Li Xi" is not Xi)
        ents = self.doc.ents  # built anew at each read
        longer = [(e.start, e.end) for e in ents if e.label_ in PERSON_LABELS and len(e) > 1]
        if longer:
            # ... and a country's name that begins one is a first name ("Jordan Bardella", "Israel Katz"), as is a
            # place's in a titled person's name ("Defence Minister Aden Duale", "el procurador de los Derechos
            # Humanos, Alejandro Córdova"; "Narinno Simana", a place the model alone calls a person, stays a place)
            titled = _titled_names(spans, longer, self.doc)
            spans = [s for s in spans if s.label_ not in (lx.PERSON, lx.STATE, lx.CAPITAL, PLACE_KIND) or not any(
                a <= s.start and s.end <= b and b - a > len(s) and (
                    s.label_ == lx.PERSON or s.label_ == lx.STATE and a == s.start or s.label_ != lx.STATE and a in titled)
                for a, b in longer)]
        self.full_place_names = _shortened_places(spans)
        for span in spans:
            label = PLACE_KIND if span.start in self.full_place_names else span.label_
            entries = tuple(e for e in self.lexicon.index.get(tuple(span.kb_id_.split()), ()) if e.lang in (None, self.lang))
            if label == PLACE_KIND:
                entries = ()
            if label == lx.DEMONYM and self._ethnic(span):
                # "ethnic Albanians demonstrated in Serbia": people of a nation, citizens of where they live
                self._claim(span, lx.AGENT, (lx.Entry(lx.AGENT, span.text, role="CVL"),))
                continue
            if label == lx.ORGANISATION and _ends_longer_name(span):
                continue  # "the Ta'ang National Liberation Army" is not Colombia's ELN
            if label in (lx.CAPITAL, lx.STATE) and self._names_a_thing(span):
                continue  # "the Minsk Group", "los Acuerdos de Minsk", "the Paris Club": a name, not the state
            if label == lx.INSTITUTION and _possessed(span):
                # "Pakistan's Foreign Office" is Pakistan's foreign ministry, not the United Kingdom's
                self._claim(span, lx.AGENT, tuple(lx.Entry(lx.AGENT, span.text, role=e.role) for e in entries[:1]))
                continue
            self._claim(span, label, entries)
        for ent in ents:
            if (ent.label_ in PERSON_LABELS or self._titled(ent)) \
                    and not any(i in self.by_token for i in range(ent.start, ent.end)):
                if plausible_person(ent):
                    self._claim(ent, lx.PERSON, ())

    def _names_a_thing(self, span: Span) -> bool:
        """A capital's or a state's name that is part of the proper name of a group, an accord or a forum (cues
        `named_things`): capitalised, right before it ("the Minsk Group", "the Abraham Accords") or after its "de"
        ("el Grupo de Lima", "los Acuerdos de Minsk")."""
        doc = self.doc
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.is_title and self.cues.has(after, "named_things"):
            return True
        if span.start >= 2 and doc[span.start - 1].lower_ in ("de", "del"):
            before = doc[span.start - 2]
            return before.is_title and self.cues.has(before, "named_things")
        return False

    def _titled(self, ent: Span) -> bool:
        """A name right after a title is a person's, whatever the model's label: "U.S. envoy Morgan Ortagus" (tagged
        an organisation)."""
        before = self.by_token.get(ent.start - 1)
        return before is not None and before[1] == lx.AGENT and all(t.pos_ == "PROPN" for t in ent)

    def _ethnic(self, span: Span) -> bool:
        """The demonym is said of an ethnicity: "ethnic Albanians", "los albaneses étnicos"."""
        doc = self.doc
        near = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
        return any(fold_word(t.text) in self.ethnic for t in near)

    def _claim(self, span: Span, kind: str, entries: tuple[lx.Entry, ...]) -> None:
        if any(i in self.by_token for i in range(span.start, span.end)):
            return
        for i in range(span.start, span.end):
            self.by_token[i] = (span, kind, entries)

    def _learn_acronyms(self) -> None:
        """An acronym the article defines is, wherever it recurs, the body its full name resolves to."""
        for i in self._acronym_tokens:  # learned again once the article's country is known: "the Young Doctors
            del self.by_token[i]  # Association (YDA) Punjab" of a story from Lahore is Pakistan's, not India's
        self._acronym_tokens.clear()
        defined = defined_acronyms(self.doc, self.by_token.__contains__, self.actor_at, self._shared_name)
        if not defined:
            return  # most articles: no need to read every token's text
        for tok in self.doc:
            entry = defined.get(tok.text)
            if entry is not None and tok.i not in self.by_token:
                self._claim(self.doc[tok.i: tok.i + 1], entry.kind, (entry,))
                self._acronym_tokens.add(tok.i)

    def _shared_name(self, i: int) -> bool:
        """Token `i` names an organisation by a name other countries' bodies bear too (`lexicon.shared_name`)."""
        hit = self.by_token.get(i)
        return hit is not None and lx.shared_name(hit[1], hit[2])

    # -- phrases -----------------------------------------------------------------------
    def _found(self, head: Token) -> tuple[Found, ...]:
        """The actor spans in the phrase headed by `head`, shallowest first; the coder asks for a phrase many times
        (each trigger, each side), so each head is walked once per article."""
        known = self._phrases.get(head.i)
        if known is None:
            known = self._phrases[head.i] = tuple(self._walk(head))
        return known

    def _walk(self, head: Token) -> list[Found]:
        out: dict[int, Found] = {}
        for tok in phrase_tokens(head):
            hit = self.by_token.get(tok.i)
            if hit is None:
                continue
            span, kind, entries = hit
            if self._patron_named(span):
                continue
            depth = depth_below(tok, head)
            prev = out.get(span.start)
            if prev is None or depth < prev.depth:
                out[span.start] = Found(span, kind, entries, depth)
        return sorted(out.values(), key=lambda f: (f.depth, f.span.start))

    def _patron_named(self, span: Span) -> bool:
        """"the al-Qaeda-linked group", "an Iran-backed militia": a name in a hyphenated modifier of patronage (cue
        class `patronage`) says who stands behind the group, not who the group is."""
        return hyphen_after(span) and self.cues.has(span.doc[span.end + 1], "patronage")

    def actors_at(self, head: Token, *, allow_place: bool = False) -> list[ActorRef]:
        """The actor of the phrase and those coordinated with the word naming it ("de Argentina, Chile y Perú")."""
        first = self.actor_at(head, allow_place=allow_place)
        if first is None:
            return []
        out = [first]
        found = [f for f in self._found(head) if f.depth <= MAX_DEPTH]
        coordinated = self._coordinated_persons(found)
        if len(coordinated) > 1:
            return coordinated
        named = (lx.STATE, lx.CAPITAL, lx.ORGANISATION, lx.PERSON, lx.DEMONYM)
        anchor = next((f.span.root for f in found if f.depth > 0 and f.kind in named), None)
        if anchor is not None:
            # the small model may hang the second name on the word the first is a flat part of ("de Defensa de Chile y
            # Peru": Peru a conjunct of Defensa)
            heads = (anchor, anchor.head) if anchor.dep_ == "flat" and anchor.head.i != head.i else (anchor,)
            for conj in (c for h in heads for c in h.children):
                if conj.dep_ == "conj":
                    ref = self.actor_at(conj, allow_place=allow_place)
                    if ref is not None and first.role and ref.kind == "state" and ref.role is None \
                            and anchor.dep_ in ("amod", "compound") and ref.country_code:
                        # "Indian and Chinese military commanders": both countries' commanders
                        ref = self.sector(first.role, ref.country_code, phrase_text(head))
                    if ref is not None and all(ref.actor_id != o.actor_id for o in out):
                        out.append(ref)
        return out

    def names_an_actor(self, head: Token) -> bool:
        """The word itself (or a name in apposition to it, or a title before a name) is an actor word: "Putin", "el
        presidente", "U.S. envoy Morgan Ortagus", not "la respuesta de Moscú"."""
        if head.i in self.by_token:
            return True
        deps = ("appos", "flat", "amod", "compound") if head.pos_ == "PROPN" else ("appos", "flat", "amod")
        if any(c.i in self.by_token for c in head.children if c.dep_ in deps):
            return True
        # "con los dirigentes del sindicato", "with members of the union": the members of a body stand for it, and a
        # count for those it counts ("con cientos de manifestantes")
        return (self.words.member(head) or token_form(head) in self.words.quantities) and any(
            g.i in self.by_token for c in head.children if c.dep_ in ("nmod", "prep")
            for g in ((c,) if c.dep_ == "nmod" else tuple(p for p in c.children if p.dep_ == "pobj")))

    def kind_at(self, i: int) -> str | None:
        hit = self.by_token.get(i)
        return hit[1] if hit else None

    def place_actors(self, start: int, end: int) -> list[ActorRef]:
        """The countries of the capitals and places named between token indexes [start, end)."""
        out: list[ActorRef] = []
        seen: set[int] = set()
        for i in range(start, end):
            hit = self.by_token.get(i)
            if hit is None or hit[0].start in seen or hit[1] not in (lx.CAPITAL, PLACE_KIND):
                continue
            span, kind, entries = hit
            seen.add(span.start)
            country = next((e.country for e in entries if e.country), None) if kind == lx.CAPITAL else None
            if kind == PLACE_KIND:
                place = self.place_of(span)
                country = place.country_code if place is not None else None
            if country and all(o.country_code != country for o in out):
                out.append(ActorRef(country, self.lexicon.states.get(country, country), country, None, kind="state",
                                    matched_text=span.text))
        return out

    def actor_at(self, head: Token, *, allow_place: bool = False) -> ActorRef | None:
        """The actor the phrase headed by `head` names, or None."""
        owner = self._antecedent_of_whose(head)
        if owner is not None:
            return owner
        found = [f for f in self._found(head) if f.depth <= MAX_DEPTH and not self._about(f.span)
                 and not self.beyond_a_border(f, head)]
        if found and all(f.kind in (lx.STATE, lx.DEMONYM) and f.depth > 0 for f in found) \
                and self.cues.has(head, "civil_bodies") and head.text[:1].isupper():
            # "la Asociación Rural del Paraguay" (cue class civil_bodies): a civil body named after its country is
            # of it, not its government
            return self.sector("NGO", country_of(found, self.locative), phrase_text(head),
                               body_label(head, found, "NGO", self.words))
        if found and all(f.kind == lx.AGENT for f in found) and party_name(head, self.words):
            # "the opposition People's National Party": sector words inside a party's name name the party
            party = self._unknown_party(head)
            if party is not None:
                return party
        if not found:
            # "la Coordinadora Nacional de Derechos Humanos": a body the dictionaries do not know, named as one, whose
            # name says no sector, is a non-governmental organisation of where it acts
            if token_form(head) in self.words.bodies and head.text[:1].isupper() and _named_body(head):
                return self.sector("NGO", self.where(head) or self.home_country, phrase_text(head),
                                   body_label(head, found, "NGO", self.words))
            return self._unknown_party(head)
        persons = [f for f in found if f.kind == lx.PERSON and f.depth <= 2]
        if persons:
            ref = self._person_from_span(persons[0].span)
            crowd = next((e.role for f in found if f.kind == lx.AGENT and f.depth == 0 for e in f.entries
                          if e.role in FOLLOWING_ROLES), None)
            if crowd and ref is not None and ref.country_code and in_pp(persons[0].span.root):
                # "Supporters of former president Evo Morales blocked highways": the supporters, of his country
                return self.sector(crowd, ref.country_code, phrase_text(head),
                                   body_label(head, found, crowd, self.words))
            if ref is not None and ref.country_code:
                return ref
        orgs = [f for f in found if f.kind == lx.ORGANISATION]
        countries = [f for f in found if f.kind in (lx.STATE, lx.CAPITAL, lx.DEMONYM, lx.INSTITUTION)]
        # "la Misión de Verificación de la ONU en Colombia": where an organisation works does not make it that
        # country's
        rivals = [f for f in countries if not introduced_by(f.span.root, self.locative)]
        if orgs and (not rivals or orgs[0].depth < rivals[0].depth
                     or orgs[0].depth == rivals[0].depth and not in_pp(orgs[0].span.root)):
            entry = self._pick(orgs[0].entries, found)
            owner = self._owner_of_shared(entry, countries)
            if owner is not None:
                # "the main opposition Democratic Party" in a story from Seoul: a name many countries' parties bear
                # is the party of the story's country, or of the country the phrase names ("the Jamaica Labour
                # Party"; a movement of no one country, "el Estado Islámico", keeps its own name: Islamic State (Syria))
                base = entry.name if entry.country is None else entry.alias
                name = f"{base} ({self.lexicon.states.get(owner, owner)})"
                return ActorRef(f"org:{owner}-{'-'.join(name_words(base))}", name, owner,
                                entry.role, kind="organisation", matched_text=phrase_text(head))
            if entry.kind == lx.ORGANISATION:
                return ActorRef(entry.actor_id, entry.name, entry.country, entry.role, kind="organisation",
                                matched_text=phrase_text(head))
            found = [Found(orgs[0].span, entry.kind, (entry,), orgs[0].depth), *(f for f in found if f is not orgs[0])]
        country = country_of(found, self.locative)
        if country is None and allow_place:
            country = self._place_country(found)
        led = led_role(found, self.words)  # "el presidente del sindicato": the union's, whoever the country's president
        if country is None:
            title = title_of(found) if led is None else None
            # "la ministra aseguró...": the one person of the article holding that title
            person = self.titles.holder_among(title, self.published, self.memory.known()) if title else None
            return person if person is not None else self._sector(found, head, led)
        role = led or role_of(found) or self._elided_role(head, found)
        title = title_of(found) if led is None else None
        named = self._named_after(head, country) if title else None
        if named is not None:  # "a la embajadora mexicana, Raquel Serur,": the parser lost the apposition
            return ActorRef(named.actor_id, named.name, country, named.role or role or "GOV", kind="person",
                            matched_text=phrase_text(head))
        if title:
            person = self.titles.holder(country, title, self.published, prefer=self.memory.known())
            if person is not None:
                return with_text(person, phrase_text(head))
        if role is None and people_of(found, head):
            role = "CVL"  # "miles de venezolanos" are Venezuelans, not Venezuela's government
        name = self.lexicon.states.get(country, country)
        actor_id = country if role in (None, "GOV") else f"{country}:{role}"
        if role == "GOV" and self._local_office(found):
            actor_id = f"{country}:{self._office_apart(found)}"  # "el gobernador de Arauca": not the nation's government
        return ActorRef(actor_id, name, country, role, kind="state", matched_text=phrase_text(head),
                        label=body_label(head, found, role, self.words) if role else "")

    def _owner_of_shared(self, entry: lx.Entry, countries: list[Found]) -> str | None:
        """The country whose body a shared name ("Labour Party") names here, when not the dictionary's: the one the
        phrase names, else the story's."""
        if entry.kind != lx.ORGANISATION or not entry.shared:
            return None
        named = next((e.country for f in countries if f.depth <= 1 for e in f.entries if e.country), None)
        owner = named if countries else self.home_country
        return owner if owner not in (None, entry.country) else None

    def _unknown_party(self, head: Token) -> ActorRef | None:
        """A party the dictionaries do not know, named as one ("the Rastriya Swatantra Party"), is a party of where it
        acts: an organisation of its own (two such parties are two actors), of the opposition unless said otherwise."""
        name = party_name(head, self.words)
        country = (self.where(head) or self.home_country) if name else None
        if name is None or country is None:
            return None
        return ActorRef(f"org:{country}-{'-'.join(name_words(name))}", name, country, "OPP", kind="organisation",
                        matched_text=phrase_text(head))

    def _antecedent_of_whose(self, head: Token) -> ActorRef | None:
        """"el Partido Popular, cuyo portavoz de Interior en el Congreso ha acusado al Gobierno": a phrase a possessive
        relative opens speaks for the antecedent the relative clause hangs on (not the Congress of the story's
        country)."""
        if not any(c.lower_ in self.whose for c in head.children):
            return None
        clause = head.head
        if clause.dep_ not in ("acl", "relcl") or clause.head.pos_ not in ("NOUN", "PROPN"):
            return None
        return self.actor_at(clause.head)

    def _about(self, span: Span) -> bool:
        """`subject_matter(span)`, once per span of the article (every actor_at of a phrase asks)."""
        key = (span.start, span.end)
        known = self._subject_matter.get(key)
        if known is None:
            known = self._subject_matter[key] = subject_matter(span)
        return known

    def _elided_role(self, head: Token, found: list[Found]) -> str | None:
        """A bare nationality joined to a sector of another nationality shares its noun: "tropas indias y
        paquistaníes" are Pakistan's troops too, not its civilians."""
        if head.dep_ != "conj" or any(f.kind != lx.DEMONYM for f in found):
            return None
        first = [f for f in self._found(head.head) if f.depth <= MAX_DEPTH]
        return role_of(first) if any(f.kind == lx.DEMONYM for f in first) else None

    def _local_office(self, found: list[Found]) -> bool:
        return any(f.kind == lx.AGENT and fold_word(f.span[0].text) in self.local_offices for f in found if f.depth <= 1)

    def _office_apart(self, found: list[Found]) -> str:
        """The id suffix of an office apart from the nation's government: one that watches over it, else a region's."""
        oversight = any(f.kind == lx.AGENT and fold_word(f.span[0].text) in self.oversight_offices
                        for f in found if f.depth <= 1)
        return OVERSIGHT if oversight else LOCAL_GOVERNMENT

    def _named_after(self, head: Token, country: str) -> ActorRef | None:
        """The person whose name follows a title's phrase between commas ("la embajadora mexicana, Raquel Serur,"),
        when nothing the article knows of that person puts them in another country."""
        after = phrase_tokens(head)[-1].i + 1
        doc = head.doc
        if after + 1 >= len(doc) or doc[after].text != ",":
            return None
        hit = self.by_token.get(after + 1)
        if hit is None or hit[1] != lx.PERSON or hit[0].start != after + 1:
            return None
        ref = self._person_from_span(hit[0])
        return ref if ref is not None and ref.country_code in (None, country) else None

    def _pick(self, entries: tuple[lx.Entry, ...], found: list[Found]) -> lx.Entry:
        """One of the bodies a name may be ("EPL": Colombia's guerrilla or China's army): the one of the article's
        country, else the one whose role the phrase's sector words share ("guerrilleros del EPL"), else the first."""
        roles = {e.role for f in found if f.kind == lx.AGENT for e in f.entries if e.role}
        return max(entries, key=lambda e: (bool(self.home_country) and e.country == self.home_country, e.role in roles))

    def _sector(self, found: list[Found], head: Token, led: str | None = None) -> ActorRef | None:
        """A sector the text gives no country ("la policía", "los campesinos", "hombres armados"): of the article's
        country when it has one (a story from Cali: COLCOP), else of no known country."""
        role = led or role_of([f for f in found
                               if f.depth <= SECTOR_DEPTH and names_its_phrase(f.span, head, self.words)])
        if role is None:
            return None
        group = named_group(self, head, role)
        if group is not None:
            return group
        where = self.where(head) if role not in TRAVELLING_ROLES else None
        country = self._located(head) or self._conjunct_country(head) or self._possessor_country(head) \
            or self._named_before(head) or self.forces_named_before(head, role) \
            or self._opposed_government(head, role) or where \
            or (self._reporting_state(head) if role == "CVL" else None) or self.home_country
        ref = self.sector(role, country, phrase_text(head), body_label(head, found, role, self.words))
        if role == "GOV" and country and self._local_office(found):
            return ActorRef(f"{country}:{self._office_apart(found)}", ref.name, country, role, kind="state",
                            matched_text=ref.matched_text, label=ref.label)
        return ref

    def sector(self, role: str, country: str | None = None, text: str = "", label: str = "") -> ActorRef:
        """A sector of a country ("COL:COP"), or of no known country; `label`: the body as the text names it."""
        if country is None:
            return ActorRef(role, self.lexicon.roles.get(role, role), None, role, kind="sector", matched_text=text,
                            label=label)
        return ActorRef(f"{country}:{role}", self.lexicon.states.get(country, country), country, role, kind="state",
                        matched_text=text, label=label)

    def unnamed(self, country: str) -> ActorRef:
        """Someone of `country` an act is aimed at whom the text does not name ("deployed troops to the region")."""
        return ActorRef(f"{country}:unidentified", f"Unidentified ({self.lexicon.states.get(country, country)})",
                        country, None, kind="unidentified")

    def unidentified(self, tok: Token) -> ActorRef:
        """Whoever acted when the sentence names only the victim ("fue asesinado"): of the country where it
        happened, as ICEWS files "Unidentified Gunmen (Iraq)", with no role."""
        country = self.local(tok)
        return ActorRef(f"{country}:unidentified" if country else "unidentified", "Unidentified perpetrator", country,
                        None, kind="unidentified")


def _named_body(head: Token) -> bool:
    """The body's head has a name with it ("el Consejo Interuniversitario Nacional"); "el Consejo" alone stands for
    a council named before."""
    return any(t.i != head.i and t.text[:1].isupper() and t.is_alpha for t in phrase_tokens(head))
