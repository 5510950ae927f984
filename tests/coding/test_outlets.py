"""An outlet is found by its id, its name or its host, and gives its country only when it is listed."""
from __future__ import annotations

from pathlib import Path

import pytest

from transforms.coding.outlets import OutletCountries

OUTLETS = Path(__file__).resolve().parents[2] / "seeds" / "reference" / "outlets.csv"


@pytest.fixture(scope="module")
def outlets() -> OutletCountries:
    return OutletCountries.load(OUTLETS)


@pytest.mark.parametrize("source", ["nyn", "El Tiempo", "EL TIEMPO", "eltiempo.com", "www.eltiempo.com",
                                    "El Tiempo (Bogotá)"])
def test_a_listed_outlet_is_found_by_id_name_or_host(outlets, source):
    assert outlets.country_of(source) == "COL"


def test_an_outlet_is_found_by_the_host_of_the_article_url(outlets):
    assert outlets.country_of(None, "https://www.clarin.com/politica/nota.html") == "ARG"
    assert outlets.country_of("", "https://m.dawn.com/news/1") == "PAK"


@pytest.mark.parametrize("source", ["AFP", "Reuters", "EFE", "example.com", None, ""])
def test_a_wire_agency_or_an_unlisted_outlet_gives_no_country(outlets, source):
    assert outlets.country_of(source) is None


def test_every_listed_outlet_has_a_country_the_seeds_know():
    countries = {line.split(",")[0] for line in (OUTLETS.parent / "countries.csv").read_text().splitlines()[1:]}
    rows = [line for line in OUTLETS.read_text(encoding="utf-8").splitlines()[1:] if line]
    loaded = OutletCountries.load(OUTLETS)
    assert rows and all(loaded.country_of(row.split(",")[0]) in countries for row in rows)
