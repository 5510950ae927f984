"""seeds/actors, read through the runtime's own Lexicon: the lookups the coder relies on."""
from __future__ import annotations

import datetime as dt

import pytest

from transforms.actors.lexicon import AGENT, CAPITAL, DEMONYM, INSTITUTION, ORGANISATION, PERSON, STATE

from .conftest import jsonl


def kinds(lexicon, text, lang="es"):
    return {(e.kind, e.actor_id if e.kind in (PERSON, ORGANISATION) else e.country) for e in lexicon.lookup(text, lang)}


def test_the_article_spelling_choi_son_hee_is_the_north_korean_foreign_minister(lexicon):
    assert kinds(lexicon, "Choi Son Hee") == {(PERSON, "person:choe-son-hui")}
    role = lexicon.persons["person:choe-son-hui"].roles_on(dt.date(2025, 7, 12))
    assert [(r.country, r.role, r.title) for r in role] == [("PRK", "GOV", "foreign minister")]


@pytest.mark.parametrize("spelling", ["Sergei Lavrov", "Serguéi Lavrov", "Sergey Lavrov", "Lavrov"])
def test_lavrov_is_known_by_every_spelling(lexicon, spelling):
    assert (PERSON, "person:sergei-lavrov") in kinds(lexicon, spelling)


def test_kim_jong_un_with_or_without_a_hyphen_is_one_person(lexicon):
    assert kinds(lexicon, "Kim Jong-un") == kinds(lexicon, "Kim Jong Un") == {(PERSON, "person:kim-jong-un")}


@pytest.mark.parametrize("surname", ["Kim", "Lee", "Wang", "Li", "Sánchez", "Ortega", "Abbas"])
def test_common_surnames_alone_name_nobody(lexicon, surname):
    assert not any(e.kind == PERSON for e in lexicon.lookup(surname, "es") + lexicon.lookup(surname, "en"))


def test_trump_held_no_office_between_his_two_terms_and_holds_it_again_from_2025(lexicon):
    trump = lexicon.persons["person:donald-trump"]
    assert trump.roles_on(dt.date(2023, 6, 1)) == []
    assert [r.country for r in trump.roles_on(dt.date(2025, 7, 1))] == ["USA"]


def test_nato_secretary_general_changes_on_1_october_2024(lexicon):
    on = dt.date(2024, 11, 1)
    assert [r.country for r in lexicon.persons["person:mark-rutte"].roles_on(on)] == ["NAT"]
    assert lexicon.persons["person:jens-stoltenberg"].roles_on(on) == []


def test_norcoreana_is_a_north_korean_demonym(lexicon):
    assert kinds(lexicon, "norcoreana") == {(DEMONYM, "PRK")}


@pytest.mark.parametrize("form", ["ruso", "rusa", "rusos", "rusas"])
def test_all_four_spanish_forms_of_russian_are_demonyms(lexicon, form):
    assert (DEMONYM, "RUS") in kinds(lexicon, form)


def test_occidental_is_not_a_country_demonym(lexicon):
    assert not any(e.kind == DEMONYM for e in lexicon.lookup("occidental", "es"))


@pytest.mark.parametrize("capital, iso", [("Moscú", "RUS"), ("Pionyang", "PRK"), ("Pyongyang", "PRK"),
                                          ("Pekín", "CHN"), ("Seúl", "KOR"), ("Varsovia", "POL")])
def test_spanish_exonyms_of_capitals_stand_for_their_state(lexicon, capital, iso):
    assert (CAPITAL, iso) in kinds(lexicon, capital)


@pytest.mark.parametrize("lang, name", [("es", "Bruselas"), ("en", "Brussels")])
def test_brussels_as_an_actor_is_the_european_union_not_belgium(lexicon, lang, name):
    assert {(e.kind, e.actor_id) for e in lexicon.lookup(name, lang)} == {("organisation", "org:EEC")}


def test_spanish_country_names_come_from_cldr_and_the_curated_alternates(lexicon):
    assert kinds(lexicon, "Corea del Norte") == {(STATE, "PRK")}
    assert kinds(lexicon, "Norcorea") == {(STATE, "PRK")}
    assert (STATE, "CHN") in kinds(lexicon, "China")
    assert (STATE, "HKG") not in kinds(lexicon, "China")


def test_the_kremlin_with_its_article_is_the_russian_government(lexicon):
    entries = lexicon.lookup("el Kremlin", "es")
    assert [(e.kind, e.country, e.role) for e in entries] == [(INSTITUTION, "RUS", "GOV")]


def test_state_media_are_coded_as_media_of_their_state(lexicon):
    assert [(e.country, e.role) for e in lexicon.lookup("KCNA", "en")] == [("PRK", "MED")]
    assert [(e.country, e.role) for e in lexicon.lookup("TASS", "es")] == [("RUS", "MED")]


