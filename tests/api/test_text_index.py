"""The text filter gives the same answers whichever way the file lets it search:
the writer's word index (text_postings), the fts index of files published
before it, or a scan of the sentences; a warehouse file replaced under the API
is served from the next request on."""
from __future__ import annotations

import os

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.api.support import Gql, build_warehouse, id_set

TEXT = "query($t: String) { events(filter: {text: $t}) { totalCount edges { node { id } } } }"
TEXT_AND = "query($f: EventFilter) { events(filter: $f) { totalCount edges { node { id } } } }"


@pytest.fixture(scope="module")
def searchers(tmp_path_factory):
    """GraphQL clients over the sample: {"postings": ..., "fts": ..., "scan": ...}."""
    layouts = {"postings": {"read_tables": True}, "fts": {"text_index": True}, "scan": {}}
    clients = {}
    for name, options in layouts.items():
        path = build_warehouse(tmp_path_factory.mktemp(f"text_{name}") / "dyad.duckdb", **options)
        clients[name] = TestClient(create_app(str(path), api_keys=set())).__enter__()
    yield {name: Gql(client) for name, client in clients.items()}
    for client in clients.values():
        client.__exit__(None, None, None)


def test_each_file_is_known_to_have_the_index_it_carries(searchers):
    layouts = {name: gql.client.app.state.warehouse.generation().layout for name, gql in searchers.items()}
    assert layouts["postings"].postings and layouts["postings"].facts and not layouts["postings"].fts
    assert layouts["fts"].fts and not layouts["fts"].postings and not layouts["fts"].facts
    assert not layouts["scan"].text_index and not layouts["scan"].facts


@pytest.mark.parametrize("text", ["recibido Wonsan", "RECIBIDO wonsán", "líder", "lider norcoreano",
                                  "Wonsan Kim", "talks", "held talks Moscow", "dragones", "Wonsan Moscow"])
def test_the_word_index_the_fts_index_and_the_scan_find_the_same_events(searchers, text):
    answers = {name: gql.data(TEXT, {"t": text})["events"] for name, gql in searchers.items()}
    assert id_set(answers["postings"]) == id_set(answers["fts"]) == id_set(answers["scan"])
    assert answers["postings"]["totalCount"] == answers["fts"]["totalCount"] == answers["scan"]["totalCount"]


@pytest.mark.parametrize("extra", [{"dateFrom": "2025-07-12"}, {"country": "PRK"}, {"actorId": "person:sergei-lavrov"},
                                   {"cameoRoot": "04"}])
def test_text_combined_with_other_filters_agrees_with_the_scan(searchers, extra):
    variables = {"f": {"text": "Wonsan", **extra}}
    indexed = searchers["postings"].data(TEXT_AND, variables)["events"]
    scanned = searchers["scan"].data(TEXT_AND, variables)["events"]
    assert id_set(indexed) == id_set(scanned)
    assert indexed["totalCount"] == scanned["totalCount"]


def test_every_word_must_be_in_one_sentence_not_spread_over_an_events_sentences(searchers):
    # Event 2 (the talks) is told by a Spanish sentence with "homóloga" and an English one with "strategic".
    for gql in searchers.values():
        assert 2 in id_set(gql.data(TEXT, {"t": "homóloga"})["events"])
        assert 2 in id_set(gql.data(TEXT, {"t": "strategic"})["events"])
        assert 2 not in id_set(gql.data(TEXT, {"t": "homóloga strategic"})["events"])


def test_the_index_finds_whole_words_only(searchers):
    for gql in searchers.values():
        assert id_set(gql.data(TEXT, {"t": "Wons"})["events"]) == set()
        assert id_set(gql.data(TEXT, {"t": "held talks"})["events"]) == {7, 15}


def test_a_replaced_warehouse_file_is_served_from_the_next_request(tmp_path):
    served = build_warehouse(tmp_path / "dyad.duckdb")
    with TestClient(create_app(str(served), api_keys=set())) as client:
        gql = Gql(client)
        assert gql.data("{ events { totalCount } }")["events"]["totalCount"] == 16
        assert not client.app.state.warehouse.generation().layout.facts
        newer = build_warehouse(tmp_path / "staging.duckdb", "DELETE FROM events WHERE event_id > 10", read_tables=True)
        os.replace(newer, served)
        assert gql.data("{ events { totalCount } }")["events"]["totalCount"] == 10
        assert client.app.state.warehouse.generation().layout.facts


PAGES = """query($t: String, $after: String, $o: EventOrder) {
  events(filter: {text: $t}, first: 2, after: $after, orderBy: $o) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id date numMentions } } } }"""


def walk(gql: Gql, text: str, order: str) -> tuple[list[dict], set[int]]:
    nodes, totals, after = [], set(), None
    while True:
        events = gql.data(PAGES, {"t": text, "after": after, "o": order})["events"]
        nodes += [edge["node"] for edge in events["edges"]]
        totals.add(events["totalCount"])
        if not events["pageInfo"]["hasNextPage"]:
            return nodes, totals
        after = events["pageInfo"]["endCursor"]


@pytest.mark.parametrize("order", ["DATE_DESC", "DATE_ASC", "NUM_ARTICLES_DESC"])
def test_walking_the_pages_of_a_text_search_gives_the_scans_events_in_order_with_one_total(searchers, order):
    indexed, indexed_totals = walk(searchers["postings"], "Lavrov", order)
    scanned, scanned_totals = walk(searchers["scan"], "Lavrov", order)
    assert indexed == scanned and len(indexed) > 2
    assert indexed_totals == scanned_totals == {len(scanned)}
