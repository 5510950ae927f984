"""Dyad's spaCy components.

* `dyad_sentences` (before the parser): a sentence starts at every paragraph
  break and after a wire dateline ("PEKÍN, 15 abr -- "), so titles and datelines
  never glue onto the next sentence's parse; none starts at a word in lower case.
* `dyad_participle_subjects` (after the English parser): a clause's verb the model
  read as a participle describing its subject ("Gunmen killed 17 villagers, police
  said") gets its subject back (transforms.nlp.participles);
* `dyad_restore_case` (after the model): a line written in capitals, parsed in
  sentence case, gets its capitals back, and a Spanish text without accents, parsed
  with its preterites accented, its own spelling (transforms.nlp.recase, accents);
* `dyad_lexicon` (after the NER): the actor lexicon of seeds/actors as a
  gazetteer. Every hit goes to `doc.spans["dyad_lexicon"]` (label: the entry
  kind, `kb_id_`: the folded lookup key), and names the model mislabels or
  misses (it tags "Wonsan" MISC, "Hanói" PER) are set as entities with the
  model's own labels. Places from the place gazetteer, when it exists, are
  added the same way.
"""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from transforms.actors import lexicon as lx
from transforms.actors.registry import lexicon_for, places_for
from transforms.datelines import find_dateline
from transforms.nlp.accents import spanish_restorer
from transforms.nlp.participles import restore_subjects
from transforms.nlp.recase import WrittenForm
from transforms.text import key

SPAN_KEY = "dyad_lexicon"
PLACE_KIND = "place"

# entity labels per label scheme (Spanish WikiNER vs English OntoNotes)
_LABELS = {
    "es": {lx.PERSON: "PER", lx.STATE: "LOC", lx.CAPITAL: "LOC", lx.ORGANISATION: "ORG", PLACE_KIND: "LOC"},
    "en": {lx.PERSON: "PERSON", lx.STATE: "GPE", lx.CAPITAL: "GPE", lx.ORGANISATION: "ORG", PLACE_KIND: "GPE"},
}
_FOR_OR_AGAINST = ("anti-", "pro-")  # prefixes that make a country's or a bloc's name an attitude to it
_KIND_ORDER = (lx.PERSON, lx.ORGANISATION, lx.INSTITUTION, lx.STATE, lx.CAPITAL, lx.AGENT, lx.DEMONYM)


@Language.factory("dyad_sentences")
def make_sentences(nlp: Language, name: str) -> "SentenceBreaks":
    return SentenceBreaks()


class SentenceBreaks:
    def __call__(self, doc: Doc) -> Doc:
        dateline = find_dateline(doc.text)
        cut = dateline.end if dateline else -1
        for tok in doc[1:]:
            prev = doc[tok.i - 1]
            if "\n" in prev.text or "\n" in prev.whitespace_ or tok.idx == cut:
                tok.is_sent_start = True
            elif tok.text[:1].islower():
                tok.is_sent_start = False  # no sentence opens in lower case ("-- Pakistan authorised…" was cut)
        return doc


@Language.factory("dyad_participle_subjects")
def make_participle_subjects(nlp: Language, name: str):
    return restore_subjects


@Language.factory("dyad_restore_case", default_config={"seeds_dir": ""})
def make_restore_case(nlp: Language, name: str, seeds_dir: str) -> WrittenForm:
    """After the model: a text parsed in another form (a shouted line in sentence case, Spanish accents restored)
    gets its own words back (transforms.nlp.recase); before it, `make_doc` asks this component what to show."""
    accents = spanish_restorer(Path(seeds_dir)) if nlp.lang == "es" and seeds_dir else None
    return WrittenForm(accents)


@Language.factory("dyad_lexicon", default_config={"seeds_dir": "", "places": True})
def make_lexicon(nlp: Language, name: str, seeds_dir: str, places: bool) -> "LexiconTagger":
    return LexiconTagger(nlp.lang, Path(seeds_dir), places)


# a nickname: "alias ‘el Indio Marcial’", "conocido como «el Chapo»", "a.k.a. 'The Butcher'", "alias El Mono" (unquoted
# only after "alias": "the region known as Donbas" is a place)
_NICKNAME = re.compile(r"\b(?:(?:alias|apodad[oa]|conocid[oa]\s+como|a\.k\.a\.|nicknamed|known\s+as)\s+(?:de\s+)?"
                       r"([«\"“‘'][^»\"”’'\n]{1,40}[»\"”’'])|alias\s+((?:(?:el|la|los)\s+)?(?:[A-ZÁÉÍÓÚÑ][\w-]*\s?){1,3}))")
_OF = re.compile(r"\s+(?:de|of)\s+$")


def _of_another_country(text: str, m, following) -> bool:
    """A capital's name followed by "de" and another country's name is a city of that country ("Santiago de
    Cuba"), not the capital ("Santiago de Chile", "San José de Costa Rica" are)."""
    if following is None or not any(e.kind == lx.CAPITAL for e in m.entries) \
            or not _OF.match(text[m.end:following.start]):
        return False
    own = {e.country for e in m.entries if e.kind == lx.CAPITAL}
    named = {e.country for e in following.entries if e.kind == lx.STATE}
    return bool(named) and not named & own


def _titled_person(ent: Span, hits: list[tuple[Span, str]], titles: set[int]) -> bool:
    """A name of three capitalised words that a title introduces, begun by a country's name, is a person whose first
    name it is ("La gobernadora de Guanajuato, Libia Dennise García", "la ministra Libia Dennise García"), whatever
    the model calls it."""
    if len(ent) < 3 or not all(t.is_alpha and t.is_title for t in ent):
        return False
    if not hits or not all(kind == lx.STATE and s.start == ent.start and s.end < ent.end for s, kind in hits):
        return False
    root = ent.root
    return ent.start - 1 in titles or root.dep_ == "appos" and root.head.i in titles


