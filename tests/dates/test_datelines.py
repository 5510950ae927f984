"""The wire dateline at the head of an article dates the article."""
import datetime as dt

import pytest

from transforms.dates import find_expressions
from transforms.datelines import find_dateline

D = dt.date

CASES = [
    ("PEKÍN, 15 abr -- El presidente de Brasil fue recibido ayer.", "es", D(2023, 4, 15), "15 abr", D(2023, 4, 15)),
    ("CIUDAD DE MÉXICO, 6 abr -- México anunció la ruptura.", "es", D(2024, 4, 6), "6 abr", D(2024, 4, 6)),
    ("VOSTOCHNI (Rusia), 14 sep -- Kim y Putin se reunieron.", "es", D(2023, 9, 14), "14 sep", D(2023, 9, 14)),
    ("MOSCÚ, 31 dic (EFE) -- El Kremlin felicitó a Pyongyang.", "es", D(2026, 1, 1), "31 dic", D(2025, 12, 31)),
    ("MOSCOW, July 12 (Reuters) - Lavrov flew to Wonsan.", "en", D(2025, 7, 12), "July 12", D(2025, 7, 12)),
    ("SEOUL, Sept 14 (Reuters) - North Korea fired a missile.", "en", D(2025, 9, 15), "Sept 14", D(2025, 9, 14)),
    ("WOODSIDE, California, Nov 16 -- Biden and Xi agreed.", "en", D(2023, 11, 16), "Nov 16", D(2023, 11, 16)),
    ("PORT-AU-PRINCE, April 29 (Reuters) - Japan pledged aid.", "en", D(2026, 4, 29), "April 29", D(2026, 4, 29)),
]


@pytest.mark.parametrize("text, lang, published, matched, date", CASES, ids=[c[0][:30] for c in CASES])
def test_a_wire_dateline_is_found_and_takes_its_year_from_publication(text, lang, published, matched, date):
    first = find_expressions(text, lang, published)[0]
    assert (first.kind, first.text, first.date, first.precision) == ("dateline", matched, date, "day")


def test_an_opening_sentence_with_a_date_is_not_a_dateline():
    found = find_expressions("Rusia y Corea del Norte, 12 de julio -- firmaron.", "es", D(2025, 7, 12))
    assert all(e.kind != "dateline" for e in found)


def test_a_dateline_without_publication_has_no_date_but_is_still_found():
    first = find_expressions("PEKÍN, 15 abr -- Xi recibió a Lula.", "es", None)[0]
    assert (first.kind, first.date, first.precision) == ("dateline", None, "unknown")


@pytest.mark.parametrize("text, place, qualifier", [
    ("GOMA (Reuters) - M23 rebels seized the town.", "GOMA", None),
    ("GOMA, Congo (Reuters) - M23 rebels seized the town.", "GOMA", "Congo"),
    ("LIMA (EFE) - La Policía detuvo a tres sospechosos.", "LIMA", None),
], ids=["agency-only", "agency-and-country", "spanish-agency"])
def test_a_wire_service_in_brackets_marks_a_dateline_with_no_date_and_a_plain_hyphen(text, place, qualifier):
    line = find_dateline(text)
    assert line is not None and (line.place, line.qualifier) == (place, qualifier)


@pytest.mark.parametrize("text, place, day", [
    ("Freetown, May 14 (EFE).- Sierra Leone summoned Guinea's ambassador.", "Freetown", 14),
    ("Tegucigalpa, 9 dic 2025 (AFP) - Simpatizantes de Libre bloquearon carreteras.", "Tegucigalpa", 9),
    ("Vilnius (AFP) - Lithuania shut its border.", "Vilnius", None),
])
def test_a_place_written_as_a_name_is_a_dateline_when_a_wire_service_signs_it(text, place, day):
    line = find_dateline(text)
    assert line is not None and (line.place, line.day) == (place, day)


def test_a_name_before_a_comma_and_a_date_is_no_dateline_without_a_wire_service():
    assert find_dateline("Caracas, 12 de julio -- el Gobierno anunció.") is None


def test_a_plain_hyphen_alone_marks_no_dateline():
    assert find_dateline("BOGOTÁ - La Policía detuvo a tres sospechosos.") is None


@pytest.mark.parametrize("text, place", [
    ("PESHAWAR: At least nine policemen were martyred on Sunday night.", "PESHAWAR"),
    ("NEW DELHI: The Centre on Monday extended the ban.", "NEW DELHI"),
])
def test_a_colon_after_a_place_in_capitals_marks_a_dateline(text, place):
    line = find_dateline(text)
    assert line is not None and line.place == place and text[line.end:][:1].isupper()


def test_a_colon_after_a_word_in_lower_case_marks_no_dateline():
    assert find_dateline("Note: the figures are provisional.") is None
