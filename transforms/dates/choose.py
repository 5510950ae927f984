"""Choose the date of one event from the expressions of its article.

Order of preference, within the event's sentence: an expression in the same
clause as the trigger before one in another clause; an expression dating the
act before a noun-phrase date ("the 2019 summit", kind "modifier"), which dates
only the noun it modifies; the nearest to the trigger. Bounds ("desde 2019", "until Friday") and the day a thing
is set for ("pushed back the vote to Dec. 15") never date an act; the latter is an announced act's planned date.
Then the dateline, then publication.

An expression inside a relative clause set off by commas ("Witkoff, who met Hamas leaders last week, said…") dates
only what that clause tells; one right after a bare Spanish participle ("las medidas dictadas en mayo") dates the
noun it describes; one across "mientras" / "while" dates the other clause.

Precision: DateResolution knows day|month|year|unknown. A week ("la semana
pasada", "next week", "hace dos semanas") becomes precision "day" with
`date` the middle of its working days (its Wednesday; of those before
publication for the week under way) and `end_date` its Sunday: "month" would
overstate the uncertainty and could name the wrong month, and its Monday would
date every act of the week early.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from transforms.records import DateResolution

from .model import TemporalExpression

# Punctuation and coordinating conjunctions: "met Lavrov on Tuesday and signed
# the treaty on Friday" gives each verb its own date.
# a noun-phrase date ("the 2019 summit", "la cumbre del 12 de julio") dates the act only when that noun is the
# trigger: the trigger stands this close to it
MODIFIED_NOUN_CHARS = 30
# "ese mismo día", "la víspera", "a day later" refer back to a date at most this many characters before them
ANAPHOR_REACH = 400
_CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s|\b(?:y|e|pero|mientras|and|but|while|whereas)\b", re.IGNORECASE)
# "X anunció el envío de tropas, mientras que el PMA informó de que durante la última semana distribuyó…": across
# "mientras" / "while" (or a semicolon) another actor's clause begins, and its dates are its own. "While" tells
# the same time: a clause after it with no date of its own has the day the clause before it gave ("pidió el martes
# al grupo…, mientras que el gobernador solicitó…"); a semicolon joins two accounts and lends none
_OTHER_CLAUSE = re.compile(r";|\b(?:mientras|while|whereas)\b", re.IGNORECASE)
_OTHER_ACCOUNT = re.compile(r";")
# "pidió respetar las medidas dictadas en mayo por la CIJ": a date right after a bare Spanish participle dates the
# noun the participle describes (no auxiliary before it: "ha firmado el lunes" is the act itself)
_NOUN_PARTICIPLE = re.compile(r"(?<!\bha )(?<!\bhan )(?<!\bhabía )(?<!\bhabían )(?<!\bfue )(?<!\bfueron )"
                              r"\b\w{3,}(?:ad|id)[oa]s?\s+(?:en\s+|el\s+|la\s+|desde\s+)?$", re.IGNORECASE)
# a relative clause between commas ("Witkoff, who met Hamas leaders last week, said…") dates what it tells, not
# the sentence around it
_RELATIVE = re.compile(r"\s*(?:who|whom|whose|which|que|quien|quienes|cuy[oa]s?|donde|"
                       r"(?:el|la|los|las|lo)\s+cual(?:es)?|"
                       r"(?:en|con|de|a|por|tras)\s+(?:el|la|los|las|lo)\s+(?:que|cual(?:es)?))\b", re.IGNORECASE)


BOUNDS = ("since", "until")  # a period's ends; "to" (the day a thing is set for) may still be a planned date


# "Horas antes", "the day before" reach back to a day: a background year or month told between ("En 2019, el ELN
# atacó…") is no day to count from, the story's day before it is.
_TOO_COARSE_FOR_A_DAY = frozenset({"year", "month"})


def _precision(e: TemporalExpression) -> str:
    return "day" if e.precision == "week" else e.precision


def _resolve(e: TemporalExpression, before: list[TemporalExpression],
             published: dt.date | None = None) -> tuple[dt.date | None, dt.date | None, str]:
    """(date, end_date, precision) of `e`; anaphors from the last dated expression in `before` within reach, else
    from the dateline: "En la víspera" paragraphs after a background "el pasado 12 de febrero" is the eve of the
    story's day, not of that date."""
    if e.kind != "anaphor":
        if e.precision == "week" and e.date is not None:
            return _day_of_week(e, published), e.end_date, _precision(e)
        return e.date, e.end_date, _precision(e)
    base = next((b for b in reversed(before) if b.date is not None and b.kind in ("date", "dateline")
                 and not b.bound and not b.is_future and b.precision not in _TOO_COARSE_FOR_A_DAY
                 and (b.kind == "dateline" or e.start - b.end <= ANAPHOR_REACH)), None)
    if base is None:
        return None, None, "unknown"
    anchor = (base.end_date or base.date) if e.shift_days > 0 else base.date
    return anchor + dt.timedelta(days=e.shift_days), None, _precision(base)


