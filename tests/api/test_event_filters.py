"""Every EventFilter field narrows `events` to the sample events it names.

The sample (data/wonsan_visit.sql) has 16 events; their ids are used below:
 1 Lavrov visits North Korea (Wonsan, 2025-07-11)   9 Russia and North Korea sign a treaty (Pyongyang)
 2 Lavrov consults Choe Son Hui (Wonsan)           10 Ukraine criticises North Korea (Kyiv)
 3 Lavrov praises North Korea (Wonsan)             11 the Russian military strikes Ukraine (Kyiv)
 4 Choe Son Hui backs Russia (Wonsan)              12 Russian-Chinese joint patrol (Anadyr, August 2024)
 5 Kim Jong Un receives Lavrov (Wonsan)            13 Kim wants to meet Putin (no place)
 6 Lavrov visits China (Beijing, 2024-04-08)       14 a Chinese statement (undated, no target)
 7 Lavrov consults Wang Yi (Beijing)               15 Choe Son Hui consults Lavrov (Moscow, 2024-11-01)
 8 Putin visits North Korea (Pyongyang)            16 Choe Son Hui visits Russia (Moscow)
"""
from __future__ import annotations

import pytest

from tests.api.support import id_set

QUERY = "query($f: EventFilter) { events(filter: $f, first: 100) { totalCount edges { node { id } } } }"

CASES = [
    ("dates_from", {"dateFrom": "2025-01-01"}, {1, 2, 3, 4, 5, 13}),
    ("dates_to", {"dateTo": "2024-06-30"}, {6, 7, 8, 9}),
    ("date_range", {"dateFrom": "2024-06-01", "dateTo": "2024-11-17"}, {8, 9, 11, 12, 15, 16}),
    ("actor_by_canonical_name", {"actor": "Sergei Lavrov"}, {1, 2, 3, 5, 6, 7, 15}),
    ("actor_by_alias_any_case", {"actor": "choi son hee"}, {2, 4, 15, 16}),
    ("actor_by_alias_without_accents", {"actor": "serguei lavrov"}, {1, 2, 3, 5, 6, 7, 15}),
    ("actor_with_odd_spacing", {"actor": "  KIM   jong-un "}, {5, 13}),
    ("actor_by_spanish_name_of_a_state", {"actor": "Corea del Norte"}, {1, 3, 8, 9, 10}),
    ("actor_id", {"actorId": "person:vladimir-putin"}, {8, 13}),
    ("country_on_either_side", {"country": "prk"}, {1, 2, 3, 4, 5, 8, 9, 10, 13, 15, 16}),
    ("source_country", {"sourceCountry": "RUS"}, {1, 2, 3, 6, 7, 8, 9, 11, 12}),
    ("target_country", {"targetCountry": "CHN"}, {6, 7, 12}),
    ("source_and_target_country", {"sourceCountry": "RUS", "targetCountry": "PRK"}, {1, 2, 3, 8, 9}),
    ("dyad_of_countries_either_way", {"dyad": {"a": "RUS", "b": "PRK"}}, {1, 2, 3, 4, 5, 8, 9, 13, 15, 16}),
    ("dyad_of_persons_either_way", {"dyad": {"a": "person:choe-son-hui", "b": "person:sergei-lavrov"}}, {2, 15}),
    ("dyad_of_person_and_country", {"dyad": {"a": "UKR", "b": "RUS:MIL"}}, {11}),
    ("cameo_code", {"cameoCode": "040"}, {2, 5, 7, 15}),
    ("cameo_root", {"cameoRoot": "04"}, {1, 2, 5, 6, 7, 8, 15, 16}),
    ("quad_class_material_conflict", {"quadClass": 4}, {11}),
    ("quad_class_verbal_conflict", {"quadClass": 3}, {10}),
    ("quad_class_material_cooperation", {"quadClass": 2}, {12}),
    ("plover_type_any_case", {"ploverType": "support"}, {3, 4}),
    ("place_name", {"place": "wonsan"}, {1, 2, 3, 4, 5}),
    ("place_name_upper_case", {"place": "MOSCOW"}, {15, 16}),
    ("place_country", {"placeCountry": "PRK"}, {1, 2, 3, 4, 5, 8, 9}),
    ("bbox_around_korea", {"bbox": {"minLat": 37, "maxLat": 41, "minLon": 124, "maxLon": 130}}, {1, 2, 3, 4, 5, 8, 9}),
    ("bbox_across_antimeridian", {"bbox": {"minLat": 60, "maxLat": 70, "minLon": 170, "maxLon": -170}}, {12}),
    ("article_id", {"articleId": "en-tass-wonsan"}, {1, 2}),
    ("article_id_of_a_second_report", {"articleId": "es-wonsan-copy"}, {1, 2, 3, 4, 5}),
    ("text_words_in_one_sentence", {"text": "recibido Wonsan"}, {1, 2, 5}),
    ("text_without_accents_any_case", {"text": "LIDER norcoreano"}, {5}),
    ("text_that_no_sentence_holds", {"text": "Wang Yi Wonsan"}, set()),
    ("several_conditions_together", {"actor": "Lavrov", "dateFrom": "2025-01-01", "cameoRoot": "04"}, {1, 2, 5}),
]


@pytest.mark.parametrize("name,condition,expected", CASES, ids=[c[0] for c in CASES])
def test_each_filter_keeps_exactly_the_events_it_describes(gql, name, condition, expected):
    events = gql.data(QUERY, {"f": condition})["events"]
    assert id_set(events) == expected
    assert events["totalCount"] == len(expected)


def test_no_filter_gives_every_event(gql):
    assert gql.data(QUERY, {"f": None})["events"]["totalCount"] == 16


@pytest.mark.parametrize("condition,field", [
    ({"cameoRoot": "4"}, "cameoRoot"),
    ({"cameoCode": "04a"}, "cameoCode"),
    ({"quadClass": 5}, "quadClass"),
    ({"bbox": {"minLat": 41, "maxLat": 37, "minLon": 124, "maxLon": 130}}, "bbox"),
    ({"bbox": {"minLat": 37, "maxLat": 41, "minLon": 124, "maxLon": 190}}, "bbox"),
    ({"text": "¡¿ !!"}, "text"),
    ({"text": " ".join(f"palabra{i}" for i in range(21))}, "text"),
    ({"dateFrom": "2025-07-12", "dateTo": "2025-07-11"}, "dateFrom"),
    ({"dyad": {"a": "RUS", "b": "  "}}, "dyad"),
    ({"actor": "x" * 301}, "actor"),
], ids=["short_root", "letters_in_code", "quad_class_5", "upside_down_box", "longitude_190",
        "text_without_words", "text_too_long", "dates_reversed", "dyad_one_sided", "actor_too_long"])
def test_a_bad_filter_value_is_refused_naming_the_field(gql, condition, field):
    error = gql.error(QUERY, {"f": condition})
    assert f"filter.{field}" in error["message"]
    assert error["extensions"]["code"] == "INVALID_ARGUMENT"


def test_a_filter_of_the_wrong_type_is_a_validation_error(gql):
    error = gql.error(QUERY, {"f": {"dateFrom": "11 July 2025"}})
    assert "dateFrom" in error["message"] or "Date" in error["message"]
