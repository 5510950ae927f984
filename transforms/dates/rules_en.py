"""English temporal expressions, as news copy writes them.

Same shape as rules_es: patterns recognise, `resolvers` resolve. English
weekday and month names are capitalised in copy, so the bare names ("Monday",
"March") match only capitalised, which keeps "may" and "march" (verbs) out.
"""
from __future__ import annotations

import re

from . import resolvers as r
from .lexicon import EN_MONTH_ABBR, EN_MONTHS, EN_WEEKDAYS, NUMBER_WORDS, key, number
from .rules import NOT_YEAR, YEAR, bound, digits, group, lookup, modifier, part, rule

I = re.IGNORECASE
_MONTHS = {**EN_MONTH_ABBR, **EN_MONTHS}
# Capitalised month names; "May" alone is ambiguous with the modal only at a
# sentence start, which the day/year it needs beside it rules out.
MONTH = "(?:" + "|".join(w.capitalize() for w in sorted(EN_MONTHS, key=len, reverse=True)) + "|(?:" + "|".join(
    w.capitalize() for w in sorted(EN_MONTH_ABBR, key=len, reverse=True)) + r")\b\.?)"
WD = "|".join(w.capitalize() for w in EN_WEEKDAYS)
DAY = r"[0-3]?\d(?:st|nd|rd|th)?(?!\d)"
MOD = r"(?i:last|next|this\s+coming|this\s+past|coming|past|this)"
PREP = r"(?i:on|for|since|until|till|by|from|before|through|to)"
NUMW = "|".join(sorted((w for w in NUMBER_WORDS if w.isascii()), key=len, reverse=True))
TIME_OF_DAY = r"morning|afternoon|evening|night"


def _m(m, name):
    return lookup(_MONTHS, group(m, name))


def _span(ctx, m):
    """Both span rules: "from 11 to 13 July", "July 11-13", "between 30 June and 2 July"."""
    d1, d2 = group(m, "d1") or group(m, "d1b"), group(m, "d2") or group(m, "d2b")
    m1 = _m(m, "m1") or _m(m, "m0") or _m(m, "m2") or _m(m, "m3")
    m2 = _m(m, "m2") or _m(m, "m3") or _m(m, "m0") or m1
    return r.span(ctx, m, digits(d1), m1, digits(group(m, "y1")), digits(d2), m2, digits(group(m, "y2")))


def _date(ctx, m):
    return r.explicit_day(ctx, m, digits(m["d"] or m["d0"]), _m(m, "m") or _m(m, "m0"),
                          digits(m["y"]), mod=modifier(m["mod"]), bound=bound(m["prep"]))


def _iso(ctx, m):
    return r.explicit_day(ctx, m, int(m["d"]), int(m["m"]), int(m["y"])) if 1 <= int(m["m"]) <= 12 else None


def _part(ctx, m):
    p = part(m["part"]) or {"beginning": "early", "start": "early", "middle": "mid", "end": "late"}.get(
        key(m["part2"] or ""))
    if m["rel"]:
        words = key(m["rel"]).split()
        offset = {"past": -1, "next": 1}.get(modifier(words[0]), 0)
        unit = "month" if words[-1] == "month" else "year"
        if key(m["part"] or "") == "earlier" and offset == 0:
            return r.period(ctx, m, unit, 0, to_date=True)  # "earlier this month": the 1st to publication
        return r.period(ctx, m, unit, offset, part=p)
    if m["m"]:
        return r.named_month(ctx, m, _m(m, "m"), digits(m["y"]), part=p, mod=modifier(m["mod"]))
    return r.year(ctx, m, digits(m["yy"]), part=p)


def _month(ctx, m):
    if not (group(m, "prep") or group(m, "mod") or group(m, "y")):
        return None  # a bare "March" or "May" is too often a name or a verb
    return r.named_month(ctx, m, _m(m, "m"), digits(m["y"]), mod=modifier(group(m, "mod")),
                         bound=bound(group(m, "prep")))


def _year(ctx, m):
    y1, y2 = digits(m["y"]), digits(m["y2"])
    if y2 is not None and y2 < 100:  # "1950-53"
        y2 += y1 // 100 * 100
    return r.year(ctx, m, y1, y2, bound=bound(m["prep"]))


