"""Calendar arithmetic for resolving expressions against a publication date.

News convention: an expression without a tense marker points at the most
recent matching day on or before publication ("el martes" in a Wednesday
paper is yesterday); a future marker points at the next one.
"""
from __future__ import annotations

import calendar as _cal
import datetime as dt

ONE_DAY = dt.timedelta(days=1)
# A date without a year that would fall within this many days after
# publication is taken as upcoming this year rather than a year ago.
UPCOMING_DAYS = 7


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), dt.date(year, month, _cal.monthrange(year, month)[1])


def week_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of the week holding `day` (ISO weeks)."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def shift_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = _cal.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def weekday_near(pub: dt.date, weekday: int, direction: str) -> dt.date:
    """The `weekday` (0 = Monday) nearest `pub` in `direction`.

    past: on or before pub; past_strict: before; future: on or after;
    future_strict: after.
    """
    delta = (pub.weekday() - weekday) % 7
    if direction == "past":
        return pub - dt.timedelta(days=delta)
    if direction == "past_strict":
        return pub - dt.timedelta(days=delta or 7)
    ahead = (weekday - pub.weekday()) % 7
    if direction == "future":
        return pub + dt.timedelta(days=ahead)
    return pub + dt.timedelta(days=ahead or 7)


def day_month(pub: dt.date, month: int, day: int, direction: str) -> dt.date | None:
    """The year for a day and month given without one.

    past: the latest on or before pub (past_strict: before); future: the
    earliest on or after pub; auto: past, unless this year's date is at most
    UPCOMING_DAYS after publication.
    """
    candidates = [d for y in (pub.year - 1, pub.year, pub.year + 1) if (d := safe_date(y, month, day))]
    before = [d for d in candidates if d < pub or (d == pub and direction != "past_strict")]
    after = [d for d in candidates if d >= pub]
    if direction == "future" and after:
        return after[0]
    if direction == "auto" and after and (after[0] - pub).days <= UPCOMING_DAYS:
        return after[0]
    return before[-1] if before else (after[0] if after else None)


def month_near(pub: dt.date, month: int, direction: str) -> tuple[dt.date, dt.date]:
    """A month named without a year: the latest started by publication, or the next to come."""
    if direction == "future":
        year = pub.year if month >= pub.month else pub.year + 1
    elif direction == "past_strict":
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return month_bounds(year, month)


def part_of(first: dt.date, last: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """Narrow a period to its early, middle or late third ("a principios de julio")."""
    if not part:
        return first, last
    span = (last - first).days + 1
    third = span // 3
    if part == "early":
        return first, first + dt.timedelta(days=third - 1)
    if part == "mid":
        return first + dt.timedelta(days=third), first + dt.timedelta(days=2 * third - 1)
    return first + dt.timedelta(days=2 * third), last
