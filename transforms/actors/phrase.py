"""What a noun phrase holds: the actor-like spans found in it and what they say of its country, role and title.

`ArticleActors` (resolve.py) finds the spans; these functions read them. A phrase is its head and the words
hanging from it, without the clauses and conjuncts that hang there too.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from transforms.actors import lexicon as lx
from transforms.cues import LangCues
from transforms.records import ActorRef
from transforms.text import fold_word, token_form, token_lemma

# Children whose subtrees are other clauses or other conjuncts, not part of the phrase.
_OUTSIDE = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "cc", "punct", "csubj", "mark"}
PERSON_LABELS = {"PER", "PERSON"}
MAX_DEPTH = 3
SECTOR_DEPTH = 2  # "miembros de un grupo armado": a sector word may sit under a partitive head
# the prepositions that make a noun part of its head ("members of the ministry"), not another party to it
LINKING_PREPS = frozenset({"of", "de", "del"})


@dataclass(frozen=True)
class PhraseWords:
    """The closed word lists a phrase is read with (seeds/patterns/cues.jsonl), folded: `bodies` named after whom
    they gather ("la Federación de Trabajadores del Transporte" are workers), the head words of a party's name
    (`parties`), heads that take their sector from a modifier or the body below them (`members`, with the bodies:
    "opposition supporters", "los dirigentes del sindicato"), `units` that belong to the body named below them
    ("Fuerzas Especiales de Carabineros"), counts of people (`quantities`: "cientos", "thousands") and the words a
    count opens with (`counting`: "unos", "at least")."""

    bodies: frozenset[str]
    parties: frozenset[str]
    members: frozenset[str]
    units: frozenset[str]
    quantities: frozenset[str]
    counting: frozenset[str]

    @classmethod
    def of(cls, cues: LangCues) -> "PhraseWords":
        return cls(cues("bodies"), cues("parties"), cues("members") | cues("bodies"), cues("units"),
                   cues("quantities"), cues("counting"))

    def member(self, tok: Token) -> bool:
        return token_form(tok) in self.members or token_lemma(tok) in self.members


@dataclass(frozen=True)
class Found:
    """An actor-like span inside a phrase, with its depth below the phrase head."""

    span: Span
    kind: str
    entries: tuple[lx.Entry, ...]
    depth: int


def phrase_tokens(head: Token) -> list[Token]:
    """The tokens of the phrase headed by `head`, without clauses and conjuncts hanging from it."""
    out, stack = [], [head]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in _OUTSIDE)
    return sorted(out, key=lambda t: t.i)


def depth_below(tok: Token, head: Token) -> int:
    d, cur = 0, tok
    while cur != head and cur.head != cur:
        cur, d = cur.head, d + 1
    return d if cur == head else 99


def _entity_around(span: Span) -> Span | None:
    """The model's entity holding the whole span, read from the tokens' IOB tags (`doc.ents` builds every entity
    anew at each call)."""
    doc = span.doc
    if not doc[span.start].ent_type_:
        return None
    start = span.start
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = span.start + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end] if span.end <= end else None


def _heads_entity(span: Span, entity: Span) -> bool:
    """The span opens the entity and is its head: "el ministro de Educación", "la Fiscalía General de la República",
    which the model takes for one name (not "El mandatario había", an entity the model let run into a verb)."""
    first = next((t for t in entity if t.pos_ != "DET"), None)
    return first is not None and first.i == span.start and span.start <= entity.root.i < span.end \
        and not _runs_on(entity)


def _ends_entity(span: Span, entity: Span) -> bool:
    """The span closes the entity and is its head, as an English name's head comes last: "the Independent Policing
    Oversight Authority" is an authority (not "Kurdistan Workers' Party", whose head is the party)."""
    return span.end == entity.end and span.start <= entity.root.i < span.end and span.start > entity.start \
        and not _runs_on(entity)


def _runs_on(entity: Span) -> bool:
    """The model let the entity run into a clause ("Los manifestantes bloquearon la carretera" as one MISC): no name."""
    return any(t.pos_ in ("VERB", "AUX") for t in entity)


