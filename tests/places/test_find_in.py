"""Finding place names in running text."""
from __future__ import annotations

from tests.places.conftest import SAMPLE_ARTICLE, found


def test_a_city_after_a_preposition_is_found_with_its_offsets(gazetteer):
    text = "Lavrov llegó ayer en Wonsan."
    [(start, end, place)] = gazetteer.find_in(text)
    assert text[start:end] == "Wonsan" and place.country_code == "PRK"


def test_only_the_capitalised_name_of_a_phrase_is_the_place(gazetteer):
    assert found(gazetteer, "Llegó a la ciudad de Pionyang el jueves.") == [
        ("Pionyang", "Pyongyang", "PRK", "city")]


def test_the_russian_region_of_kursk_is_found(gazetteer):
    assert [f[:3] for f in found(gazetteer, "la liberación de la región rusa de Kursk")] == [
        ("Kursk", "Kursk", "RUS")]


def test_the_longest_name_wins_and_spans_do_not_overlap(gazetteer):
    assert found(gazetteer, "Corea del Norte y la Franja de Gaza") == [
        ("Corea del Norte", "North Korea", "PRK", "country"),
        ("Franja de Gaza", "Gaza Strip", "PSE", "region")]


def test_a_country_named_in_spanish_is_the_country(gazetteer):
    assert found(gazetteer, "la guerra en Ucrania") == [("Ucrania", "Ukraine", "UKR", "country")]


def test_lowercase_words_are_never_places(gazetteer):
    assert gazetteer.find_in("como en mayo, la paz del pueblo de santa victoria en moscú") == []


def test_capitalised_common_words_are_not_places(gazetteer):
    text = "Como parte de la agenda, Durante la visita. Victoria. Paz y justicia. Of course. Nueva etapa."
    assert found(gazetteer, text) == []


def test_person_names_that_are_also_towns_are_not_places(gazetteer):
    text = "Vladimir Putin recibió a Kim Jong Un. Kim dijo que Lai Ching-te mintió. Lai respondió."
    assert found(gazetteer, text) == []


def test_a_town_glued_to_another_capitalised_word_is_part_of_a_name(gazetteer):
    # Vladimir is a Russian town; here it is a first name.
    assert found(gazetteer, "Según Vladimir Zelenski, la ofensiva sigue.") == []


def test_a_town_after_a_word_that_begins_place_names_is_part_of_a_longer_name(gazetteer):
    # Estrella is a Spanish town; "Nueva Estrella" a Lima bus company. Names the index holds whole stay places.
    assert found(gazetteer, "un chofer de la empresa de transportes Nueva Estrella") == []
    assert [f[1] for f in found(gazetteer, "Viajó de Santa Marta a Nueva York y a San Francisco")] == [
        "Santa Marta", "New York City", "San Francisco"]


def test_a_capital_stays_a_place_next_to_other_capitalised_words(gazetteer):
    assert [f[1] for f in found(gazetteer, "entre Moscú Pyongyang")] == ["Moscow", "Pyongyang"]


def test_upper_case_abbreviations_match_only_in_upper_case(gazetteer):
    assert [f[1] for f in found(gazetteer, "Lo dijo EE.UU. ayer")] == ["United States"]
    assert found(gazetteer, "Us and them") == []


def test_a_short_acronym_is_not_a_small_town(gazetteer):
    assert found(gazetteer, "según la agencia IRNA") == []


def test_the_sample_article_yields_its_places_and_nothing_absurd(gazetteer):
    text = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    hits = found(gazetteer, text)
    names = {name for _, name, _, _ in hits}
    assert {"Wonsan", "Moscow", "Pyongyang", "Kursk", "Ukraine"} <= names
    assert names <= {"Wonsan", "Moscow", "Pyongyang", "Kursk", "Ukraine", "Russia", "North Korea"}
    assert {surface for surface, *_ in hits} >= {"Moscú", "Ucrania"}


def test_a_first_level_subdivision_is_a_region_of_its_country(gazetteer):
    assert [f[3] for f in found(gazetteer, "en zona rural del Huila")] == ["region"]
    assert "COL" in gazetteer.countries_of("Huila")  # and Angola's Huíla: the article's country decides
    assert "COL" in gazetteer.countries_of("ANTIOQUIA")


