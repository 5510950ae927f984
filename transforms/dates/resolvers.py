"""Turn what a rule matched into a resolved TemporalExpression.

Rules (rules_es, rules_en) only recognise; these functions hold the
semantics shared by both languages. Every function takes the Ctx of the text
and the regex match, and returns a TemporalExpression or None.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import calendar as cal
from .model import TemporalExpression

# a full stop ends the clause unless it ends an abbreviation: "U.S. officials", "Oct. 7", "Gen. Ruiz"
_CLAUSE_END = re.compile(r"[;!?\n]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])\.")
_QUOTE = re.compile(r"[\"“”«»]")
_COMPLEMENTIZER = re.compile(r"\b(?:que|that)\b", re.IGNORECASE)
_WINDOW_BEFORE = 70
_WINDOW_AFTER = 40


@dataclass
class Ctx:
    text: str
    pub: dt.date | None
    future_markers: list[int] = field(default_factory=list)  # offsets of the last character of future-tense markers
    # or the regex that finds them, run over the text when an expression first asks (most texts: never)
    markers_of: re.Pattern | None = None

    def future_near(self, start: int, end: int) -> bool:
        """A future-tense marker in the same clause, near the expression."""
        if self.markers_of is not None:
            # where the marker ends: "warned that organisers would" is a future after the "that", not at "warned"
            self.future_markers = [m.end() - 1 for m in self.markers_of.finditer(self.text)]
            self.markers_of = None
        if not self.future_markers:
            return False
        lo = max(0, start - _WINDOW_BEFORE)
        hi = min(len(self.text), end + _WINDOW_AFTER)
        # '"…they will be voted on," he told parliament on Tuesday': a future the quotation says before the telling
        before = [m.end() for m in _CLAUSE_END.finditer(self.text, lo, start)] \
            + [m.end() for m in _QUOTE.finditer(self.text, lo, start)]
        before.sort()
        lo = before[-1] if before else lo
        after = _CLAUSE_END.search(self.text, end, hi)
        hi = after.start() if after else hi
        # "respondió el miércoles que su país «no va a ceder»", "said on Monday that it will…": a future after a
        # "que" / "that" is the reported clause's, not the telling's
        told = _COMPLEMENTIZER.search(self.text, end, hi)
        hi = told.start() if told else hi
        return any(lo <= p < hi for p in self.future_markers)


def finish(
    ctx: Ctx, m: re.Match, first: dt.date | None, last: dt.date | None, precision: str,
    method: str, *, bound: str | None = None, future: bool = False,
) -> TemporalExpression:
    """Build the record; `future` says the phrase itself points forward."""
    if first is None:
        precision, last = "unknown", None
    if last == first:
        last = None
    is_future = future
    if first is not None and ctx.pub is not None:
        is_future = first > ctx.pub or (future and (last or first) >= ctx.pub)
    start, end = m.span()
    return TemporalExpression(start, end, first, last, precision, method, is_future,
                              ctx.text[start:end], bound=bound)


def direction(ctx: Ctx, m: re.Match, mod: str | None, default: str = "past") -> str:
    """past_strict / future_strict from an explicit modifier, else from tense."""
    if mod == "past":
        return "past_strict"
    if mod == "next":
        return "future_strict"
    if ctx.future_near(*m.span()):
        return "future"
    return default


def explicit_day(ctx, m, day: int, month: int, year: int | None, mod=None, bound=None):
    if year is not None:
        first = cal.safe_date(year, month, day)
        return finish(ctx, m, first, None, "day", "explicit", bound=bound) if first else None
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "explicit", bound=bound, future=mod == "next")
    way = direction(ctx, m, mod, default="auto")
    way = {"past_strict": "past_strict", "future_strict": "future"}.get(way, way)
    return finish(ctx, m, cal.day_month(ctx.pub, month, day, way), None, "day", "explicit",
                  bound=bound, future=way.startswith("future"))


def span(ctx, m, d1: int, m1: int, y1: int | None, d2: int, m2: int, y2: int | None):
    """"del 11 al 13 de julio": one year for both ends, taken from either."""
    if y2 is None and y1 is None:
        if ctx.pub is None:
            return finish(ctx, m, None, None, "unknown", "explicit")
        way = direction(ctx, m, None, default="auto")
        first = cal.day_month(ctx.pub, m1, d1, "future" if way.startswith("future") else way)
        if first is None:
            return None
        y1 = first.year
    if y2 is None:
        y2 = y1 if m2 >= m1 else y1 + 1
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    first, last = cal.safe_date(y1, m1, d1), cal.safe_date(y2, m2, d2)
    if not first or not last or last < first:
        return None
    return finish(ctx, m, first, last, "day", "explicit")


def relative_day(ctx, m, offset: int, bound=None):
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "relative", bound=bound, future=offset > 0)
    return finish(ctx, m, ctx.pub + dt.timedelta(days=offset), None, "day", "relative", bound=bound)


def weekday(ctx, m, wd: int, mod: str | None = None, this: bool = False, bound=None):
    """"el martes", "el pasado sábado", "este martes", "next Monday"."""
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "relative", bound=bound, future=mod == "next")
    way = direction(ctx, m, mod)
    if way == "future" and not this:
        way = "future_strict"
    return finish(ctx, m, cal.weekday_near(ctx.pub, wd, way), None, "day", "relative",
                  bound=bound, future=way.startswith("future"))


def weekend(ctx, m, mod: str | None = None, bound=None):
    """Saturday to Sunday of the weekend meant ("el pasado fin de semana", "at the weekend")."""
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "relative", bound=bound, future=mod == "next")
    way = direction(ctx, m, mod)
    saturday = cal.weekday_near(ctx.pub, 5, way)
    return finish(ctx, m, saturday, saturday + cal.ONE_DAY, "day", "relative",
                  bound=bound, future=way.startswith("future"))


_ROLLING_DAYS = {"week": 7, "month": 30, "year": 365}


def period(ctx, m, unit: str, offset: int, part: str | None = None, to_date: bool = False, bound=None,
           rolling: bool = False):
    """This/last/next week, month or year; `to_date` ends it at publication; `rolling`: the span that ends at
    publication ("over the past week", "en la última semana": the last seven days, not the calendar week before)."""
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "relative", bound=bound, future=offset > 0)
    pub = ctx.pub
    if rolling:
        return finish(ctx, m, pub - dt.timedelta(days=_ROLLING_DAYS[unit] - 1), pub, unit, "relative", bound=bound)
    if unit == "week":
        first, last = cal.week_bounds(pub + dt.timedelta(weeks=offset))
    elif unit == "month":
        shifted = cal.shift_months(pub, offset)
        first, last = cal.month_bounds(shifted.year, shifted.month)
    else:
        first, last = dt.date(pub.year + offset, 1, 1), dt.date(pub.year + offset, 12, 31)
    first, last = cal.part_of(first, last, part)
    if to_date:
        last = min(last, pub)
    future = offset > 0 or (offset == 0 and ctx.future_near(*m.span()))
    return finish(ctx, m, first, last, unit, "relative", bound=bound, future=future)


def named_month(ctx, m, month: int, year: int | None, part: str | None = None, mod=None, bound=None):
    """"en julio", "July 2023", "a principios de julio", "el pasado mes de julio"."""
    if year is not None:
        first, last = cal.part_of(*cal.month_bounds(year, month), part)
        return finish(ctx, m, first, last, "month", "explicit", bound=bound)
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "explicit", bound=bound, future=mod == "next")
    way = direction(ctx, m, mod)
    way = "future" if way.startswith("future") else way
    first, last = cal.part_of(*cal.month_near(ctx.pub, month, way), part)
    return finish(ctx, m, first, last, "month", "explicit", bound=bound, future=way == "future")


def year(ctx, m, y1: int, y2: int | None = None, part: str | None = None, bound=None):
    first, last = cal.part_of(dt.date(y1, 1, 1), dt.date(y2 or y1, 12, 31), part)
    if last < first:
        return None
    return finish(ctx, m, first, last, "year", "explicit", bound=bound)


def ago(ctx, m, count: int | None, unit: str):
    """"hace dos días", "three weeks ago": the day that far back."""
    if count is None:
        return None
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "relative")
    if unit == "day":
        day = ctx.pub - dt.timedelta(days=count)
    elif unit == "week":  # the calendar week that far back: Monday to Sunday
        first, last = cal.week_bounds(ctx.pub - dt.timedelta(weeks=count))
        return finish(ctx, m, first, last, "week", "relative")
    elif unit == "month":
        day = cal.shift_months(ctx.pub, -count)
    else:
        day = cal.safe_date(ctx.pub.year - count, ctx.pub.month, ctx.pub.day) or cal.shift_months(ctx.pub, -12 * count)
    return finish(ctx, m, day, None, unit, "relative")


def day_of_month(ctx, m, day: int):
    """"el día 5": this month's, or last month's if still to come."""
    if ctx.pub is None:
        return finish(ctx, m, None, None, "unknown", "relative")
    first = cal.safe_date(ctx.pub.year, ctx.pub.month, day)
    if first is None or first > ctx.pub and not ctx.future_near(*m.span()):
        prev = cal.shift_months(ctx.pub.replace(day=1), -1)
        first = cal.safe_date(prev.year, prev.month, day)
    return finish(ctx, m, first, None, "day", "relative") if first else None


def anaphor(ctx, m, shift: int, bound: str | None = None):
    start, end = m.span()
    return TemporalExpression(start, end, None, None, "unknown", "relative", False,
                              ctx.text[start:end], kind="anaphor", bound=bound, shift_days=shift)
