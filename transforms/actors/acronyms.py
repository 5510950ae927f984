"""Acronyms an article defines: "la Federación Colombiana de Educadores (FECODE)", "la Fiscalía General de la
República (FGR)". Domestic news names its unions, prosecutors and agencies in full once and by acronym after; the
dictionaries know few of them, but the full name often says what the body is (educators, the judiciary)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.attrs import ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from transforms.actors import lexicon as lx
from transforms.records import ActorRef


_OPEN = get_string_id("(")


def defined_acronyms(doc: Doc, known: Callable[[int], bool], resolve: Callable[[Token], ActorRef | None],
                     shared: Callable[[int], bool]) -> dict[str, lx.Entry]:
    """Each acronym in brackets after a name (`known`: the token already names an actor) -> the lexicon entry of
    what `resolve` makes of the name (`shared`: the token names a body by a name many countries' bodies bear)."""
    defined: dict[str, lx.Entry] = {}
    # the opening brackets, read as an array: most tokens are not one
    opening = (doc.to_array([ORTH]) == _OPEN).nonzero()[0].tolist() if len(doc) > 3 else []
    for i in opening:
        if not 1 <= i < len(doc) - 2:
            continue
        acronym = doc[i + 1]
        if doc[i + 2].text != ")" or not _acronym(acronym.text) or known(i + 1):
            continue
        entry = entry_for(resolve(_name_head(doc[i - 1])), acronym.text)
        if entry is not None and shared(i - 1):
            # "the Democratic Party (PD)" read before the story's country was known: the acronym is as shared
            entry = replace(entry, shared=True)
        if entry is not None:
            defined.setdefault(acronym.text, entry)
    return defined


def entry_for(ref: ActorRef | None, alias: str) -> lx.Entry | None:
    """What the acronym is: the organisation, the state body ("FGR": Mexico's judiciary), or a sector whose
    country is the article's ("FECODE": educators), as the full name was."""
    if ref is None:
        return None
    if ref.kind == "organisation":
        return lx.Entry(lx.ORGANISATION, alias, ref.actor_id, ref.name, ref.country_code, ref.role)
    if ref.kind == "state" and ref.role and ref.country_code:
        return lx.Entry(lx.INSTITUTION, alias, country=ref.country_code, role=ref.role)
    if ref.kind == "sector" and ref.role:
        return lx.Entry(lx.AGENT, alias, role=ref.role)
    return None


def _acronym(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isalpha() and text.isupper()


def _name_head(last: Token) -> Token:
    """The head of the capitalised name ending at `last`: "Federación" in "Federación Colombiana de Educadores"."""
    cur = last
    while cur.head.i < cur.i and cur.head.pos_ == "PROPN" and cur.head.text[:1].isupper():
        cur = cur.head
    return cur