_DAY_OFFSETS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
                "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                "tomorrow": 1, "the day after tomorrow": 2}


def _relative(ctx, m):
    return r.relative_day(ctx, m, _DAY_OFFSETS[" ".join(key(m["w"]).split())])


def _weekday(ctx, m):
    mod = modifier(m["mod"])
    return r.weekday(ctx, m, lookup(EN_WEEKDAYS, m["wd"]), mod=None if mod == "this" else mod,
                     this=mod == "this", bound=bound(m["prep"]))


def _weekend(ctx, m):
    mod = modifier(m["mod"])
    return r.weekend(ctx, m, mod=None if mod == "this" else mod, bound=bound(m["prep"]))


def _period(ctx, m):
    mod = modifier(m["mod"])
    unit = {"week": "week", "month": "month"}.get(key(m["unit"]), "year")
    # group(): the possessive rule ("last month's") shares this handler and has no `prep`
    rolling = key(group(m, "mod") or "") == "past"  # "over the past week": the last seven days ("this past" is not)
    return r.period(ctx, m, unit, {"past": -1, "next": 1}.get(mod, 0), bound=bound(group(m, "prep")),
                    rolling=rolling)


def _ago(ctx, m):
    unit = key(m["unit"]).rstrip("s")
    return r.ago(ctx, m, number(m["n"]), unit)


_SHIFTS = {"next": 1, "following": 1, "after": 1, "later": 1, "previous": -1, "before": -1, "earlier": -1}


def _anaphor(ctx, m):
    words = key(m.group(0)).split()
    shift = 0 if words[0] in ("hours", "later", "earlier", "that") else next(
        (s for w, s in _SHIFTS.items() if w in words), 0)
    return r.anaphor(ctx, m, shift)


def _interval_after(ctx, m):
    """", two days after a rocket killed twelve children": the act the clause tells came that long before the day the
    sentence is about (an anaphor reaching back from the last date)."""
    days = number(m["n"]) * (7 if key(m["unit"]).startswith("week") else 1)
    return r.anaphor(ctx, m, -days, bound="after")