def names_its_phrase(span: Span, head: Token, words: PhraseWords) -> bool:
    """A sector word is the head of the phrase or of a nominal under it ("miembros de un grupo armado"), not a
    modifier of another noun ("military-to-military communications") nor a word of a longer name ("Kurdistan
    Workers' Party")."""
    e = _entity_around(span)
    if e is not None and not _runs_on(e) and not _heads_entity(span, e) and not _ends_entity(span, e) \
            and not _named_after_a_body(e, words) \
            and any(t.pos_ not in ("DET", "ADP", "PUNCT", "NUM")
                    and token_form(t) not in words.quantities | words.members
                    for t in e if not span.start <= t.i < span.end):
        return False  # "La policía" is the police; "Kurdistan Workers' Party" is not workers; "el ministro de
        # Educación" (one entity to the model) is a minister
    cur = span.root
    while cur != head:
        modifier = cur.dep_ in ("amod", "compound", "nummod", "advmod") or cur.pos_ == "ADJ" or (
            cur.dep_ in ("nmod", "npadvmod") and cur.i < cur.head.i)  # English noun premodifiers
        if modifier and not words.member(cur.head) and not _titles(cur):
            return False
        if cur.dep_ == "poss" and token_form(cur.head) in words.bodies:  # "the Teachers' Dignity Coalition": teachers
            cur = cur.head
            continue
        if cur.head == cur or _linked_by_other_than_of(cur):
            return False
        cur = cur.head
    return True


def _named_after_a_body(e: Span, words: PhraseWords) -> bool:
    """A body whose name opens or ends with a word for a gathering of people is named after them: "la Federación de
    Trabajadores del Transporte" is workers, "la Asociación de Médicos" doctors."""
    named = [t for t in e if t.pos_ != "DET"]
    return bool(named) and (token_form(named[0]) in words.bodies or token_form(named[-1]) in words.bodies)


def party_name(head: Token, words: PhraseWords) -> str | None:
    """The name of the party `head` heads when it is one, spelled as a name ("the Rastriya Swatantra Party", "el
    Partido de la Liberación Dominicana"), not a party named by what it is ("the ruling party")."""
    if token_form(head) not in words.parties or not head.text[:1].isupper():
        return None
    tokens = phrase_tokens(head)
    # the name ends where an aside opens: "the Rastriya Swatantra Party (RSP)"
    end = next((t.i for t in head.doc[head.i + 1: tokens[-1].i + 1] if t.is_punct), tokens[-1].i + 1)
    words = [t for t in tokens if t.i < end and t.pos_ not in ("DET", "PUNCT")]
    while words and (words[0].pos_ == "ADP" or not words[0].text[:1].isupper()):
        words.pop(0)  # "del Partido Morado", "the opposition People's National Party"
    if sum(t.text[:1].isupper() for t in words if t.pos_ != "ADP") < 2:
        return None
    return head.doc[words[0].i: words[-1].i + 1].text


def _titles(tok: Token) -> bool:
    """A title before a person's name: "Opposition leader Martin Fayulu" is the opposition."""
    return tok.dep_ == "compound" and tok.pos_ == "NOUN" and tok.head.ent_type_ in PERSON_LABELS


def _linked_by_other_than_of(tok: Token) -> bool:
    """Introduced by a preposition that makes it another party to its head: "sanctions against the ministry" are not
    the ministry, "members of the ministry" are its."""
    prep = tok.head if tok.dep_ == "pobj" else next((c for c in tok.children if c.dep_ == "case"), None)
    return prep is not None and prep.lower_ not in LINKING_PREPS


def subject_matter(span: Span) -> bool:
    """The country an office deals with, not the one it belongs to: "Oficina de Asuntos de Taiwán del Gobierno
    chino", "the Taiwan Affairs Office", "el Grupo de Expertos en Derechos Humanos sobre Nicaragua de la ONU", "the
    Special Rapporteur on Myanmar" (a name's "sobre"/"on": not "la presión sobre Venezuela")."""
    doc = span.doc
    before = " ".join(t.lower_ for t in doc[max(0, span.start - 2): span.start])
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if before in ("asuntos de", "asuntos del") or after == "affairs":
        return True
    head = span.root.head
    return span.start > 0 and doc[span.start - 1].lower_ in ("sobre", "on") and head.i < span.start \
        and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN") and not head.is_sent_start


def in_pp(tok: Token) -> bool:
    """Introduced by a preposition ("la misión iraní ante la ONU")."""
    return any(c.dep_ == "case" for c in tok.children) or tok.head.dep_ == "prep"


def plausible_person(ent: Span) -> bool:
    """The small models call many capitalised words persons; keep names that look like names."""
    words = [t for t in ent if t.is_alpha]
    if not words or any(t.is_stop and not t.is_title for t in words) or any(t.pos_ == "NUM" for t in words):
        return False  # "Miles de venezolanos" opens with a number, not a name
    return all(t.text[:1].isupper() or _hyphenated(t, ent) for t in words) and len(ent.text) >= 3


