"""Spanish temporal expressions, as news copy writes them.

Patterns are accent-tolerant and case-insensitive; each handler hands the
recognised parts to `resolvers`, which knows the calendar.
"""
from __future__ import annotations

import re

from . import resolvers as r
from .lexicon import ES_MONTHS, ES_WEEKDAYS, NUMBER_WORDS, alternation, key, number
from .rules import DAY, NOT_YEAR, YEAR, bound, digits, group, lookup, modifier, part, rule

I = re.IGNORECASE
MONTH = alternation(ES_MONTHS)
WD = alternation(ES_WEEKDAYS)
MOD = r"pasad[oa]|[uú]ltim[oa]|pr[oó]xim[oa]|que\s+viene|entrante"
NUMW = alternation(NUMBER_WORDS, accents=False)
TIME_OF_DAY = r"ma[ñn]ana|tarde|noche|madrugada"
YEAR_TAIL = rf"(?:\s+(?:de|del)\s+(?:a[ñn]o\s+)?(?P<y>{YEAR}))?"


def _span(ctx, m):
    return r.span(ctx, m, digits(m["d1"]), lookup(ES_MONTHS, m["m1"] or m["m2"]), digits(m["y1"]),
                  digits(m["d2"]), lookup(ES_MONTHS, m["m2"]), digits(m["y2"]))


def _date(ctx, m):
    return r.explicit_day(ctx, m, digits(m["d"]), lookup(ES_MONTHS, m["m"]), digits(m["y"]),
                          mod=modifier(m["mod1"], m["mod2"]), bound=bound(m["prep"]))


def _numeric(ctx, m):
    return r.explicit_day(ctx, m, int(m["d"]), int(m["m"]), int(m["y"])) if 1 <= int(m["m"]) <= 12 else None


def _part(ctx, m):
    p, rel = part(m["part"]), m["rel"]
    if rel:
        words = key(rel).split()
        unit = "month" if "mes" in words else "year"
        offset = {"past": -1, "next": 1}.get(modifier(*words[-2:]) or modifier(*words[:2]), 0)
        return r.period(ctx, m, unit, offset, part=p)
    if m["m"]:
        return r.named_month(ctx, m, lookup(ES_MONTHS, m["m"]), digits(m["y"]), part=p)
    return r.year(ctx, m, digits(m["yy"]), part=p)


def _month(ctx, m):
    mod = modifier(group(m, "mod1"), group(m, "mod2"))
    return r.named_month(ctx, m, lookup(ES_MONTHS, m["m"]), digits(group(m, "y")),
                         mod=mod, bound=bound(group(m, "prep")))


def _year(ctx, m):
    return r.year(ctx, m, digits(m["y"]), digits(m["y2"]), bound=bound(m["prep"]))


_DAY_OFFSETS = {"anteayer": -2, "antier": -2, "antes de ayer": -2, "ayer": -1, "anoche": -1, "hoy": 0}


def _relative(ctx, m):
    return r.relative_day(ctx, m, _DAY_OFFSETS[" ".join(key(m["w"]).split())])


_NOT_TOMORROW = {"la", "esta", "una", "cada", "misma", "media", "toda", "por", "de", "en", "las",
                 "esa", "aquella", "buena", "primera", "manana", "del", "al"}


def _tomorrow(ctx, m):
    before = ctx.text[max(0, m.start() - 20):m.start()].split()
    if before and key(before[-1]) in _NOT_TOMORROW:
        return None
    return r.relative_day(ctx, m, 1)


def _weekday(ctx, m):
    prep = key(m["prep"] or "")
    return r.weekday(ctx, m, lookup(ES_WEEKDAYS, m["wd"]), mod=modifier(m["mod1"], m["mod2"]),
                     this=prep == "este", bound=bound(prep))


def _weekend(ctx, m):
    return r.weekend(ctx, m, mod=modifier(m["mod1"], m["mod2"]), bound=bound(m["prep"]))


def _period(ctx, m):
    det = " ".join(key(m["det"]).split())
    mod = modifier(m["mod1"], m["mod2"]) or ("this" if det.split()[-1] in ("esta", "este") else None)
    if mod is None:
        return None
    unit = {"semana": "week", "mes": "month"}.get(key(m["unit"]), "year")
    # "en la última semana", "el último mes": the span that ends at publication ("la semana pasada" is the calendar one)
    rolling = any(key(w or "").startswith("ultim") for w in (m["mod1"], m["mod2"]))
    return r.period(ctx, m, unit, {"past": -1, "next": 1}.get(mod, 0), bound=bound(det), rolling=rolling)


def _ago(ctx, m):
    unit = key(m["unit"])
    unit = "day" if unit.startswith("dia") else "week" if unit.startswith("semana") else \
        "month" if unit.startswith("mes") else "year"
    return r.ago(ctx, m, number(m["n"]), unit)


