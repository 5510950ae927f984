"""The wire dateline at the head of an article: "PEKÍN, 15 abr -- ",
"MOSCOW, July 12 (Reuters) -", "WOODSIDE, California, Nov 16 --".

Only the first line is searched, and the place must be written in capitals
(one or two comma-separated parts), so an ordinary opening sentence is never
taken for a dateline. The year, rarely written, comes from publication.
"""
from __future__ import annotations

import re

from . import calendar as cal
from .lexicon import ALL_MONTHS, key
from .model import TemporalExpression
from .rules import YEAR

_MONTH = "|".join(sorted(ALL_MONTHS, key=len, reverse=True))
_PLACE = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’/\- ]+(?:\s*\([^)\n]{1,30}\))?(?:,\s*[A-ZÁÉÍÓÚÑ][\w.'’\- ]{1,30})?"
_AGENCY = r"(?:\s*\([^)\n]{1,30}\))?"
_DASH = r"\s*(?:--|—|–|-|:|\.)\s*"
DATELINE = re.compile(
    rf"^\s*(?P<place>{_PLACE}),\s*(?P<date>(?:(?P<d1>[0-3]?\d)\s+(?:de\s+)?(?P<m1>{_MONTH})|"
    rf"(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d))\.?(?:,?\s+(?:de\s+)?(?P<y>{YEAR}))?){_AGENCY}{_DASH}",
    re.IGNORECASE,
)


def find_dateline(text: str, pub) -> TemporalExpression | None:
    """The dateline's date as a TemporalExpression of kind "dateline", or None."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    m = DATELINE.match(first_line)
    if not m or not m["place"].strip()[:3].isupper():
        return None
    month = ALL_MONTHS.get(key(m["m1"] or m["m2"]))
    day = int(m["d1"] or m["d2"])
    if m["y"]:
        date = cal.safe_date(int(m["y"]), month, day)
    elif pub is not None:
        date = cal.day_month(pub, month, day, "auto")
    else:
        date = None
    start, end = m.span("date")
    return TemporalExpression(start, end, date, None, "day" if date else "unknown", "explicit",
                              False, text[start:end], kind="dateline")