RULES = [
    rule("span", rf"\b(?i:from|between)\s+(?:(?P<m0>{MONTH})\s+)?(?P<d1>{DAY})(?:\s+(?P<m1>{MONTH}))?"
         rf"(?:,?\s+(?P<y1>{YEAR}))?\s+(?i:to|and|until|through)\s+(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY})"
         rf"(?(m0)|(?(m2)|\s+(?P<m3>{MONTH})))(?:,?\s+(?P<y2>{YEAR}))?", _span),
    rule("dash_span", rf"\b(?:(?P<m0>{MONTH})\s+(?P<d1>{DAY})\s*[-–]\s*(?P<d2>{DAY})|(?P<d1b>{DAY})\s*[-–]\s*"
         rf"(?P<d2b>{DAY})\s+(?P<m2>{MONTH}))(?:,?\s+(?P<y2>{YEAR}))?", _span),
    rule("date", rf"\b(?:(?P<prep>{PREP})\s+)?(?:(?i:the)\s+)?(?:(?P<mod>(?i:last|next|this))\s+)?(?:(?:{WD}),?\s+)?"
         rf"(?:(?P<m>{MONTH})\s+(?P<d>{DAY})|(?P<d0>{DAY})(?:\s+of)?\s+(?P<m0>{MONTH}))"
         rf"(?:,?\s+(?P<y>{YEAR}))?(?!\s*[-–]\s*\d)", _date),
    rule("iso", rf"\b(?P<y>{YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", _iso),
    rule("part", rf"\b(?i:(?:in|by|since|until)\s+)?(?i:(?:the\s+)?(?P<part>early|mid|late|earlier|later)[-\s]+|"
         rf"(?:at|by|until|since)\s+the\s+(?P<part2>beginning|start|middle|end)\s+of\s+)"
         rf"(?:(?:(?P<mod>(?i:last|next|this))\s+)?(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?|(?P<yy>{YEAR})|"
         rf"(?P<rel>(?i:this|last|next|the)\s+(?:month|year)))\b", _part),
    rule("month", rf"\b(?:(?P<prep>(?i:in|for|since|until|till|by|during|from|before|through))\s+)?(?:(?P<mod>(?i:last|next|this))\s+)?"
         rf"(?P<m>{MONTH})(?:,?\s+(?P<y>{YEAR}))?\b", _month),
    rule("month_year", rf"\b(?P<m>{MONTH}),?\s+(?P<y>{YEAR})", _month),
    rule("year", rf"\b(?P<prep>in|since|until|till|by|during|from|before|through|between)\s+(?:the\s+(?:year\s+)?)?"
         rf"(?P<y>{YEAR})(?:\s*(?:and|to|[-–])\s*(?P<y2>{YEAR}|\d\d(?!\d)))?(?![.,]\d)(?!['’]?s\b){NOT_YEAR}", _year, I),
    rule("relative", r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|last\s+night|"
         rf"today|tonight|tomorrow|this\s+(?:{TIME_OF_DAY}))\b(?:\s+(?:{TIME_OF_DAY}))?", _relative, I),
    rule("weekday", rf"\b(?:(?P<prep>{PREP})\s+)?(?:(?P<mod>{MOD})\s+)?(?P<wd>{WD})\b(?!['’]s)"
         rf"(?:\s+(?i:{TIME_OF_DAY}))?", _weekday),
    rule("weekend", rf"\b(?:(?P<prep>{PREP}|at|over|during)\s+)?(?:the\s+|(?P<mod>{MOD})\s+)weekend\b", _weekend, I),
    rule("period", rf"\b(?:(?P<prep>{PREP}|in|during|earlier|later)\s+)?(?:the\s+)?(?P<mod>{MOD})\s+"
         rf"(?P<unit>week|month|year)\b(?!['’]s)", _period, I),
    rule("ago", rf"\b(?:(?:just|only|about|some|almost|nearly|more\s+than|less\s+than)\s+)?(?P<n>\d+|{NUMW})\s+"
         rf"(?P<unit>days?|weeks?|months?|years?)\s+ago\b", _ago, I),
    rule("interval_after", rf"(?<=[\w,] )(?P<n>\d+|{NUMW})\s+(?P<unit>days?|weeks?)\s+after\b", _interval_after, I),
    rule("anaphor", r"\b(?:(?:on\s+)?the\s+(?:next|following|previous|same)\s+day|(?:on\s+)?the\s+day\s+(?:before|after)|"
         r"(?:later|earlier)\s+that\s+(?:day|night|morning|evening)|(?:on\s+)?that\s+(?:day|night|morning|evening)|"
         r"(?:a\s+day|hours)\s+(?:later|earlier)|"
         # "At that meeting, the minister pledged…": the meeting the article has just dated
         r"(?:at|in|during)\s+(?:that|the\s+same)\s+(?:meeting|summit|session|talks|conversation))\b", _anaphor, I),
]

# Noun-phrase dates ("the 2019 summit", "Tuesday's talks"): about another
# event, kept as a last resort for date_for_event.
MODIFIERS = [
    rule("attributive_year", rf"\bthe\s+(?P<y>{YEAR})(?=\s+[a-z])", lambda ctx, m: r.year(ctx, m, digits(m["y"]))),
    rule("possessive_weekday", rf"\b(?P<wd>{WD})['’]s\b",
         lambda ctx, m: r.weekday(ctx, m, lookup(EN_WEEKDAYS, m["wd"]))),
    rule("possessive_period", r"\b(?P<mod>last|next|this)\s+(?P<unit>week|month|year)['’]s\b", _period, I),
]

FUTURE_MARKERS = re.compile(
    r"\b(?:will|shall|won['’]t)\b|\w['’]ll\b|\b(?:is|are)\s+(?:going|due|set|scheduled|expected|slated)\s+to\b|"
    # reported speech puts the future in "would": "said it would begin a strike on Monday"
    r"\b(?:said|says|announced|warned|added|told\s+\w+)\s+(?:that\s+)?(?:it|they|he|she|we|\w+)\s+would\b|"
    r"\b(?:plans?|planned|intends?)\s+to\b|\bupcoming\b|\bscheduled\s+(?:for|to)\b|"
    # a date something is called or set for: "called a strike for May 4-6"
    r"\bfor\s+(?:\d{1,2}\s+(?-i:" + MONTH + r")|(?-i:" + MONTH + r")\s+\d{1,2}(?!\d)|(?:next\s+)?(?-i:" + WD + r")(?!['’]s))", I)

