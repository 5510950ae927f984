"""Code one parsed article into event mentions: sentences, dates, places, provenance.

For each sentence the `SentenceCoder` finds the events; this module dates
each from the article's temporal expressions (transforms.dates), places it
(the sentence's place, the visited place, the dateline, else the place of the
article's previous located event) and records the evidence: sentence, offsets,
pattern id, trigger, confidence.
"""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from transforms.actors.resolve import ArticleActors
from transforms.coding.arguments.heads import alleged_acts, participles_apart, relatives_apart, relatives_below
from transforms.coding.arguments.speech import said_clauses
from transforms.coding.consolidate import REPORTED, consolidate
from transforms.coding.outlets import OutletCountries
from transforms.coding.records import Coded, SentenceContext
from transforms.coding.sentence import SentenceCoder
from transforms.coding.words import feats
from transforms.datelines import Dateline, find_dateline
from transforms.dates import date_for_event, find_expressions
from transforms.dates.extract import Expressions
from transforms.records import ActorRef, Article, DateResolution, EventMention, Place

_PLACE_PREPS = {"en", "in", "at", "desde", "from"}
# a mediator is not one of the two sides "ambos países" / "both countries" refers to afterwards
_THIRD_PARTY = {"045"}
_TERMINAL = tuple('.!?»"”’\')')
HEADLINE_MAX_WORDS = 14
LEDE_SENTENCES = 2
# a material act with no date of its own takes the day the sentence before it told (`_told_before`): not a
# publication or dateline date, not a day more than a week before publication, not after a pluperfect flashback
_UNDATED = ("publication", "dateline", "none")
CARRIED_WITHIN_DAYS = 7
BACKGROUND_DAYS = 180  # an act dated wholly before this many days ahead of publication is background (`_dated`)
_PLUPERFECT = re.compile(r"^(?:hab[ií]an?|had)$", re.IGNORECASE)


