"""The one parser of wire datelines: "PEKÍN, 15 abr -- ", "MOSCOW, July 12 (Reuters) - ",
"WOODSIDE, California, Nov 16 -- ", "VOSTOCHNI (Rusia), 14 sep -- ", "BOGOTÁ -- ", "GOMA (Reuters) - ",
"PESHAWAR: ".

A dateline is looked for on the first line only, and its place must be written
in capitals, or as a name when a wire service in brackets signs the line
("Freetown, May 14 (EFE).- ", "Vilnius (AFP) - "), so an ordinary opening
sentence ("Rusia y Corea del Norte, 12 de julio -- ...") is never taken for
one. Three stages use it: the sentence splitter starts the story after it, the
date rules date the article by it, and the coder places the lede there and
takes the article's country from it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from transforms.text import fold_word

MONTHS = {
    "enero": 1, "ene": 1, "january": 1, "jan": 1, "febrero": 2, "feb": 2, "february": 2, "marzo": 3, "mar": 3,
    "march": 3, "abril": 4, "abr": 4, "april": 4, "apr": 4, "mayo": 5, "may": 5, "junio": 6, "jun": 6, "june": 6,
    "julio": 7, "jul": 7, "july": 7, "agosto": 8, "ago": 8, "august": 8, "aug": 8, "septiembre": 9, "setiembre": 9,
    "sep": 9, "sept": 9, "set": 9, "september": 9, "octubre": 10, "oct": 10, "october": 10, "noviembre": 11,
    "nov": 11, "november": 11, "diciembre": 12, "dic": 12, "december": 12, "dec": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_CAPS = r"[A-ZÁÉÍÓÚÑÜ][A-ZÁÉÍÓÚÑÜ.'’/\- ]+"
_DATE = (rf"(?:(?P<d1>[0-3]?\d)\s+(?:de\s+)?(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\.?\s+(?P<d2>[0-3]?\d))\.?"
         r"(?:,?\s+(?:de\s+)?(?P<y>(?:19|20)\d\d))?")
# the wire services whose name in brackets after the place marks a dateline with no date and a plain hyphen
_AGENCY = re.compile(r"(?:Reuters|AP|AFP|EFE|Europa Press|DPA|ANSA|Xinhua|TASS|UPI|Prensa Latina|Bloomberg)",
                     re.IGNORECASE)
_LINE = re.compile(
    rf"^\s*(?P<place>{_CAPS}?)(?:\s*\((?P<paren>[^)\n]{{1,30}})\))?"
    rf"(?:,\s*(?P<region>(?!(?:[0-3]?\d\s|(?:{_MONTH})\.?\s+[0-3]?\d))[A-ZÁÉÍÓÚÑ][\w.'’\- ]{{1,30}}?))?"
    rf"(?:,\s*(?P<date>{_DATE}))?(?:\s*\((?P<agency>[^)\n]{{1,30}})\))?"
    r"(?P<dash>\s*\.?(?:--|—|–|(?<=[\s.)])-|:|\.)\s*)",  # not the hyphen of "PORT-AU-PRINCE"
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Dateline:
    place: str  # "WOODSIDE", "PEKÍN"
    qualifier: str | None  # what is written with the place: "California", "Rusia"
    day: int | None
    month: int | None
    year: int | None
    date_span: tuple[int, int] | None  # offsets of the written date ("15 abr")
    end: int  # where the story begins
    local: bool = False  # a local daily's style ("PESHAWAR: "): its own city, not a wire office filing a neighbour's


def _titled(place: str) -> bool:
    """A place written as a name: up to four words, each capitalised ("Freetown", "Puerto Príncipe", "La Paz")."""
    words = place.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() or w.lower() in ("de", "del", "la", "el", "of") for w in words) \
        and words[0][:1].isupper()


def find_dateline(text: str) -> Dateline | None:
    first_line = text[: text.find("\n")] if "\n" in text else text
    m = _LINE.match(first_line)
    if not m or not m["place"].strip():
        return None
    paren_agency = bool(m["paren"]) and _AGENCY.fullmatch(m["paren"].strip()) is not None
    agency = paren_agency or (m["agency"] is not None and _AGENCY.fullmatch(m["agency"].strip()) is not None)
    if not m["place"].strip()[:3].isupper() and not (agency and _titled(m["place"])):
        return None  # a place in capitals, or written as a name and signed by a wire service ("Caracas, Oct 28 (EFE).-")
    colon = m["dash"].strip() == ":" and m["place"].strip().isupper()  # "PESHAWAR: ", the South Asian dailies' style
    if m["date"] is None and m["agency"] is None and not paren_agency and not colon \
            and m["dash"].strip(" .") not in ("--", "—", "–"):
        return None  # without a date only a long dash, a colon after capitals or a wire service marks one
        # ("BOGOTÁ -- ", "PESHAWAR: ", "GOMA (Reuters) - ")
    month = MONTHS.get(fold_word(m["m1"] or m["m2"] or "")) if m["date"] else None
    day = int(m["d1"] or m["d2"]) if m["date"] else None
    return Dateline(
        place=m["place"].strip(), qualifier=((None if paren_agency else m["paren"]) or m["region"] or "").strip() or None,
        day=day, month=month, year=int(m["y"]) if m["y"] else None,
        date_span=m.span("date") if m["date"] else None, end=m.end(), local=colon and not agency,
    )
