"""The Rule record and helpers shared by the language rule sets."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from .lexicon import key
from .model import TemporalExpression
from .resolvers import Ctx

Handler = Callable[[Ctx, re.Match], "TemporalExpression | None"]

YEAR = r"(?:1[5-9]|20)\d\d(?!\d)"
DAY = r"[0-3]?\d(?!\d)"
# A four-digit number followed by one of these is a count, not a year.
NOT_YEAR = (r"(?!\s*(?:%|por\s+ciento|per\s*cent|millones|million|mil\b|km|kil[oó]metros|metros|miles\b|"
            r"d[oó]lares|dollars|euros|personas|people|soldados|soldiers|troops|habitantes|votos|votes))")


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    handler: Handler


def rule(name: str, pattern: str, handler: Handler, flags: int = 0) -> Rule:
    return Rule(name, re.compile(pattern, flags), handler)


def group(m: re.Match, name: str) -> str | None:
    """A named group's text, or None when the pattern has no such group or it did not take part."""
    try:
        return m.group(name)
    except IndexError:
        return None


def digits(text: str | None) -> int | None:
    if not text:
        return None
    only = "".join(c for c in text if c.isdigit())
    return int(only) if only else None


def lookup(table: dict[str, int], word: str | None) -> int | None:
    return table.get(key(word)) if word else None


def modifier(*words: str | None) -> str | None:
    """"past" / "next" / "this" from a modifier word in either language."""
    for word in words:
        if not word:
            continue
        w = " ".join(key(word).split())
        if w in ("pasado", "pasada", "ultimo", "ultima", "anterior", "last", "past", "this past"):
            return "past"
        if w in ("proximo", "proxima", "que viene", "entrante", "next", "coming", "this coming"):
            return "next"
        if w in ("este", "esta", "this", "en curso"):
            return "this"
    return None


PREP_BOUNDS = {
    "desde": "since", "desde el": "since", "desde la": "since", "a partir de": "since",
    "a partir del": "since", "since": "since", "from": "since",
    "hasta": "until", "hasta el": "until", "hasta la": "until", "until": "until",
    "till": "until", "by": "until", "through": "until", "antes de": "until", "antes del": "until",
    "before": "until",
    # the day something is moved or set to ("pushed back the election to Dec. 15", "aplazó la votación para el 15 de
    # diciembre"): never the day of the act, but the day an announced act is planned for
    "to": "to", "para el": "to",
}


def bound(prep: str | None) -> str | None:
    return PREP_BOUNDS.get(" ".join(key(prep).split())) if prep else None


PARTS = {
    "principios": "early", "comienzos": "early", "inicios": "early", "primeros": "early",
    "early": "early", "earlier": "early", "mediados": "mid", "mid": "mid",
    "finales": "late", "fines": "late", "ultimos": "late", "late": "late", "later": "late",
}


def part(word: str | None) -> str | None:
    return PARTS.get(key(word)) if word else None
