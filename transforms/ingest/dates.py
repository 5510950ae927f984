"""Publication dates: ISO, RFC 822 (feeds) and the common written forms.

A missing date is allowed (None). A date that cannot be read raises
`DateProblem('bad_date')`; one after the run raises `DateProblem('future_date')`.
A date without a time zone may be local time anywhere on Earth, so it counts as
future only when it is later than the run's UTC date plus 14 hours (UTC+14).
Numeric dates are read day first (12/07/2025 is 12 July), the newsroom
convention in Spanish, unless only month-first makes sense (07/25/2025).
"""
from __future__ import annotations

import datetime as dt
import email.utils
import re

from transforms.text import fold_word

_LATEST_OFFSET = dt.timedelta(hours=14)

# Month names (Spanish and English, with usual abbreviations), accents removed.
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            "enero ene january jan",
            "febrero feb february",
            "marzo mar march",
            "abril abr april apr",
            "mayo may",
            "junio jun june",
            "julio jul july",
            "agosto ago august aug",
            "septiembre setiembre sept sep september set",
            "octubre oct october",
            "noviembre nov november",
            "diciembre dic december dec",
        ],
        start=1,
    )
    for name in names.split()
}
_MONTH = r"(?P<month>[a-z]+)\.?"
_YEAR = r"(?P<year>\d{4})"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|º|o)?"
_TIME = r"(?:,?\s*(?:a las\s+)?\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:am|pm|h|hrs)?\s*(?:[a-z]{2,5}|[+-]\d{2}:?\d{2})?)?"
_WRITTEN = [
    re.compile(rf"^{_DAY}\s*(?:de\s+)?{_MONTH}\s*,?\s*(?:de(?:l)?\s+)?{_YEAR}{_TIME}$"),  # 12 de julio de 2025, 12 July 2025
    re.compile(rf"^{_MONTH}\s+{_DAY},?\s+{_YEAR}{_TIME}$"),  # July 12, 2025
]
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})" + _TIME + "$")
_SLASHED_ISO = re.compile(r"^(?P<year>\d{4})[/.](?P<month>\d{1,2})[/.](?P<day>\d{1,2})$")
_WEEKDAY = re.compile(
    r"^(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|"
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+"
)


class DateProblem(ValueError):
    """`reason` is 'bad_date' or 'future_date'; the message says why."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", fold_word(text.strip()))


def _from_iso(text: str) -> dt.date | dt.datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text.replace(" ", "T", 1))


def _from_rfc822(text: str) -> dt.datetime | None:
    if not re.search(r"\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}", text):
        return None
    return email.utils.parsedate_to_datetime(text)


def _from_written(text: str) -> dt.date | None:
    plain = _WEEKDAY.sub("", _plain(text))
    for pattern in _WRITTEN:
        m = pattern.match(plain)
        if m and m["month"] in _MONTHS:
            return dt.date(int(m["year"]), _MONTHS[m["month"]], int(m["day"]))
    m = _SLASHED_ISO.match(plain)
    if m:
        return dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    m = _NUMERIC.match(plain)
    if m:
        a, b = int(m["a"]), int(m["b"])
        day, month = (b, a) if a <= 12 < b else (a, b)
        return dt.date(int(m["year"]), month, day)
    return None


def _parse(value: object) -> dt.date | dt.datetime | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value
    if not isinstance(value, str):
        raise ValueError(f"{type(value).__name__} values are not dates")
    text = value.strip()
    for reader in (_from_iso, _from_rfc822, _from_written):
        found = reader(text)
        if found is not None:
            return found
    raise ValueError("not a recognised date form")


def parse_published(value: object, now: dt.datetime) -> dt.date | None:
    """The publication date of `value`, None when absent; raise DateProblem."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        found = _parse(value)
    except (ValueError, TypeError, OverflowError) as exc:
        raise DateProblem("bad_date", f"published_at {value!r} is not a valid date ({exc})") from exc
    if now.tzinfo is None:
        now = now.replace(tzinfo=dt.timezone.utc)
    if isinstance(found, dt.datetime) and found.tzinfo is not None:
        future = found > now
        day = found.date()
    else:
        day = found.date() if isinstance(found, dt.datetime) else found
        future = day > (now.astimezone(dt.timezone.utc) + _LATEST_OFFSET).date()
    if future:
        raise DateProblem("future_date", f"published_at {value!r} is after the run ({now:%Y-%m-%d %H:%M} UTC)")
    return day