def _hyphenated(tok: Token, ent: Span) -> bool:
    """A piece of a hyphenated name, which may be written in lower case: "Koo Yun-cheol", "Mohammed Shia al-Sudani"."""
    doc = tok.doc
    return any(ent.start <= i < ent.end and doc[i].text == "-" for i in (tok.i - 1, tok.i + 1))


def country_of(found: list[Found], locative: frozenset[str] = frozenset()) -> str | None:
    """The country the phrase gives, shallowest first; a place it is in (introduced by one of the `locative`
    prepositions, cues.jsonl's locative_preps) only when no other country is named ("los funcionarios de la Embajada
    de Cuba en Lima" are Cuban)."""
    countries = [(introduced_by(f.span.root, locative), e.country) for f in found
                 if f.kind in (lx.STATE, lx.CAPITAL, lx.DEMONYM, lx.INSTITUTION) for e in f.entries if e.country]
    if not countries:
        return None
    home = _homeland(found, locative)
    return home if home is not None else min(countries, key=lambda c: c[0])[1]


def _homeland(found: list[Found], locative: frozenset[str]) -> str | None:
    """"Kosovo Serbs", "Bosnian Serbs", "los serbios de Kosovo": a people named by its nation and the country it
    lives in is of that country (CAMEO codes an ethnic group by its country: BIH for Bosnian Serbs)."""
    top = min((f.depth for f in found), default=2)  # "cientos de serbios de Kosovo": a people under a count
    head = next((f for f in found if f.depth == top and f.kind == lx.DEMONYM), None)
    if head is None or top > 1:
        return None
    nation = {e.country for e in head.entries}
    return next((e.country for f in found if f.depth == head.depth + 1 and f.kind in (lx.STATE, lx.DEMONYM)
                 and not introduced_by(f.span.root, locative) and not hyphen_after(f.span) for e in f.entries
                 if e.country and e.country not in nation), None)  # "a Russian-Armenian billionaire": the last is his


def hyphen_after(span: Span) -> bool:
    """A hyphen joins the span to the word after it: "a Russian-Armenian billionaire" (two nationalities, not a people
    and its homeland), "the al-Qaeda-linked group" (a patron, not the group)."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in ("-", "–")


def introduced_by(tok: Token, preps: frozenset[str]) -> bool:
    """The word itself is the object of one of `preps` ("en Lima", "in Lima"); unlike whereabouts' test, a noun
    with an "in" phrase of its own ("air strikes in Paktika") is not placed by it."""
    return any(c.dep_ == "case" and c.lower_ in preps for c in tok.children) \
        or tok.dep_ == "pobj" and tok.head.lower_ in preps


def role_of(found: list[Found]) -> str | None:
    for f in found:
        if f.kind in (lx.AGENT, lx.INSTITUTION):
            for e in f.entries:
                if e.role:
                    return e.role
    return None


def led_role(found: list[Found], words: PhraseWords) -> str | None:
    """The role of the body a title's holder leads, when the phrase names it below the title: "el presidente del
    sindicato" is LAB, "the spokesman for the army" MIL, "el presidente del Senado" LEG — not the state's
    president; and of the body a unit belongs to: "Fuerzas Especiales de Carabineros" are police."""
    title = next((f for f in found if f.kind == lx.AGENT and f.depth <= 1
                  and (any(e.title for e in f.entries) or fold_word(f.span.text) in words.units)), None)
    if title is None:
        return None
    own = {e.role for e in title.entries}
    for f in found:
        if f.depth > title.depth and f.kind in (lx.AGENT, lx.INSTITUTION):
            role = next((e.role for e in f.entries if e.role), None)
            if role is not None:
                return role if role not in own else None
    return None


def people_of(found: list[Found], head: Token) -> bool:
    """The phrase's country is a demonym used as a plural noun, naming people."""
    first = next((f for f in found if f.kind in (lx.STATE, lx.CAPITAL, lx.DEMONYM, lx.INSTITUTION)), None)
    root = first.span.root if first is not None else None
    return (first is not None and first.kind == lx.DEMONYM and root.pos_ in ("NOUN", "PROPN")
            and "Plur" in root.morph.get("Number") and root.dep_ not in ("amod", "compound"))


