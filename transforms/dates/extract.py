"""Find every temporal expression in an article.

Every rule of the language runs over the whole text; among overlapping
matches the earliest wins, then the longest, then the first rule listed. A
dateline found at the head of the text takes precedence over all.
Noun-phrase dates ("the 2019 summit") are kept with kind "modifier" so the
event dater can fall back on them.
"""
from __future__ import annotations

import datetime as dt
import re

from . import rules_en, rules_es
from .datelines import find_dateline
from .lexicon import key
from .model import TemporalExpression
from .resolvers import Ctx

_LANGS = {"es": rules_es, "en": rules_en}
# Spanish: "la cumbre del 12 de julio", "la reunión del martes" name an act by
# its date; "la noche del martes", "el día del ataque" do not.
_ES_ACT_NOUNS = {"manana", "tarde", "noche", "madrugada", "dia", "jornada", "fecha", "mediodia"}


def _modules(lang: str | None):
    code = key(lang or "")[:2]
    return [_LANGS[code]] if code in _LANGS else [rules_es, rules_en]


def _is_spanish_modifier(text: str, e: TemporalExpression) -> bool:
    """A date introduced by "del"/"de" after a noun ("la cumbre del 12 de julio")."""
    words = key(e.text).split()
    if not words or words[0] in ("el", "la", "en", "este", "esta", "a", "al", "desde", "hasta", "para"):
        return False  # "de la noche del viernes" dates an act
    if words[0] not in ("del", "de"):
        before = text[max(0, e.start - 25):e.start].split()
        if not (before and key(before[-1]) in ("de", "del") and len(before) > 1):
            return False
        noun = key(before[-2])
    else:
        before = text[max(0, e.start - 25):e.start].split()
        if not before:
            return False
        noun = key(before[-1])
    return noun.isalpha() and noun not in _ES_ACT_NOUNS and noun not in ("partir", "antes", "despues", "desde")


_EN_LEADING = {"on", "since", "until", "till", "by", "from", "before", "through", "in", "during", "of", "after"}
# what may follow "the <date>" when the date is not a noun's modifier ("On the 12th the army attacked")
_EN_NOT_A_NOUN = {"the", "a", "an", "his", "her", "its", "their", "our", "he", "she", "it", "they", "we", "i", "and",
                  "or", "to", "at", "in", "on", "when", "as", "after", "before", "that", "this", "of", "for", "with"}
_NEXT_WORD = re.compile(r"[ \t]+([^\W\d_][\w'’-]*)")


def _is_english_modifier(text: str, e: TemporalExpression) -> bool:
    """A date between "the" and a noun names the thing by its date: "the November 2024 truce", "since the Oct. 7
    attacks"; the act the sentence reports happened on another day. A possessive does the same: "October's
    disputed election", "Tuesday's attack"."""
    if text[e.end:e.end + 2] in ("'s", "’s"):
        return True
    words = e.text.split()
    if words and key(words[0]) in _EN_LEADING:
        words = words[1:]
    if not (words and key(words[0]) == "the" or key(text[max(0, e.start - 4):e.start]) == "the"):
        return False
    following = _NEXT_WORD.match(text, e.end)
    return following is not None and key(following.group(1)) not in _EN_NOT_A_NOUN


def _candidates(text: str, ctx: Ctx, module) -> list[tuple[int, int, int, TemporalExpression]]:
    found = []
    for order, each in enumerate(module.RULES):
        for m in each.regex.finditer(text):
            expr = each.handler(ctx, m)
            if expr is None:
                continue
            if expr.kind == "date" and (module is rules_es and _is_spanish_modifier(text, expr)
                                        or module is rules_en and _is_english_modifier(text, expr)):
                expr = _as_modifier(expr)
            found.append((expr.start, -(expr.end - expr.start), order, expr))
    for order, each in enumerate(getattr(module, "MODIFIERS", []), start=len(module.RULES)):
        for m in each.regex.finditer(text):
            expr = each.handler(ctx, m)
            if expr is not None:
                found.append((expr.start, -(expr.end - expr.start), order, _as_modifier(expr)))
    return found


def _as_modifier(e: TemporalExpression) -> TemporalExpression:
    return TemporalExpression(e.start, e.end, e.date, e.end_date, e.precision, e.method, e.is_future,
                              e.text, kind="modifier", bound=e.bound)


class Expressions(list):
    """A plain list of TemporalExpression that also remembers the text searched,
    so date_for_event can see clause breaks without being handed the text."""

    def __init__(self, items=(), text: str = ""):
        super().__init__(items)
        self.text = text


def find_expressions(text: str, lang: str | None, published: dt.date | None) -> list[TemporalExpression]:
    """Every temporal expression in `text`, resolved against `published`;
    non-overlapping, in text order, the dateline (kind "dateline") first.
    `lang` "es" or "en" (a region suffix is ignored); any other runs both."""
    chosen = Expressions(text=text or "")
    if not text:
        return chosen
    dateline = find_dateline(text, published)
    if dateline is not None:
        chosen.append(dateline)
    found = []
    for module in _modules(lang):
        ctx = Ctx(text, published, markers_of=module.FUTURE_MARKERS)
        found.extend(_candidates(text, ctx, module))
    found.sort(key=lambda c: c[:3])
    taken_until = dateline.end if dateline else 0
    for start, _, _, expr in found:
        if start >= taken_until:
            chosen.append(expr)
            taken_until = expr.end
    return chosen
