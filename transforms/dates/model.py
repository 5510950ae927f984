"""The temporal expression record the date rules produce."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

# Precision values, coarsest last. "week" extends the records contract's
# day|month|year|unknown for "la semana pasada" / "next week".
PRECISIONS = ("day", "week", "month", "year", "unknown")


@dataclass(frozen=True)
class TemporalExpression:
    """One temporal expression found in a text, resolved if it can be.

    `start`/`end` are character offsets into the text searched. For a period
    ("en julio", "la semana pasada", "del 11 al 13 de julio") `date` is its
    first day and `end_date` its last; for a single day `end_date` is None.
    `date` is None when the expression cannot be resolved (a relative
    expression without a publication date); `precision` is then "unknown".

    `kind` is "date" for ordinary expressions, "dateline" for the date of a
    wire dateline ("MOSCÚ, 12 jul (EFE) —"), and "anaphor" for "ese mismo día",
    "the next day": those carry no date of their own, only `shift_days`
    relative to the last date the article gave; "modifier" for a date inside
    a noun phrase ("the 2019 summit", "la cumbre del 12 de julio"), which dates
    another thing and is a last resort for an event. `bound` is "since" or "until"
    when the expression bounds a period ("desde el lunes", "until 2030")
    rather than dating an act, and "to" when it is the day a thing is set for
    ("pushed back the vote to Dec. 15", "para el 15 de diciembre"); "after" for an anaphor that dates only the
    clause it opens ("two days after a rocket killed twelve children").
    """

    start: int
    end: int
    date: dt.date | None
    end_date: dt.date | None
    precision: str  # day | week | month | year | unknown
    method: str  # explicit | relative
    is_future: bool
    text: str
    kind: str = "date"  # date | dateline | anaphor | modifier
    bound: str | None = None  # since | until | to | after | None
    shift_days: int = 0  # anaphors only