def title_of(found: list[Found]) -> str | None:
    for f in found:
        if f.kind == lx.AGENT and f.depth <= 1:
            for e in f.entries:
                if e.title:
                    return e.title
    return None


_NOT_NAME = frozenset({"DET", "ADP", "NUM", "PUNCT", "CCONJ"})


def body_label(head: Token, found: list[Found], role: str | None, words: PhraseWords) -> str:
    """A sector of a state as the text names it: the name the model finds around the phrase's head ("los Mossos
    d'Esquadra", "the Border Security Force"), else the words that give it its role ("una patrulla de Carabineros",
    "cientos de manifestantes"); nothing when only a country, a capital or a demonym names it. The actor stays
    the country's sector (COL:COP); this is what an analyst reads beside it."""
    places = {t.i for f in found if f.kind in (lx.STATE, lx.CAPITAL, lx.DEMONYM) for t in f.span}
    entity = _entity_around(head.doc[head.i:head.i + 1])
    if entity is not None and not _runs_on(entity):
        name = _trimmed(_clause_of(list(entity), head), words)
        if name and not all(t.i in places for t in name):
            return head.doc[name[0].i:name[-1].i + 1].text
    giving = [f for f in found if f.kind in (lx.AGENT, lx.INSTITUTION) and any(e.role == role for e in f.entries)]
    if not giving:
        return ""
    best = min(giving, key=lambda f: (f.depth, f.kind != lx.INSTITUTION, -len(f.span)))
    name = _trimmed(_with_name_words(list(best.span), places), words)
    return head.doc[name[0].i:name[-1].i + 1].text if name else ""


def _with_name_words(tokens: list[Token], places: set[int]) -> list[Token]:
    """The word and the capitalised modifiers glued to it that make it a name: "Foreign Ministry", "Policía
    Nacional" (not the country: "del Perú")."""
    doc = tokens[0].doc
    root = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])

    def glued(tok: Token) -> bool:
        return tok.head == root and tok.dep_ in ("compound", "amod", "flat") and tok.text[:1].isupper() \
            and tok.i not in places
    while tokens[0].i > 0 and glued(doc[tokens[0].i - 1]):
        tokens = [doc[tokens[0].i - 1], *tokens]
    while tokens[-1].i + 1 < len(doc) and glued(doc[tokens[-1].i + 1]):
        tokens = [*tokens, doc[tokens[-1].i + 1]]
    return tokens


def _clause_of(tokens: list[Token], head: Token) -> list[Token]:
    """The tokens between the punctuation around the head: the model may run a name over a comma ("Horas después,
    carabineros")."""
    before = [t.i for t in tokens if t.is_punct and t.i < head.i]
    after = [t.i for t in tokens if t.is_punct and t.i > head.i]
    return [t for t in tokens if (not before or t.i > max(before)) and (not after or t.i < min(after))]


def _trimmed(tokens: list[Token], words: PhraseWords) -> list[Token]:
    """Without the articles, numbers, quantities and prepositions a name opens or ends with ("Unos 200 beliceños"),
    nor the members of the body it names ("Agentes de la Policía Nacional Civil" is the Policía Nacional Civil)."""
    while tokens and (tokens[0].pos_ in _NOT_NAME or token_form(tokens[0]) in words.quantities or tokens[0].like_num
                      or tokens[0].is_stop and not tokens[0].text[:1].isupper()
                      or token_form(tokens[0]) in words.counting or _member_of_named_body(tokens, words)):
        tokens = tokens[1:]
    while tokens and tokens[-1].pos_ in _NOT_NAME:
        tokens = tokens[:-1]
    return tokens


def _member_of_named_body(tokens: list[Token], words: PhraseWords) -> bool:
    """"Agentes de la Policía Nacional Civil", "members of the Border Security Force": a member word, its
    preposition and a name; not "fuerzas de seguridad", a name of its own."""
    if len(tokens) < 3 or not words.member(tokens[0]) or token_form(tokens[0]) in words.bodies \
            or tokens[1].pos_ != "ADP":
        return False
    name = next((t for t in tokens[2:] if t.pos_ != "DET"), None)
    return name is not None and name.text[:1].isupper()


def phrase_text(head: Token) -> str:
    toks = phrase_tokens(head)
    return head.doc[toks[0].i: toks[-1].i + 1].text if toks else head.text


def with_text(ref: ActorRef, text: str) -> ActorRef:
    return ActorRef(ref.actor_id, ref.name, ref.country_code, ref.role, ref.kind, matched_text=text)