def _interval_after(ctx, m):
    """"dos días después de que un cohete matara a doce niños": what the clause tells came that long before the day the
    sentence is about (an anaphor reaching back from the last date)."""
    days = number(m["n"]) * (7 if key(m["unit"]).startswith("semana") else 1)
    return r.anaphor(ctx, m, -days, bound="after")


def _anaphor(ctx, m):
    t = key(m.group(0))
    shift = 1 if ("siguiente" in t or "despues" in t or "mas tarde" in t) and not t.startswith("horas") \
        and not t.startswith("poco") else -1 if ("anterior" in t or "vispera" in t or t.endswith("antes")) \
        and not t.startswith("horas") and not t.startswith("poco") else 0
    return r.anaphor(ctx, m, shift)


def _day_of_month(ctx, m):
    return r.day_of_month(ctx, m, int(m["d"]))


RULES = [
    rule("span", rf"\b(?:del|desde\s+el|entre\s+el|entre\s+los\s+d[ií]as|los\s+d[ií]as)\s+(?P<d1>{DAY})"
         rf"(?:\s+de\s+(?P<m1>{MONTH}))?(?:\s+de\s+(?P<y1>{YEAR}))?\s+(?:al|hasta\s+el|y\s+el|y|a)\s+"
         rf"(?P<d2>{DAY})\s+de\s+(?P<m2>{MONTH})(?:\s+(?:de|del)\s+(?:a[ñn]o\s+)?(?P<y2>{YEAR}))?", _span, I),
    rule("date", rf"\b(?:(?P<prep>el|este|del|al|desde\s+el|hasta\s+el|para\s+el|a\s+partir\s+del|antes\s+del)\s+)?"
         rf"(?:(?P<mod1>{MOD})\s+)?(?:(?P<wd>{WD}),?\s+)?(?P<d>{DAY})(?:º|°)?\s+de\s+(?P<m>{MONTH})"
         rf"{YEAR_TAIL}(?:\s+(?P<mod2>{MOD}))?", _date, I),
    rule("numeric", rf"\b(?P<d>[0-3]?\d)/(?P<m>[01]?\d)/(?P<y>{YEAR})", _numeric),
    rule("part", rf"\b(?:a|hacia|desde|hasta|para)\s+(?P<part>principios|comienzos|inicios|primeros|mediados|"
         rf"finales|fines|[uú]ltimos)\s+(?:de|del)\s+(?:(?:mes\s+de\s+)?(?P<m>{MONTH}){YEAR_TAIL}|"
         rf"(?:a[ñn]o\s+)?(?P<yy>{YEAR})|(?P<rel>(?:(?:este|el)\s+)?(?:(?:pr[oó]ximo|pasado)\s+)?"
         rf"(?:mes|a[ñn]o)(?:\s+(?:pasado|pr[oó]ximo|que\s+viene))?))", _part, I),
    rule("month", rf"\b(?P<prep>en|desde|hasta|durante|para|a\s+partir\s+de|a\s+lo\s+largo\s+de)\s+"
         rf"(?:(?:el\s+)?mes\s+de\s+)?(?P<m>{MONTH}){YEAR_TAIL}(?:\s+(?P<mod2>pasado|pr[oó]ximo))?\b", _month, I),
    rule("month_year", rf"\b(?P<m>{MONTH})\s+(?:de|del)\s+(?P<y>{YEAR})", _month, I),
    rule("month_mod", rf"\b(?:el\s+)?(?:(?P<mod1>pasado|pr[oó]ximo)\s+mes|mes)\s+de\s+(?P<m>{MONTH})"
         rf"(?:\s+(?P<mod2>pasado|pr[oó]ximo))?\b", _month, I),
    rule("year", rf"\b(?P<prep>en|desde|hasta|durante|para|a\s+partir\s+de|antes\s+de|entre)\s+(?:el\s+)?"
         rf"(?:a[ñn]o\s+)?(?P<y>{YEAR})(?:\s+y\s+(?:el\s+)?(?P<y2>{YEAR}))?(?![.,]\d){NOT_YEAR}", _year, I),
    rule("relative", rf"\b(?:(?:en\s+)?(?:la\s+)?(?:{TIME_OF_DAY})\s+de\s+)?(?P<w>anteayer|antier|antes\s+de\s+ayer|"
         rf"ayer|anoche|hoy)\b(?!\s+en\s+d[ií]a)(?:\s+mismo)?", _relative, I),
    rule("this_part_of_day", rf"\besta\s+(?:misma\s+)?(?:{TIME_OF_DAY})\b",
         lambda ctx, m: r.relative_day(ctx, m, 0), I),
    rule("day_after_tomorrow", r"\bpasado\s+ma[ñn]ana\b", lambda ctx, m: r.relative_day(ctx, m, 2), I),
    rule("tomorrow", r"\bma[ñn]ana\b(?!\s+(?:siguiente|del|de\s+(?:ayer|hoy)))", _tomorrow, I),
    # "ese mismo lunes", "aquel martes": the weekday the story has just told, dated as "el lunes" is
    rule("weekday", rf"\b(?P<prep>(?:en\s+)?(?:la\s+)?(?:{TIME_OF_DAY})\s+del|(?:ese|aquel|el)\s+mismo|ese|aquel|"
         rf"el|este|del|al|desde\s+el|hasta\s+el|para\s+el|a\s+partir\s+del)\s+(?:(?P<mod1>{MOD})\s+)?(?P<wd>{WD})\b(?:\s+(?P<mod2>{MOD}|anterior))?"
         rf"(?:\s+(?:por|en)\s+la\s+(?:{TIME_OF_DAY}))?", _weekday, I),
    rule("weekend", rf"\b(?P<prep>el|este|del|al|desde\s+el|hasta\s+el|durante\s+el)\s+(?:(?P<mod1>{MOD})\s+)?"
         rf"fin\s+de\s+semana(?:\s+(?P<mod2>{MOD}))?", _weekend, I),
    rule("period", rf"\b(?P<det>la|esta|el|este|del|de\s+la|de\s+esta|desde\s+el|desde\s+la|hasta\s+el|hasta\s+la|"
         rf"durante\s+el|durante\s+la|durante\s+esta|durante\s+este)\s+(?:(?P<mod1>{MOD})\s+)?"
         rf"(?P<unit>semana|mes|a[ñn]o)\b(?:\s+(?P<mod2>{MOD}|en\s+curso|anterior))?", _period, I),
    rule("ago", rf"\bhace\s+(?:(?:apenas|s[oó]lo|solamente|unos|unas|m[aá]s\s+de|casi|al\s+menos|poco\s+m[aá]s\s+de|"
         rf"menos\s+de)\s+)?(?P<n>\d+|{NUMW})\s+(?P<unit>d[ií]as?|semanas?|mes(?:es)?|a[ñn]os?)\b", _ago, I),
    rule("anaphor", r"\b(?:(?:ese|aquel|el)\s+mismo\s+d[ií]a|(?:ese|aquel)\s+d[ií]a|(?:esa|aquella)\s+(?:misma\s+)?"
         r"(?:noche|tarde|ma[ñn]ana|jornada)|al\s+d[ií]a\s+siguiente|un\s+d[ií]a\s+(?:despu[eé]s|m[aá]s\s+tarde|antes)|"
         r"(?:el\s+)?d[ií]a\s+anterior|la\s+v[ií]spera|(?:horas|poco)\s+(?:antes|despu[eé]s|m[aá]s\s+tarde)|"
         # "En aquella reunión, la ministra aseguró…": the meeting the article has just dated
         r"(?:en|durante)\s+(?:esa|aquella|dicha)\s+(?:misma\s+)?(?:reuni[oó]n|cita|cumbre|sesi[oó]n|conversaci[oó]n)|"
         r"(?:en|durante)\s+(?:ese|aquel|dicho)\s+(?:mismo\s+)?encuentro)\b", _anaphor, I),
    rule("interval_after", rf"\b(?P<n>\d+|{NUMW})\s+(?P<unit>d[ií]as?|semanas?)\s+despu[eé]s\s+de\s+que\b",
         _interval_after, I),
    rule("day_of_month", r"\bel\s+d[ií]a\s+(?P<d>[0-3]?\d)\b(?!\s+de\s)", _day_of_month, I),
]

FUTURE_MARKERS = re.compile(
    r"(?<![\w])[a-záéíóúñ]{2,}(?:rá|rán|ré|remos|réis)\b|\b(?:Será|Serán|Habrá|Habrán|Estará|Estarán)\b|"
    r"\b(?:[Vv]an?|[Vv]amos)\s+a\s+\w+r\b|\b(?:[Tt]ienen?|[Tt]en[ií]an?)\s+previsto|\b(?:[Pp]rev[ée]n?)\b|"
    r"\b(?:[Ee]st[aá]n?\s+)?previst[oa]s?\b|\b[Pp]lanean?\b|\bse\s+espera\b|\b[Pp]r[oó]ximamente\b|"
    r"\bprogramad[oa]s?\s+para\b|"
    # a date something is called or set for: "convocó una huelga para los días 4, 5 y 6 de mayo"
    r"\bpara\s+(?:el|los)\s+(?:d[ií]as?\s+)?\d|"
    # reported speech puts the future in the conditional: "anunció que iniciaría una huelga el lunes"
    r"\bque\s+(?:no\s+|se\s+)?[a-záéíóúñ]{3,}(?:ría|rían)\b"
)