def _attitude(text: str, start: int) -> bool:
    """The name at `start` is a stance towards a country, not the country: "an anti-Syria journalist", "pro-Russian
    separatists"."""
    return text[max(0, start - 5):start].lower().endswith(_FOR_OR_AGAINST)


def _described(ent: Span) -> bool:
    """A "miscellaneous" entity that is a described group, not a name: "Un grupo de encapuchados armados" (the small
    Spanish model tags the phrase after a wire dateline so): an article, then words in lower case."""
    return ent.label_ == "MISC" and ent[0].pos_ == "DET" and any(t.is_lower and t.is_alpha for t in ent[1:])


_POSSESSIVE = frozenset({"'s", "'", "’s", "’"})


def _possessive(ent: Span) -> bool:
    """The English model's entity ends with the possessive: "Narendra Modi's" (in "Narendra Modi's government")."""
    return len(ent) > 1 and ent[-1].lower_ in _POSSESSIVE


def _without_possessive(ent: Span) -> Span:
    """The name without its possessive ending, so that it is the dictionaries' person, not an unknown one."""
    return Span(ent.doc, ent.start, ent.end - 1, label=ent.label_) if _possessive(ent) else ent


class LexiconTagger:
    def __init__(self, lang: str, seeds_dir: Path, places: bool) -> None:
        self.lang = lang
        self.lexicon = lexicon_for(seeds_dir)
        self.gazetteer = places_for(seeds_dir) if places else None
        self.labels = _LABELS.get(lang, _LABELS["en"])

    def __call__(self, doc: Doc) -> Doc:
        spans: list[Span] = []
        text = doc.text  # spaCy rebuilds it from the tokens at each call
        found = self.lexicon.find(text, self.lang)
        places = self._places(text)
        nicknames = [a.span(1) if a.group(1) else a.span(2) for a in _NICKNAME.finditer(text)]
        for n, m in enumerate(found):
            if _of_another_country(text, m, found[n + 1] if n + 1 < len(found) else None):
                continue  # "Santiago de Cuba" is no capital of Chile
            if any(a <= m.start < b for a, b in nicknames):
                continue  # "alias ‘el Indio Marcial’" names a man, not India
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            kinds = {e.kind for e in m.entries}
            if kinds <= {lx.STATE, lx.DEMONYM, lx.ORGANISATION} and _attitude(text, m.start):
                continue  # "an anti-Syria journalist", "an anti-NATO protest": an attitude, not the side
            if kinds <= {lx.DEMONYM} and any(a <= m.start and m.end <= b and b - a > m.end - m.start
                                             for a, b, _ in places):
                continue  # "British Columbia" is a Canadian province, not a British thing
            if kinds <= {lx.STATE, lx.CAPITAL} and self.gazetteer is not None and (
                    self.gazetteer.after_locality(text, m.start)
                    or lx.CAPITAL in kinds and self.gazetteer.goes_on(text, m.end)):
                continue  # "vereda Buenos Aires" is a hamlet, "San José de Apartadó" a village: not the capitals
            label = next(k for k in _KIND_ORDER if k in kinds)
            spans.append(Span(doc, span.start, span.end, label=label, kb_id=" ".join(key(m.text))))
        covered = {i for s in spans for i in range(s.start, s.end)}
        for start, end, place in places:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and span.start not in covered and not _attitude(text, start):
                spans.append(Span(doc, span.start, span.end, label=PLACE_KIND, kb_id=place.name))
                covered.update(range(span.start, span.end))
        doc.spans[SPAN_KEY] = spans
        self._fix_entities(doc, spans)
        return doc

    def _places(self, text: str):
        if self.gazetteer is None:
            return []
        try:
            return self.gazetteer.find_in(text)
        except Exception:  # the gazetteer is another team's code: never stop a run for it
            return []

    def _fix_entities(self, doc: Doc, spans: list[Span]) -> None:
        if any(_described(e) or _possessive(e) for e in doc.ents):
            doc.set_ents([_without_possessive(e) for e in doc.ents if not _described(e)])
        kinds = [s.label_ for s in spans if s.label_ in self.labels]
        named = [Span(doc, s.start, s.end, label=self.labels[s.label_]) for s in spans if s.label_ in self.labels]
        if not named:
            return
        titles = {i for s in spans if s.label_ == lx.AGENT for i in range(s.start, s.end)}
        # A model entity overlapping a gazetteer name gives way to it, unless the
        # model's entity is a longer person name (then the hit is a part of it).
        at: dict[int, list[int]] = {}  # token -> the named spans over it
        for n, s in enumerate(named):
            for i in range(s.start, s.end):
                at.setdefault(i, []).append(n)
        dropped: set[int] = set()
        keep = []
        for ent in doc.ents:
            hits = sorted({n for i in range(ent.start, ent.end) for n in at.get(i, ()) if n not in dropped})
            if not hits:
                keep.append(ent)
            elif ent.label_ == self.labels[lx.PERSON] and all(
                    ent.start <= named[n].start and named[n].end <= ent.end and len(named[n]) < len(ent) for n in hits):
                keep.append(ent)
                dropped.update(hits)
            elif _titled_person(ent, [(named[n], kinds[n]) for n in hits], titles):
                keep.append(Span(doc, ent.start, ent.end, label=self.labels[lx.PERSON]))
                dropped.update(hits)
        named = [s for n, s in enumerate(named) if n not in dropped]
        doc.set_ents(filter_spans(keep + named))
