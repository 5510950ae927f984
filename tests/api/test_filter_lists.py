"""The filters analysts bring from GDELT and ACLED: lists (any of the values, OR
within a field, AND across fields), noise floors, Goldstein and QuadClass
ranges, CAMEO regions and actor roles. Each keeps exactly the events that an
independent SQL condition over `events` and its reference tables keeps, in
listings and in every aggregate, on both warehouse layouts."""
from __future__ import annotations

import duckdb
import pytest

from tests.api.support import id_set

QUERY = """query($f: EventFilter) {
  events(filter: $f, first: 100) { totalCount edges { node { id } } }
  eventTypes(filter: $f) { rootCode count }
  timeline(filter: $f, interval: YEAR) { start count }
  dyads(filter: $f, first: 100) { count } }"""

# (name, filter, the same condition in SQL over events e, actors s and t, cameo_codes c, places p)
CASES = [
    ("countries_of_either_side", {"countries": ["ukr", "CHN"]},
     "s.country_code IN ('UKR', 'CHN') OR t.country_code IN ('UKR', 'CHN')"),
    ("source_countries", {"sourceCountries": ["PRK", "UKR"]}, "s.country_code IN ('PRK', 'UKR')"),
    ("target_countries", {"targetCountries": ["CHN", "UKR"]}, "t.country_code IN ('CHN', 'UKR')"),
    ("actor_ids", {"actorIds": ["person:wang-yi", "person:kim-jong-un"]},
     "'person:wang-yi' IN (e.source_actor_id, e.target_actor_id) OR 'person:kim-jong-un' IN (e.source_actor_id, e.target_actor_id)"),
    ("cameo_codes", {"cameoCodes": ["040", "190"]}, "e.cameo_code IN ('040', '190')"),
    ("cameo_roots", {"cameoRoots": ["05", "19"]}, "left(e.cameo_code, 2) IN ('05', '19')"),
    ("quad_classes", {"quadClasses": [3, 4]}, "c.quad_class IN (3, 4)"),
    ("plover_types_any_case", {"ploverTypes": ["consult", "ASSAULT"]}, "lower(c.plover_type) IN ('consult', 'assault')"),
    ("place_countries", {"placeCountries": ["CHN", "UKR"]}, "p.country_code IN ('CHN', 'UKR')"),
    ("min_articles", {"minArticles": 2}, "e.num_articles >= 2"),
    ("min_sources", {"minSources": 2}, "e.num_sources >= 2"),
    ("min_confidence", {"minConfidence": 0.9}, "e.confidence >= 0.9"),
    ("goldstein_range", {"minGoldstein": -5, "maxGoldstein": 2}, "c.goldstein BETWEEN -5 AND 2"),
    ("quad_class_range", {"minQuadClass": 2, "maxQuadClass": 3}, "c.quad_class BETWEEN 2 AND 3"),
    ("source_role_any_case", {"sourceRole": "mil"}, "s.role = 'MIL'"),
    ("target_role", {"targetRole": "GOV"}, "t.role = 'GOV'"),
    # Russia and Ukraine are in UN M49 Eastern Europe; North Korea and China in Asia (seeds/reference).
    ("region_eastern_europe", {"region": "EEU"}, "s.country_code IN ('RUS', 'UKR') OR t.country_code IN ('RUS', 'UKR')"),
    ("region_any_case", {"region": "asa"}, "s.country_code IN ('PRK', 'CHN') OR t.country_code IN ('PRK', 'CHN')"),
    ("lists_and_across_fields", {"countries": ["PRK"], "cameoRoots": ["04", "05"], "minArticles": 2},
     "('PRK' IN (s.country_code, t.country_code)) AND left(e.cameo_code, 2) IN ('04', '05') AND e.num_articles >= 2"),
    ("a_value_and_a_list_of_the_same_kind_both_hold", {"country": "RUS", "countries": ["PRK"]},
     "'RUS' IN (s.country_code, t.country_code) AND 'PRK' IN (s.country_code, t.country_code)"),
]


def expected_ids(path, condition: str) -> set[int]:
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute(f"""
            SELECT e.event_id FROM events e
            LEFT JOIN actors s ON s.actor_id = e.source_actor_id LEFT JOIN actors t ON t.actor_id = e.target_actor_id
            LEFT JOIN cameo_codes c ON c.cameo_code = e.cameo_code LEFT JOIN places p ON p.place_id = e.place_id
            WHERE {condition}""").fetchall()
    return {r[0] for r in rows}


@pytest.mark.parametrize("name,condition,sql", CASES, ids=[c[0] for c in CASES])
def test_each_new_filter_keeps_exactly_the_events_its_condition_describes(gql, warehouse_file, name, condition, sql):
    expected = expected_ids(warehouse_file, sql)
    assert expected, "each case must keep some events"
    data = gql.data(QUERY, {"f": condition})
    assert id_set(data["events"]) == expected and data["events"]["totalCount"] == len(expected)
    assert sum(t["count"] for t in data["eventTypes"]) == len(expected)


def test_the_aggregates_count_the_events_a_list_filter_keeps(gql, warehouse_file):
    condition = {"countries": ["PRK", "CHN"], "quadClasses": [1, 2]}
    expected = expected_ids(warehouse_file, "('PRK' IN (s.country_code, t.country_code) OR 'CHN' IN (s.country_code, t.country_code))"
                                            " AND c.quad_class IN (1, 2)")
    data = gql.data(QUERY, {"f": condition})
    dated = expected - {14}  # the undated Chinese statement has no bucket
    assert sum(b["count"] for b in data["timeline"]) == len(dated)
    assert sum(d["count"] for d in data["dyads"]) == len(expected - {14})  # and no target


@pytest.mark.parametrize("condition,field", [
    ({"countries": []}, "countries"),
    ({"cameoRoots": ["04", "4"]}, "cameoRoots"),
    ({"cameoCodes": ["04a"]}, "cameoCodes"),
    ({"quadClasses": [1, 5]}, "quadClasses"),
    ({"countries": ["RUS"] * 101}, "countries"),
    ({"actorIds": ["  "]}, "actorIds"),
    ({"minArticles": -1}, "minArticles"),
    ({"minConfidence": 1.5}, "minConfidence"),
    ({"minGoldstein": 11}, "minGoldstein"),
    ({"minGoldstein": 3, "maxGoldstein": -3}, "minGoldstein"),
    ({"minQuadClass": 0}, "minQuadClass"),
    ({"minQuadClass": 4, "maxQuadClass": 1}, "minQuadClass"),
    ({"region": "ATLANTIS"}, "region"),
], ids=["empty_list", "short_root_in_list", "letters_in_code", "quad_class_5", "too_many_values", "blank_value",
        "negative_floor", "confidence_above_1", "goldstein_above_10", "goldstein_range_upside_down",
        "quad_class_0", "quad_class_range_upside_down", "unknown_region"])
def test_a_bad_list_floor_range_or_region_is_refused_naming_the_field(gql, condition, field):
    error = gql.error(QUERY, {"f": condition})
    assert f"filter.{field}" in error["message"]
    assert error["extensions"]["code"] == "INVALID_ARGUMENT"


def test_an_unknown_region_lists_the_known_ones(gql):
    assert "LAM" in gql.error(QUERY, {"f": {"region": "XYZ"}})["message"]