class DocumentCoder:
    def __init__(self, sentence_coder: SentenceCoder, gazetteer, lexicon, titles,
                 outlets: OutletCountries | None = None):
        self.sentences = sentence_coder
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.titles = titles
        self.outlets = outlets or OutletCountries({})

    def code(self, doc: Doc, article: Article) -> list[EventMention]:
        lang = article.language or "es"
        actors = ArticleActors(doc, self.lexicon, self.titles, lang, article.published_at, cues=self.sentences.cues)
        text = doc.text  # spaCy rebuilds it from the tokens at each call
        expressions = find_expressions(text, lang, article.published_at)
        line = find_dateline(text)
        dateline_place = self._dateline_place(line)
        outlet = self.outlets.country_of(article.source, article.url)
        actors.home_country = home_country(dateline_place, actors.country_votes(), line is not None and line.local,
                                           outlet) or outlet  # a local outlet's story that names no place
        carried_place: Place | None = dateline_place
        context = SentenceContext(dateline=_as_actor(dateline_place, self.lexicon))
        mentions: list[EventMention] = []
        sentences = list(doc.sents)
        doc_places: list[tuple[int, int, Place]] | None = None  # scanned once, when a sentence first needs them
        for index, sent in enumerate(sentences):
            sent_text = text[sent.start_char:sent.end_char]  # sent.text would walk its tokens again
            if len(sentences) > 1 and _headline_like(sent, sent_text):
                continue  # a subheading inside a story; a text that is only a headline is coded
            context.places = actors.place_actors(sent.start, sent.end)
            if index > LEDE_SENTENCES:
                context.dateline = None  # the dateline places the lede, not the background that follows
            coded = self.sentences.code(sent, actors, context)
            if coded and doc_places is None:  # most sentences state no event; many articles none
                doc_places = _as_in_the_story(doc, self.gazetteer.find_in(text), actors) if self.gazetteer else []
            sentence_places = _places_in(sent, text, doc_places) if coded else []
            for n, c in enumerate(coded):
                c, date = self._dated(c, expressions, sent, text, article.published_at)
                if c is None:
                    continue
                place, method = self._place_for(c, sentence_places, dateline_place, carried_place)
                if place is not None and method in ("sentence", "target"):
                    carried_place = place
                mentions.append(self._mention(article, index, sent, sent_text, n, c, date, place, method, lang))
                context.acts.append((c.code, c.source))
                if c.target is not None and not c.target_unnamed and c.code not in _THIRD_PARTY:
                    context.history.append((c.code, c.source, c.target))
                if self.sentences.index.root_is(c.code, "violent") and not (
                        c.source.kind == "unidentified" and context.last_aggressor is not None
                        and context.last_aggressor.kind != "unidentified"):
                    # "a cargo ship they seized… was hijacked on Sunday… Japan condemned the hijacking": the act
                    # told again without its doer keeps the doer the article named
                    context.last_aggressor = c.source
                if c.target is not None and self.sentences.index.root_is(c.code, "armed"):
                    context.last_victim = c.target
            main = _main_subject(sent, actors)
            if main is not None:
                context.topic = main
        return consolidate(mentions, lambda code: self.sentences.index.root_is(code, "armed"))

    def _dated(self, c: Coded, expressions, sent: Span, text: str, published) -> tuple[Coded | None, DateResolution]:
        """The act's date; an act the text dates after publication was planned, not done: its intent ("India
        will host the summit in 2026" is 036 on the day it was said), or nothing when it has none. An act the text
        dates wholly more than `BACKGROUND_DAYS` before publication is history the article recalls ("Ethiopia and
        Eritrea fought a border war between 1998 and 2000"), not its news: no event (the articles of its day
        report it)."""
        if c.pattern.clause_cue:  # "told leaders that Chinese ships had rammed a boat on Oct. 21": the telling's date
            expressions = _outside(expressions, said_clauses(c.trigger))
        expressions = _outside(expressions, relatives_below(c.trigger) + relatives_apart(c.trigger)
                               + participles_apart(c.trigger)
                               + alleged_acts(c.trigger))
        date = date_for_event(expressions, sent.start_char, sent.end_char, c.trigger.idx, published, future=c.future,
                              started=not c.future and (self.sentences.index.root_is(c.code, "started")
                                                        or _told_as_done(c.trigger)))
        reporting = self._reporting(c.trigger)
        if reporting and not c.future and date.method not in _UNDATED and date_for_event(
                _outside(expressions, reporting), sent.start_char, sent.end_char, c.trigger.idx, published
        ).method in _UNDATED:
            date = replace(date, method=REPORTED)  # the day it was reported: a date the act's own account may mend
        if date.method in _UNDATED and not c.future and (self.sentences.index.root_is(c.code, "material")
                                                          or self._continues(c.trigger)):
            date = self._told_before(expressions, sent, text, published) or date
        elif date.method in _UNDATED and not c.future and _speaker_goes_on(c.trigger, sent, text):
            date = self._told_before(expressions, sent, text, published) or date
        if not c.future and published is not None and date.date is not None \
                and (published - (date.end_date or date.date)).days > BACKGROUND_DAYS:
            return None, date
        if not c.future and published is not None and date.date is not None and date.date > published \
                and _told_as_done(c.trigger):
            # "ofreció a los sindicatos retomar la mesa el próximo lunes": a day still to come dates what was
            # offered, not the offer the past tense tells as made; the act is dated as if the sentence had no such day
            done = type(expressions)([e for e in expressions if e.date is None or e.date <= published], text=text)
            date = date_for_event(done, sent.start_char, sent.end_char, c.trigger.idx, published)
        if c.future or published is None or date.date is None or date.date <= published:
            return c, date
        intent = self.sentences.intent_of(c)
        if intent is None:
            return None, date
        planned = replace(c, code=intent, future=True)
        return planned, date_for_event(expressions, sent.start_char, sent.end_char, c.trigger.idx, published,
                                       future=True)

    def _continues(self, trigger: Token) -> bool:
        """The clause adds to what the sentence before told ("Malí anunció además…", "The ministry also summoned…"):
        the same occasion, whatever the act (a statement is otherwise the day's news, dated by the dateline)."""
        verbs = {trigger, trigger.sent.root}
        cur = trigger
        while cur.dep_ == "conj" and cur.head != cur:  # "anunció además su retirada… y acusó a Argel"
            cur = cur.head
            verbs.add(cur)
        return any(c.dep_ == "advmod" and self.sentences.cues.has(c, "continuing") for v in verbs for c in v.children)

    def _reporting(self, trigger: Token) -> list[Token]:
        """The phrases of the verb of saying that reports the act ("Gunmen killed 17 villagers…, police said
        Wednesday"): they date the report; the act happened then or before."""
        cur = trigger
        while cur.head != cur and cur.dep_ in ("ccomp", "conj", "parataxis"):
            head = cur.head
            if head.pos_ in ("VERB", "AUX") and self.sentences.cues.has(head, "saying"):
                return [c for c in head.children if c is not cur and c.dep_ in ("prep", "npadvmod", "advmod", "obl")]
            cur = head
        return []

    @staticmethod
    def _told_before(expressions, sent: Span, text: str, published) -> DateResolution | None:
        """A material act told with no date of its own goes on with the day the sentence before it told, the day
        of that sentence's main verb ("El 25 de julio, Zambada acudió a una reunión en Culiacán. Allí, un grupo de
        hombres lo derribó…"), also across a paragraph break when its subject refers back: wire copy gives most
        sentences a paragraph of their own ("…marcharon el martes.\nLos manifestantes fueron dispersados…"). A
        statement ("welcomed the ruling") is the day's news, dated by the dateline, unless its speaker goes on from
        the sentence before (`_speaker_goes_on`)."""
        before = _sentence_before(sent)
        if before is None or _flashback(before):
            return None  # "Reina había aterrizado en Pekín el jueves. Tras la firma, Qin elogió…": a flashback
        if "\n" in text[before.end_char - 1:sent.start_char + 1] and _introduces_its_subject(sent):
            return None  # "…acudió a una reunión.\nUn grupo de hombres armados secuestró…": another story
        told = date_for_event(expressions, before.start_char, before.end_char, before.root.idx, published)
        recent = published is None or told.date is None or 0 <= (published - told.date).days <= CARRIED_WITHIN_DAYS
        return told if told.method not in _UNDATED and told.precision == "day" and recent else None

    # -- places ------------------------------------------------------------------------------
    def _place_for(self, c: Coded, places, dateline: Place | None, carried: Place | None):
        if c.target_place_token is not None:
            for tok in c.target_place_token.subtree:
                for offset, place, _ in places:
                    if tok.idx <= offset < tok.idx + len(tok.text) and place.feature != "country":
                        return place, "target"
        chosen = [(o, p, intro) for o, p, intro in places if intro and p.feature != "country"]
        if chosen:
            return min(chosen, key=lambda x: abs(x[0] - c.trigger.idx))[1], "sentence"
        if dateline is not None:
            return dateline, "dateline"
        if carried is not None:
            return carried, "article"
        return None, "none"

    def _dateline_place(self, line: Dateline | None) -> Place | None:
        if self.gazetteer is None or line is None:  # find_dateline admits a place written as a name only when a
            return None  # wire service signs the line ("Freetown, May 14 (EFE).-")
        where = self.gazetteer.lookup(line.qualifier) if line.qualifier else None
        # "SANTA CRUZ (Bolivia)": the namesake of the country or region written with it
        place = (where and self.gazetteer.lookup(line.place.title(), country=where.country_code)) \
            or self.gazetteer.lookup(line.place.title())
        return place or where  # "VOSTOCHNI (Rusia), 14 sep --"

    # -- records ---------------------------------------------------------------------------------
    def _mention(self, article: Article, index: int, sent: Span, text: str, n: int, c: Coded, date, place, method,
                 lang) -> EventMention:
        return EventMention(
            mention_id=f"{article.article_id}:{index}:{n}",
            article_id=article.article_id,
            sentence_index=index,
            sentence=text.strip(),
            char_start=sent.start_char + (len(text) - len(text.lstrip())),
            char_end=sent.start_char + len(text.rstrip()),
            cameo_code=c.code,
            source=c.source,
            target=c.target,
            date=date,
            place=place,
            place_method=method,
            rule=c.rule,
            confidence=c.confidence,
            certainty=c.certainty,
            reported_by=c.reported_by,
            language=lang,
            trigger=c.trigger.text,
        )


