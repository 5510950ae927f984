"""The date of the wire dateline at the head of an article ("PEKÍN, 15 abr -- "): its year, rarely written,
comes from publication."""
from __future__ import annotations

from transforms.datelines import find_dateline as parse_dateline

from . import calendar as cal
from .model import TemporalExpression



def find_dateline(text: str, pub) -> TemporalExpression | None:
    """The dateline's date (transforms.datelines finds it) as a TemporalExpression of kind "dateline", or None."""
    line = parse_dateline(text)
    if line is None or line.date_span is None:
        return None
    if line.year:
        date = cal.safe_date(line.year, line.month, line.day)
    elif pub is not None:
        date = cal.day_month(pub, line.month, line.day, "auto")
    else:
        date = None
    start, end = line.date_span
    return TemporalExpression(start, end, date, None, "day" if date else "unknown", "explicit",
                              False, text[start:end], kind="dateline")