def test_a_name_after_a_locality_word_is_a_local_place_not_the_city(gazetteer):
    assert found(gazetteer, "en la vereda Buenos Aires del municipio") == []
    assert found(gazetteer, "en la vereda Canadá Escocia y en la vereda la Albania") == []
    assert found(gazetteer, "en los repartos Altamira y en la colonia Roma") == []
    assert [f[:3] for f in found(gazetteer, "viajó a Buenos Aires")] == [("Buenos Aires", "Buenos Aires", "ARG")]


def test_a_name_after_a_river_or_lake_word_is_that_river_not_the_city(gazetteer):
    assert found(gazetteer, "patrullaba el río San Juan cerca de la orilla") == []
    assert found(gazetteer, "fishermen on Lake Chad") == []
    assert found(gazetteer, "convocó al embajador al Palacio Santos, sede de la Cancillería") == []
    assert [f[2] for f in found(gazetteer, "llegó a San Juan de Puerto Rico")] != []


def test_the_gazetteer_tells_whether_a_name_follows_a_locality_word(gazetteer):
    text = "en la vereda Buenos Aires y luego en Buenos Aires"
    assert gazetteer.after_locality(text, text.index("Buenos"))
    assert not gazetteer.after_locality(text, text.rindex("Buenos"))


def test_a_locality_word_ending_a_sentence_names_nothing_after_it(gazetteer):
    text = "joint management of the river.\nEthiopia's Foreign Ministry dismissed the letter"
    assert not gazetteer.after_locality(text, text.index("Ethiopia"))
    assert gazetteer.after_locality("the river Ethiopia", len("the river "))


def test_namesakes_are_told_apart_by_the_country_asked_for(gazetteer):
    assert gazetteer.lookup("Santander", country="COL").country_code == "COL"
    assert gazetteer.lookup("Santander").country_code == "ESP"
    assert set(gazetteer.countries_of("Santander")) >= {"COL", "ESP"}


def test_a_name_that_goes_on_with_de_and_a_capitalised_word_is_a_longer_place_not_the_shorter_one(gazetteer):
    assert [f[:3] for f in found(gazetteer, "la Comunidad de Paz de San José de Apartadó")] == [
        ("Apartadó", "Apartado", "COL")]
    assert gazetteer.goes_on("en San José de Apartadó", len("en San José"))


def test_a_capital_followed_by_its_country_is_still_the_capital(gazetteer):
    assert [f[1:3] for f in found(gazetteer, "llegó a San José de Costa Rica")] == [("San Jose", "CRI")]
    assert not gazetteer.goes_on("llegó a San José de Costa Rica", len("llegó a San José"))


def test_a_longer_name_judged_no_place_is_not_searched_for_a_shorter_one_inside(gazetteer):
    # "Santa Isabel" glued to "Tolima" is no town of Brazil here, and its "Isabel" no province of the Solomon Islands
    assert [f[:3] for f in found(gazetteer, "desaparecieron al alcalde de Santa Isabel Tolima en la vía")] == [
        ("Tolima", "Tolima", "COL")]


def test_a_town_name_in_parentheses_after_a_name_is_its_translation(gazetteer):
    # "Freedom" is a town of the United States, and here the meaning of "Azadliq"
    assert [f[:3] for f in found(gazetteer, "Leaders of the Azadliq (Freedom) coalition marched in Baku.")] == [
        ("Baku", "Baku", "AZE")]


def test_a_country_named_after_a_subdivision_word_is_that_subdivision(gazetteer):
    text = "un ataque contra una base militar en el municipio de Argelia, en el Cauca"
    assert "Algeria" not in [place.name for _, _, place in gazetteer.find_in(text)]
    assert "Algeria" in [place.name for _, _, place in gazetteer.find_in("Argelia expulsó al embajador")]


def test_a_three_letter_variant_of_a_capital_is_not_its_name(gazetteer):
    # GeoNames lists "Ben" among Bern's names: the town of Ben Guerdane is no Swiss capital
    assert [f[2] for f in found(gazetteer, "hundreds of traders in Ben Guerdane blocked the road")] != ["CHE"]


def test_words_of_the_names_of_bodies_are_not_places(gazetteer):
    # Unity is a state of South Sudan and al-Quds Jerusalem; neither is named here
    assert found(gazetteer, "the Government of National Unity said, quoting the Revolutionary Guards' Quds Base") == []