WORKING_DAYS = 5


def _day_of_week(e: TemporalExpression, published: dt.date | None) -> dt.date:
    """The day an act told only by its week is dated: the middle of the week's working days (its Wednesday), or of
    those before publication ("this week" in a Tuesday's story: its Monday). Its Monday would date every such act
    early; `end_date` still closes the week."""
    last = e.date + dt.timedelta(days=WORKING_DAYS - 1)
    if published is not None:
        last = max(e.date, min(last, published))
    return e.date + dt.timedelta(days=(last - e.date).days // 2)


def _same_clause(text_between: str) -> bool:
    return not _CLAUSE_BREAK.search(text_between)


def _distance(e: TemporalExpression, trigger: int) -> int:
    if e.end <= trigger:
        return trigger - e.end
    return max(0, e.start - trigger)


def _result(e: TemporalExpression, date, end, precision, **extra) -> DateResolution:
    method = "dateline" if e.kind == "dateline" else "relative" if e.kind == "anaphor" else e.method
    return DateResolution(date, precision, method, end_date=end, matched_text=e.text, **extra)


_PLUPERFECT = re.compile(r"\b(?:hab[ií]a|hab[ií]an|had)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _in_other_relative_clause(e: TemporalExpression, sentence_start: int, sentence_end: int, trigger: int,
                              text: str) -> bool:
    """The expression stands in a relative clause set off by commas that does not hold the trigger."""
    opening = text.rfind(",", sentence_start, e.start)
    if opening < 0 or not _RELATIVE.match(text, opening + 1) \
            or _PLUPERFECT.search(text, max(0, trigger - 12), trigger):
        return False  # "Lai, que juró el cargo el lunes, había pedido…": a pluperfect reaches back to that date
    closing = text.find(",", e.end, sentence_end)
    closing = sentence_end if closing < 0 else closing
    return not opening < trigger < closing


class _Rank(NamedTuple):
    """How well an expression dates the trigger, best lowest: a clause's own date before a noun's, the trigger's
    clause before another, then nearness."""
    modifier: bool
    other_clause: bool
    distance: int


def _ranked(expressions, sentence_start, sentence_end, trigger, text_of, text=None, started=False, published=None):
    """Dated, non-bound expressions of the sentence, best first, each with its resolution; with `started`, the
    day a period starts ("desde el 28 de abril") too."""
    before = [e for e in expressions if e.end <= sentence_start and e.date is not None]
    ranked = []
    for e in expressions:
        if not (sentence_start <= e.start and e.end <= sentence_end) or e.kind == "dateline" or e.bound in BOUNDS \
                and not (started and e.bound == "since" and e.precision == "day"):
            continue  # a period's start dates an act begun that day, not one going on "since June"
        if text is not None and _in_other_relative_clause(e, sentence_start, sentence_end, trigger, text):
            continue
        if e.bound == "after" and trigger < e.start:
            continue  # "advirtió hoy…, dos días después de que un cohete matara": the interval dates what follows it
        if e.kind == "modifier" and _distance(e, trigger) > MODIFIED_NOUN_CHARS:
            continue  # "condemned the strike as a violation of the November 2024 truce": the truce's date, not his
        if text is not None and e.start > trigger and _distance(e, trigger) > MODIFIED_NOUN_CHARS \
                and _NOUN_PARTICIPLE.search(text, max(sentence_start, e.start - 40), e.start):
            continue
        # an interval reaches back from the day its own sentence gives before it ("late on Friday, a day after…")
        anchors = before + [b for b in expressions if e.bound == "after" and sentence_start <= b.start
                            and b.end <= e.start and b.date is not None]
        date, end, precision = _resolve(e, anchors, published)
        if date is None:
            continue
        lo, hi = sorted((e.end if e.end <= trigger else trigger, e.start if e.start > trigger else trigger))
        if text_of and (_OTHER_CLAUSE if e.start > trigger else _OTHER_ACCOUNT).search(text_of(lo, hi)):
            continue
        same = _same_clause(text_of(lo, hi)) if text_of else True
        ranked.append((_Rank(e.kind == "modifier", not same, _distance(e, trigger)), e, date, end, precision))
    ranked.sort(key=lambda r: r[0])
    return ranked


def date_for_event(
    expressions: list[TemporalExpression], sentence_start: int, sentence_end: int, trigger_offset: int,
    published: dt.date | None, *, future: bool = False, text: str | None = None, started: bool = False,
) -> DateResolution:
    """The date of an event whose trigger is at `trigger_offset` in the sentence
    [sentence_start, sentence_end). Clause breaks between an expression and
    the trigger are read from the article text: `text`, else the `.text` of
    the list find_expressions returned; without either, nearness decides. `started`: the act is dated by the day it
    began, so "since" gives its date ("están en huelga desde el 28 de abril"; an act told as done: "irrumpieron
    desde el jueves"); a present "continúan desde el lunes" is dated by its article."""
    text = text if text is not None else getattr(expressions, "text", None)
    text_of = (lambda a, b: text[a:b]) if text is not None else None
    ranked = _ranked(expressions, sentence_start, sentence_end, trigger_offset, text_of, text, started, published)
    dateline = next((e for e in expressions if e.kind == "dateline" and e.date is not None), None)
    if future:
        return _future(ranked, dateline, published)
    ranked = [r for r in ranked if r[1].bound != "to"]  # the day it is moved to
    # a day still to come dates the act (as planned) only from the act's own clause: "supported Palau … and would
    # donate a patrol boat next year" did its supporting already
    acts = [r for r in ranked if not _ahead(r[2], published)] or [r for r in ranked if not r[0].other_clause]
    acts = [r for r in acts if not _still_running(r, published)]
    if acts:
        _, e, date, end, precision = acts[0]
        return _result(e, date, end, precision)
    return _fallback(dateline, published)


def _still_running(ranked_row, published: dt.date | None) -> bool:
    """A month or a year the article is written in ("este año", "en lo que va de 2026", "this month") frames a count
    or a trend ("eleva a doce los secuestros de este año"), not the day of the act; the dateline dates it better."""
    _, _, date, end, precision = ranked_row
    return published is not None and precision in ("month", "year") and end is not None and date <= published <= end


def _ahead(date: dt.date, published: dt.date | None) -> bool:
    return published is not None and date > published


def _fallback(dateline, published, **extra) -> DateResolution:
    if dateline is not None:
        return DateResolution(dateline.date, "day", "dateline", matched_text=dateline.text, **extra)
    if published is not None:
        return DateResolution(published, "day", "publication", **extra)
    return DateResolution(None, "unknown", "none", **extra)


def _future(ranked, dateline, published) -> DateResolution:
    """An announced act: dated when announced, with the planned date beside it."""
    planned = next((r for r in ranked if r[1].is_future or _ahead(r[2], published)), None)
    candidates = [r for r in ranked if r is not planned and not r[1].is_future and r[1].bound != "to"
                  and not _ahead(r[2], published) and r[1].kind != "modifier" and not _still_running(r, published)]
    # an announcement is dated by a day ("Pekín anunció ayer..."), a month or year nearer the trigger is background
    # ("desde que Rusia invadió Ucrania en febrero de 2022, y Pekín anunció que enviará...")
    said = next((r for r in candidates if r[4] == "day"), candidates[0] if candidates else None)
    planned_date = planned[2] if planned else None
    if said is not None:
        _, e, date, end, precision = said
        return _result(e, date, end, precision, planned_date=planned_date)
    matched = planned[1].text if planned else ""
    if published is not None:
        return DateResolution(published, "day", "publication", planned_date=planned_date, matched_text=matched)
    if dateline is not None:
        return DateResolution(dateline.date, "day", "dateline", planned_date=planned_date, matched_text=dateline.text)
    return DateResolution(None, "unknown", "none", planned_date=planned_date, matched_text=matched)