ELSEWHERE_VOTES, ELSEWHERE_RATIO = 4.0, 3.0


def _sentence_before(sent: Span) -> Span | None:
    """The sentence before `sent`, past the empty ones the model makes of newlines."""
    before = sent
    while before.start > 0:
        before = sent.doc[before.start - 1].sent
        if before.text.strip():
            return before
    return None


def _speaker_goes_on(trigger: Token, sent: Span, text: str) -> bool:
    """The sentence goes on with the speaker of the sentence before it, in the same paragraph: its subject is
    unsaid, a pronoun, or a name the other's subject holds ("El canciller, Elmer Schialer, respondió el miércoles
    que… En una rueda de prensa, Schialer pidió a Bogotá…"): the same occasion, and its day."""
    before = _sentence_before(sent)
    if before is None or "\n" in text[before.end_char - 1:sent.start_char + 1]:
        return False
    verb = trigger
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")]
    if verb.pos_ not in ("VERB", "AUX") or verb.head != verb and not subjects:
        return False  # an unsaid subject speaks only as the sentence's own verb
    if not subjects:
        return True
    if all(t.pos_ == "PRON" for t in subjects):
        return True
    named = {t.lower_ for s in subjects for t in s.subtree if t.pos_ == "PROPN"}
    earlier = {t.lower_ for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")
               for t in c.subtree if t.pos_ == "PROPN"}
    return bool(named) and named <= earlier