def test_organisations_carry_their_cameo_known_group_code(lexicon):
    assert kinds(lexicon, "ONU") == {(ORGANISATION, "org:UNO")}
    assert kinds(lexicon, "OTAN") == {(ORGANISATION, "org:NAT")}
    assert lexicon.organisations["org:EEC"].country == "EEC"


def test_canciller_is_a_government_title_that_needs_a_country(lexicon):
    [entry] = lexicon.lookup("canciller", "es")
    assert (entry.kind, entry.role, entry.title, entry.country) == (AGENT, "GOV", "foreign minister", None)


def test_agents_keep_to_their_language(lexicon):
    assert lexicon.lookup("foreign minister", "es") == []
    assert [e.role for e in lexicon.lookup("troops", "en")] == ["MIL"]


def test_words_a_wordnet_import_filed_under_government_are_not_agents(lexicon):
    for word in ("medicamento", "justicia", "asistente", "toro"):
        assert lexicon.lookup(word, "es") == [], word


def test_the_lexicon_finds_the_actors_of_a_spanish_sentence(lexicon):
    text = "El canciller ruso, Serguéi Lavrov, se reunió en Wonsan con su homóloga norcoreana, Choi Son Hee."
    hits = {m.text: {e.kind for e in m.entries} for m in lexicon.find(text, "es")}
    assert hits["Serguéi Lavrov"] == {PERSON}
    assert hits["Choi Son Hee"] == {PERSON}
    assert AGENT in hits["canciller"] and DEMONYM in hits["ruso"] and DEMONYM in hits["norcoreana"]


def test_a_name_does_not_run_across_the_end_of_a_sentence(lexicon):
    text = "rather than send Cuban doctors home.\nSecretary of State Marco Rubio announced the restrictions."
    hits = {m.text for m in lexicon.find(text, "en")}
    assert "home.\nSecretary" not in hits and "Marco Rubio" in hits
    assert "Brig. Gen" in {m.text for m in lexicon.find("said Brig. Gen. Omar Khan", "en")}  # an abbreviation goes on


def test_every_country_code_used_by_an_actor_is_in_countries_csv(countries):
    used = set()
    for name in ("states", "organisations", "institutions"):
        used |= {r["country_code"] for r in jsonl(name) if r.get("country_code")}
    for name in ("persons", "persons_curated"):
        used |= {role["country_code"] for r in jsonl(name) for role in r["roles"] if role.get("country_code")}
    assert used - countries.keys() == set()


def test_every_state_of_countries_csv_has_a_states_line(countries):
    states = {r["country_code"] for r in jsonl("states")}
    assert states == {k for k, v in countries.items() if v["kind"] == "state"}


def test_the_most_newsworthy_states_have_all_spanish_demonyms_and_capitals(lexicon):
    rows = {r["country_code"]: r for r in jsonl("states")}
    with_es = [k for k, r in rows.items() if len(r.get("demonyms", {}).get("es", [])) >= 2]
    assert len(with_es) >= 80
    for iso in ("RUS", "PRK", "KOR", "CHN", "USA", "UKR", "JPN", "IRN", "ISR", "ESP", "VEN"):
        assert rows[iso]["capitals"]["es"], iso


def test_curated_leaders_cover_every_country_of_the_brief():
    countries = {role["country_code"] for r in jsonl("persons_curated") for role in r["roles"]}
    brief = set("RUS PRK KOR CHN USA UKR JPN IRN ISR PSE SYR TUR SAU QAT EGY IND PAK FRA DEU GBR ITA ESP POL HUN "
                "BLR VEN COL MEX ARG BRA CUB NIC BOL CHL PER ECU CAN AUS UNO NAT EEC IAE".split())
    assert brief - countries == set()


def test_no_curated_person_is_shadowed_by_a_generated_one_of_the_same_name():
    curated = {r["name"].casefold() for r in jsonl("persons_curated")}
    assert not [r["name"] for r in jsonl("persons") if r["name"].casefold() in curated]


@pytest.mark.parametrize("name", ["Bloque Centauros", "Los Rastrojos", "Los Urabeños", "Águilas Negras",
                                  "Frente Camilo Torres Restrepo"])
def test_colombias_named_armed_groups_are_colombian_non_state_actors(lexicon, name):
    found = {(e.kind, e.country, e.role in ("REB", "UAF", "CRM")) for e in lexicon.lookup(name, "es")}
    assert found == {(ORGANISATION, "COL", True)}


@pytest.mark.parametrize("phrase", ["Ejército Nacional", "Bloque Central", "Columna Móvil", "Autodefensas Campesinas",
                                    "miembros de un grupo armado", "Los Paisas"])
def test_generic_phrases_of_the_colombian_dictionary_name_no_group(lexicon, phrase):
    assert not any(e.kind == ORGANISATION for e in lexicon.lookup(phrase, "es")), phrase
