"""The API answers the same from the derived read tables as from the core tables
alone (a file published before the read tables existed), for filters that pick
different read paths: an actor pinned by id, by a name two actors share, a
dyad of actors, of countries, of both; text with and without other filters."""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.api.support import Gql, build_warehouse
from warehouse import reader

# Lavrov and Choe Son Hui share an alias, so "the two ministers" names both sides of their talks (event 2).
SHARED_ALIAS = """INSERT INTO actor_aliases VALUES ('person:sergei-lavrov', 'the two ministers'),
                                                 ('person:choe-son-hui', 'the two ministers')"""

# An event whose CAMEO code is missing from cameo_codes (no QuadClass), on a day with a known code of its root.
UNKNOWN_CODE = """INSERT INTO events (event_id, event_date, date_precision, cameo_code, source_actor_id, target_actor_id,
                                     num_mentions, num_articles, num_sources, first_seen, last_seen, is_symmetric)
                  VALUES (99, DATE '2025-07-11', 'day', '049', 'RUS', 'PRK', 1, 1, 1, now(), now(), false)"""

FILTERS = [
    {"actorId": "person:sergei-lavrov"},
    {"actorId": "person:sergei-lavrov", "dateFrom": "2025-01-01", "country": "PRK"},
    {"actor": "the two ministers"},
    {"actor": "Sergei Lavrov", "actorId": "person:choe-son-hui"},
    {"dyad": {"a": "person:sergei-lavrov", "b": "person:choe-son-hui"}},
    {"dyad": {"a": "person:choe-son-hui", "b": "person:choe-son-hui"}},
    {"dyad": {"a": "RUS", "b": "PRK"}},
    {"dyad": {"a": "PRK", "b": "person:sergei-lavrov"}},
    {"dyad": {"a": "person:sergei-lavrov", "b": "nobody"}},
    {"text": "Lavrov"},
    {"text": "Lavrov", "dateFrom": "2025-07-12", "dateTo": "2025-12-31"},
    {"text": "Lavrov", "actor": "the two ministers"},
    {"cameoRoot": "04", "placeCountry": "PRK", "quadClass": 1},
    # read from the pre-aggregated counts (warehouse.reader_aggregates), at every grain of dyad_counts
    {},
    {"dateFrom": "2024-01-01", "dateTo": "2024-12-31"},
    {"dateFrom": "2024-01-01", "dateTo": "2025-12-31"},
    {"dateFrom": "2024-11-01", "dateTo": "2024-11-30"},
    {"dateFrom": "2024-04-01", "dateTo": "2025-06-30"},
    {"dateFrom": "2024-04-09", "dateTo": "2025-07-11"},
    {"country": "PRK", "dateFrom": "2024-06-01"},
    {"actorId": "person:sergei-lavrov", "cameoRoots": ["04"]},
    {"cameoRoots": ["04", "05"], "minQuadClass": 1},
    {"dyad": {"a": "person:choe-son-hui", "b": "person:sergei-lavrov"}, "dateFrom": "2024-11-01", "dateTo": "2025-07-31"},
    {"actorId": "person:sergei-lavrov", "dateFrom": "2025-01-01", "dateTo": "2025-12-31"},
    {"quadClass": 1, "country": "RUS"},
    {"actorId": "RUS", "quadClasses": [1]},
    {"cameoRoots": ["04"], "dateFrom": "2025-07-11", "dateTo": "2025-07-11"},
]
QUERY = """query($f: EventFilter) {
  events(filter: $f, first: 100) { totalCount edges { node { id date source { id } target { id } } } }
  byArticles: events(filter: $f, first: 100, orderBy: NUM_ARTICLES_DESC) { edges { node { id } } }
  timeline(filter: $f, interval: MONTH) { start count goldsteinMean quadClassCounts }
  dyads(filter: $f, first: 50) { source { id } target { id } count goldsteinMean }
  eventTypes(filter: $f) { rootCode count } }"""


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    """(with read tables, core tables only) clients over the sample with the shared alias
    (without the answer cache: each answer is computed, and its statements counted)."""
    clients = [TestClient(create_app(str(build_warehouse(tmp_path_factory.mktemp(f"layout{i}") / "dyad.duckdb",
                                                         SHARED_ALIAS, UNKNOWN_CODE, read_tables=i == 0)), api_keys=set(), answer_cache_mb=0))
               for i in (0, 1)]
    yield [Gql(c.__enter__()) for c in clients]
    for c in clients:
        c.__exit__(None, None, None)


def rounded(value):
    """`value` with floats rounded (means summed in another order differ in the last bits)."""
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [rounded(v) for v in value]
    return value


@pytest.mark.parametrize("condition", FILTERS, ids=[str(f) or "none" for f in FILTERS])
def test_the_read_tables_answer_every_listing_and_aggregate_as_the_core_tables_do(both, condition):
    with_tables, core_only = (rounded(gql.data(QUERY, {"f": condition})) for gql in both)
    assert with_tables == core_only


def test_an_event_with_both_sides_named_by_a_filter_counts_once(both):
    for gql in both:
        events = gql.data(QUERY, {"f": {"actor": "the two ministers"}})["events"]
        ids = [e["node"]["id"] for e in events["edges"]]
        assert "2" in ids and len(ids) == len(set(ids)) == events["totalCount"]


def test_the_file_with_read_tables_is_read_through_them(both):
    with_tables, core_only = (gql.client.app.state.warehouse.generation().layout for gql in both)
    assert with_tables.facts and with_tables.postings and not core_only.facts


AGGREGATES = [
    ("dyads", {"dateFrom": "2024-01-01", "dateTo": "2024-12-31"}, "dyad_counts"),
    ("dyads", {}, "dyad_counts"),
    ("timeline", {"dyad": {"a": "person:sergei-lavrov", "b": "person:choe-son-hui"}}, "dyad_counts"),
    ("timeline", {"actorId": "person:sergei-lavrov"}, "actor_day_counts"),
    ("eventTypes", {"country": "PRK", "quadClass": 1}, "country_type_day_counts"),
    ("eventTypes", {"dateFrom": "2024-03-15"}, "type_day_counts"),
    ("timeline", {"place": "Wonsan"}, "event_facts"),
    ("dyads", {"countries": ["PRK"]}, "event_facts"),
]
SELECTIONS = {"dyads": "dyads(filter: $f) { count }", "timeline": "timeline(filter: $f, interval: MONTH) { count }",
              "eventTypes": "eventTypes(filter: $f) { count }"}


@pytest.mark.parametrize("field,condition,table", AGGREGATES, ids=[f"{a[0]}-{a[2]}-{a[1]}" for a in AGGREGATES])
def test_aggregates_read_the_pre_aggregated_counts_when_the_filter_allows(both, field, condition, table):
    with_tables = both[0]
    query = f"query($f: EventFilter) {{ {SELECTIONS[field]} }}"
    with_tables.data(query, {"f": condition})  # the file is opened before the statements are logged
    with reader.statement_log() as log:
        with_tables.data(query, {"f": condition})
    assert len(log) == 1 and f"FROM {table} " in log[0]
