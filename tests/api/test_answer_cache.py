"""Answers are kept per warehouse generation: a repeated operation is answered
from the cache, anything else (other variables, an error, a new publish) is
answered afresh -- through the real ASGI app."""
from __future__ import annotations

import os

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.api.support import build_warehouse
from warehouse import reader

COUNT = "query($f: EventFilter) { events(filter: $f) { totalCount } }"


@pytest.fixture
def served(tmp_path):
    path = build_warehouse(tmp_path / "dyad.duckdb", read_tables=True)
    with TestClient(create_app(str(path), api_keys=set())) as client:
        yield path, client


def ask(client, query: str, variables: dict | None = None):
    response = client.post("/graphql", json={"query": query, "variables": variables or {}})
    assert response.status_code == 200
    return response.headers["x-dyad-cache"], response.json()


def test_a_repeated_operation_is_answered_from_the_cache_with_the_same_answer_and_no_statement(served):
    _, client = served
    first = ask(client, COUNT, {"f": {"country": "PRK"}})
    with reader.statement_log() as log:
        second = ask(client, COUNT, {"f": {"country": "PRK"}})
    assert first[0] == "miss" and second[0] == "hit" and first[1] == second[1]
    assert log == []


def test_other_variables_or_another_query_are_answered_afresh(served):
    _, client = served
    ask(client, COUNT, {"f": {"country": "PRK"}})
    assert ask(client, COUNT, {"f": {"country": "CHN"}})[0] == "miss"
    assert ask(client, "{ events { totalCount } }")[0] == "miss"


def test_an_answer_with_errors_is_not_kept(served):
    _, client = served
    for _ in range(2):
        state, body = ask(client, COUNT, {"f": {"cameoRoot": "4"}})
        assert state == "miss" and body["errors"]


def test_a_new_publish_makes_older_answers_stale(served, tmp_path):
    path, client = served
    assert ask(client, COUNT)[1]["data"]["events"]["totalCount"] == 16
    assert ask(client, COUNT)[0] == "hit"
    newer = build_warehouse(tmp_path / "newer.duckdb", "DELETE FROM event_mentions WHERE event_id = 14; "
                                                       "DELETE FROM events WHERE event_id = 14", read_tables=True)
    os.replace(newer, path)  # as a publish does
    state, body = ask(client, COUNT)
    assert state == "miss" and body["data"]["events"]["totalCount"] == 15
    assert ask(client, COUNT)[0] == "hit"


def test_the_cache_can_be_turned_off(tmp_path):
    path = build_warehouse(tmp_path / "dyad.duckdb")
    with TestClient(create_app(str(path), api_keys=set(), answer_cache_mb=0)) as client:
        response = client.post("/graphql", json={"query": COUNT})
        assert "x-dyad-cache" not in response.headers


def test_the_least_recently_used_answers_go_first_when_the_cache_is_full():
    from api.answer_cache import AnswerCache

    cache = AnswerCache(max_bytes=100)
    for key in "abc":
        cache.put("g1", key, 200, [], b"x" * 10)
    cache.get("g1", "a")
    for key in "defghijk":  # 110 bytes in all: the least recently used goes
        cache.put("g1", key, 200, [], b"x" * 10)
    assert cache.get("g1", "b") is None and cache.get("g1", "a") is not None
    assert cache.get("g2", "a") is None  # another generation
    cache.put("g1", "big", 200, [], b"x" * 11)  # over a tenth of the bound: not kept
    assert cache.get("g1", "big") is None