def _introduces_its_subject(sent: Span) -> bool:
    """The sentence's subject is new to the story: a noun with an indefinite article ("Un grupo de hombres", "A
    bomb"), not one that refers back ("Los manifestantes", "The protesters", "They")."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and any(
        d.dep_ == "det" and "Ind" in d.morph.get("Definite") for d in c.children) for c in sent.root.children)


def _flashback(sent: Span) -> bool:
    """The sentence's main verb is a pluperfect ("había aterrizado", "had landed"): what had happened before the
    story, not its day ("fired tear gas at protesters who had gathered" is told in the past)."""
    return any(c.dep_ in ("aux", "aux:pass") and _PLUPERFECT.match(c.text) for c in sent.root.children)


def home_country(dateline: Place | None, votes: list[tuple[str, float]], local: bool = False,
                 outlet: str | None = None) -> str | None:
    """The article's country: its dateline's, else the one its names point to most (among equals, the outlet's
    country, else the first named). A wire office files a neighbour's news under its own city ("EL CAIRO" over a
    story of Sudan): a country named `ELSEWHERE_VOTES` times and more than `ELSEWHERE_RATIO` times as often as the
    dateline's is the story's; not a local daily's city (`local`: "PESHAWAR: "), whose story about its neighbour
    is still told at home."""
    totals: dict[str, float] = {}
    for country, weight in votes:
        totals[country] = totals.get(country, 0.0) + weight
    top = max(totals.values(), default=0.0)
    leader = outlet if top and totals.get(outlet) == top else next((c for c, _ in votes if totals[c] == top), None)
    if dateline is not None and dateline.country_code:
        filed = totals.get(dateline.country_code, 0.0)
        if not local and leader is not None and top >= ELSEWHERE_VOTES and top > ELSEWHERE_RATIO * max(filed, 1.0):
            return leader
        return dateline.country_code
    return leader


def _as_actor(place: Place | None, lexicon) -> ActorRef | None:
    if place is None or not place.country_code:
        return None
    return ActorRef(place.country_code, lexicon.states.get(place.country_code, place.country_code), place.country_code,
                    None, kind="state", matched_text=place.name)


def _as_in_the_story(doc: Doc, found: list[tuple[int, int, Place]],
                     actors: ArticleActors) -> list[tuple[int, int, Place]]:
    """The places found, each as the story's country reads its name (`ArticleActors.place_of`): "la Alameda" of a
    story from Santiago is no Californian city."""
    out = []
    for start, end, place in found:
        span = doc.char_span(start, end, alignment_mode="expand") if place.feature != "country" else None
        placed = actors.place_of(span) if span is not None else place
        if placed is not None:
            out.append((start, end, placed))
    return out


def _outside(expressions: Expressions, clauses: list[Token]) -> Expressions:
    """The date expressions that are not inside one of `clauses` (what a verb of saying tells)."""
    spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in clauses]
    if not spans:
        return expressions
    kept = [e for e in expressions if not any(a <= e.start < b for a, b in spans)]
    return type(expressions)(kept, text=expressions.text)  # the article's text goes with them (clause breaks)


def _places_in(sent: Span, text: str, doc_places: list[tuple[int, int, Place]]) -> list[tuple[int, Place, bool]]:
    """(char offset in the doc, place, introduced by 'en'/'in') for each place the document's scan found in the
    sentence."""
    out = []
    for start, _end, place in doc_places:
        if sent.start_char <= start < sent.end_char:
            before = text[sent.start_char:start].split()
            out.append((start, place, bool(before) and before[-1].lower() in _PLACE_PREPS))
    return out


def _told_as_done(trigger: Token) -> bool:
    """A verb in a past tense ("ofreció", "offered") tells its act as done."""
    return trigger.pos_ in ("VERB", "AUX") and "Past" in feats(trigger, "Tense")


def _headline_like(sent: Span, text: str) -> bool:
    """A subheading inside the body: short, no final punctuation, a line of its own. `text` is the sentence's."""
    text = text.strip()
    if not text or text.endswith(_TERMINAL):
        return False  # most sentences: decided without walking their tokens
    words = [t for t in sent if t.is_alpha]
    at_line_end = sent.end == len(sent.doc) or "\n" in sent.doc[sent.end - 1].whitespace_ or "\n" in sent.doc[sent.end - 1].text \
        or (sent.end < len(sent.doc) and "\n" in sent.doc[sent.end].text)
    return len(words) < HEADLINE_MAX_WORDS and at_line_end


def _main_subject(sent: Span, actors: ArticleActors) -> ActorRef | None:
    """The actor the sentence is about (its root's subject), the default subject of the next one."""
    root = sent.root
    for child in root.children:
        if child.dep_ in ("nsubj", "nsubjpass", "nsubj:pass"):
            return actors.actor_at(child)
    return None
