"""The text filter gives the same answers with the writer's full-text index as
by scanning the sentences; a warehouse file replaced under the API is served
from the next request on."""
from __future__ import annotations

import os

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.api.support import Gql, build_warehouse, id_set

TEXT = "query($t: String) { events(filter: {text: $t}) { totalCount edges { node { id } } } }"


def test_the_indexed_warehouse_is_known_to_have_its_index(indexed_gql, client):
    assert indexed_gql.client.app.state.warehouse.generation().text_index is True
    assert client.app.state.warehouse.generation().text_index is False


@pytest.mark.parametrize("text", ["recibido Wonsan", "RECIBIDO wonsán", "líder", "lider norcoreano",
                                  "Wonsan Kim", "talks", "held talks Moscow", "dragones"])
def test_the_index_and_the_scan_find_the_same_events(gql, indexed_gql, text):
    scanned = gql.data(TEXT, {"t": text})["events"]
    indexed = indexed_gql.data(TEXT, {"t": text})["events"]
    assert id_set(indexed) == id_set(scanned)
    assert indexed["totalCount"] == scanned["totalCount"]


def test_the_index_finds_whole_words_only(indexed_gql):
    assert id_set(indexed_gql.data(TEXT, {"t": "Wons"})["events"]) == set()
    assert id_set(indexed_gql.data(TEXT, {"t": "held talks"})["events"]) == {7, 15}


def test_a_replaced_warehouse_file_is_served_from_the_next_request(tmp_path):
    served = build_warehouse(tmp_path / "dyad.duckdb")
    with TestClient(create_app(str(served), api_keys=set())) as client:
        gql = Gql(client)
        assert gql.data("{ events { totalCount } }")["events"]["totalCount"] == 16
        newer = build_warehouse(tmp_path / "staging.duckdb", "DELETE FROM events WHERE event_id > 10")
        os.replace(newer, served)
        assert gql.data("{ events { totalCount } }")["events"]["totalCount"] == 10
