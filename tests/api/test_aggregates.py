"""Timelines, dyad rankings and event-type counts, over any filter."""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.api.support import Gql

TIMELINE = """query($f: EventFilter, $i: Interval!) { timeline(filter: $f, interval: $i) {
  start count goldsteinMean quadClassCounts } }"""


def test_a_monthly_timeline_runs_from_the_first_to_the_last_dated_month_with_gaps_as_zeros(gql):
    buckets = gql.data(TIMELINE, {"i": "MONTH"})["timeline"]
    assert len(buckets) == 16 and buckets[0]["start"] == "2024-04-01" and buckets[-1]["start"] == "2025-07-01"
    counts = {b["start"]: b["count"] for b in buckets if b["count"]}
    assert counts == {"2024-04-01": 2, "2024-06-01": 2, "2024-08-01": 1, "2024-11-01": 4,
                      "2025-01-01": 1, "2025-07-01": 5}
    assert sum(b["count"] for b in buckets) == 15   # the undated event is left out
    empty = next(b for b in buckets if b["start"] == "2024-05-01")
    assert empty == {"start": "2024-05-01", "count": 0, "goldsteinMean": None, "quadClassCounts": [0, 0, 0, 0]}


def test_a_bucket_has_the_mean_goldstein_score_and_the_count_per_quad_class(gql):
    november = next(b for b in gql.data(TIMELINE, {"i": "MONTH"})["timeline"] if b["start"] == "2024-11-01")
    assert november["quadClassCounts"] == [2, 0, 1, 1]
    assert november["goldsteinMean"] == pytest.approx((1.0 + 1.9 - 2.0 - 10.0) / 4)


@pytest.mark.parametrize("interval,condition,expected", [
    ("YEAR", None, [("2024-01-01", 9), ("2025-01-01", 6)]),
    ("DAY", {"dateFrom": "2025-07-01"}, [("2025-07-11", 2), ("2025-07-12", 3)]),
    ("WEEK", {"dateFrom": "2025-07-01"}, [("2025-07-07", 5)]),     # ISO weeks start on Monday
    ("MONTH", {"place": "Nowhere"}, []),
])
def test_timelines_at_every_interval(gql, interval, condition, expected):
    buckets = gql.data(TIMELINE, {"i": interval, "f": condition})["timeline"]
    assert [(b["start"], b["count"]) for b in buckets] == expected


def test_the_monthly_timeline_of_a_dyad_counts_both_directions(gql):
    buckets = gql.data(TIMELINE, {"i": "MONTH", "f": {"dyad": {"a": "PRK", "b": "RUS"}}})["timeline"]
    counts = {b["start"]: b["count"] for b in buckets if b["count"]}
    assert counts == {"2024-06-01": 2, "2024-11-01": 2, "2025-01-01": 1, "2025-07-01": 5}
    assert buckets[0]["start"] == "2024-06-01" and len(buckets) == 14


DYADS = """query($f: EventFilter, $n: Int) { dyads(filter: $f, first: $n) {
  source { id name } target { id name } count goldsteinMean } }"""


def pairs(dyads: list[dict]) -> list[tuple[str, str, int]]:
    return [(d["source"]["id"], d["target"]["id"], d["count"]) for d in dyads]


def test_consultations_told_from_either_side_count_as_one_pair(gql):
    top = gql.data(DYADS, {"n": 1})["dyads"]
    assert pairs(top) == [("person:choe-son-hui", "person:sergei-lavrov", 2)]
    assert top[0]["goldsteinMean"] == pytest.approx(1.0)
    assert top[0]["target"]["name"] == "Sergei Lavrov"


def test_directed_pairs_keep_their_direction(gql):
    ranked = pairs(gql.data(DYADS, {"n": 50})["dyads"])
    assert ("person:sergei-lavrov", "PRK", 1) in ranked      # Lavrov praised North Korea
    assert ("person:choe-son-hui", "RUS", 1) in ranked       # Choe Son Hui backed Russia
    assert ("UKR", "PRK", 1) in ranked
    assert sum(count for _, _, count in ranked) == 15        # every event with a target, once
    assert [c for _, _, c in ranked] == sorted((c for _, _, c in ranked), reverse=True)


def test_top_dyads_of_one_year(gql):
    ranked = pairs(gql.data(DYADS, {"f": {"dateFrom": "2025-01-01", "dateTo": "2025-12-31"}, "n": 3})["dyads"])
    assert len(ranked) == 3 and all(c == 1 for _, _, c in ranked)
    everything = pairs(gql.data(DYADS, {"f": {"dateFrom": "2025-01-01", "dateTo": "2025-12-31"}, "n": 50})["dyads"])
    assert len(everything) == 6 and ranked == everything[:3]


EVENT_TYPES = """query($f: EventFilter) { eventTypes(filter: $f) { rootCode label count } }"""


def test_event_types_count_events_per_cameo_root_most_frequent_first(gql):
    types = gql.data(EVENT_TYPES)["eventTypes"]
    assert [(t["rootCode"], t["count"]) for t in types] == [
        ("04", 8), ("05", 3), ("01", 1), ("03", 1), ("06", 1), ("11", 1), ("19", 1)]
    assert types[0]["label"] == "Consult"


def test_event_types_follow_the_filter(gql):
    types = gql.data(EVENT_TYPES, {"f": {"placeCountry": "UKR"}})["eventTypes"]
    assert types == [{"rootCode": "11", "label": "Disapprove", "count": 1},
                     {"rootCode": "19", "label": "Fight", "count": 1}]


def test_a_timeline_of_too_many_buckets_is_refused(warehouse_file):
    app = create_app(str(warehouse_file), api_keys=set(), max_timeline_buckets=100)
    with TestClient(app) as c:
        error = Gql(c).error(TIMELINE, {"i": "DAY"})
    assert "100 buckets" in error["message"] and error["extensions"]["code"] == "INVALID_ARGUMENT"
