"""No N+1: a page of events with their actors, places, codes and evidence costs
the same number of SQL statements whatever its size. (The answer cache is off
here: these count what computing an answer costs.)"""
from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from api.app import create_app
from tests.api.support import Gql, build_warehouse
from warehouse import reader, reader_refs

# 200 more events over the sample's actors, places and articles, two sentences each.
MORE_EVENTS = """
INSERT INTO events (event_id, event_date, date_precision, cameo_code, source_actor_id, target_actor_id, place_id,
                    num_mentions, num_articles, num_sources, first_seen, last_seen, is_symmetric)
SELECT 1000 + i, DATE '2023-01-01' + (i * 3)::INT, 'day', ['040', '042', '051', '111', '190'][1 + i % 5],
       ['person:sergei-lavrov', 'person:choe-son-hui', 'RUS', 'PRK', 'CHN'][1 + i % 5],
       ['PRK', 'RUS', 'person:kim-jong-un', 'UKR', NULL][1 + (i // 5) % 5],
       ['gn:1866923', 'gn:524901', 'gn:1816670', NULL][1 + i % 4], 2, 2, 2, now(), now(), false
FROM range(200) t(i);
INSERT INTO event_mentions (mention_id, event_id, article_id, sentence_index, sentence, char_start, char_end,
                            cameo_code, source_actor_id, date_precision, date_method, rule, confidence)
SELECT 'g' || e.event_id || '-' || k, e.event_id, ['es-wonsan', 'en-tass-wonsan', 'en-moscow-2024'][1 + (e.event_id + k) % 3],
       k, 'Sentence ' || k || ' about event ' || e.event_id || '.', 0, 10, e.cameo_code, e.source_actor_id,
       'day', 'explicit', 'synthetic', 0.5
FROM events e, range(2) r(k)
WHERE e.event_id >= 1000;
"""

PAGE = """query($n: Int) { events(first: $n) { totalCount pageInfo { hasNextPage endCursor } edges { node {
  id date dateMethod numArticles
  cameo { code label quadClass goldstein }
  source { id name countryCode aliases } target { id name role }
  location { name latitude longitude }
  mentions { sentence charStart rule article { id title source publishedAt } }
} } } }"""


@pytest.fixture(scope="module")
def gql(tmp_path_factory):
    path = build_warehouse(tmp_path_factory.mktemp("many") / "dyad.duckdb", MORE_EVENTS)
    with TestClient(create_app(str(path), api_keys=set(), answer_cache_mb=0)) as client:
        yield Gql(client)


def statements_for(gql: Gql, size: int) -> tuple[int, list[dict]]:
    gql.data("{ events(first: 1) { totalCount } }")  # the warehouse is opened before counting
    with reader.statement_log() as log:
        edges = gql.data(PAGE, {"n": size})["events"]["edges"]
    return len(log), edges


def test_a_page_of_a_hundred_events_costs_the_statements_of_a_page_of_ten(gql):
    ten, small = statements_for(gql, 10)
    hundred, large = statements_for(gql, 100)
    assert len(small) == 10 and len(large) == 100
    assert all(e["node"]["mentions"] and e["node"]["source"]["name"] for e in large)
    assert ten == hundred
    # the page, the count, the mentions, their articles (actors, places and CAMEO codes are held in memory)
    assert hundred == 4


def test_statements_stay_constant_for_actor_pages_with_their_counterparts(gql):
    query = "query($n: Int) { actors(first: $n) { edges { node { name counterparts(first: 3) { actor { name } count } } } } }"
    gql.data(query, {"n": 1})
    with reader.statement_log() as few:
        gql.data(query, {"n": 2})
    with reader.statement_log() as many:
        gql.data(query, {"n": 10})
    assert len(few) == len(many) == 2   # page, counterparts (their actors are held in memory)


def test_reference_tables_too_large_to_hold_cost_one_statement_each_and_give_the_same_page(gql, tmp_path, monkeypatch):
    monkeypatch.setattr(reader_refs, "MAX_ROWS", 0)
    path = build_warehouse(tmp_path / "dyad.duckdb", MORE_EVENTS, read_tables=True)
    with TestClient(create_app(str(path), api_keys=set(), answer_cache_mb=0)) as client:
        unheld = Gql(client)
        count, edges = statements_for(unheld, 100)
        assert client.app.state.warehouse.generation().refs.actors is None
    assert count == 7  # page, count, CAMEO codes, actors, places, mentions, articles
    assert edges == statements_for(gql, 100)[1]


def test_one_event_with_its_evidence_costs_two_statements(gql):
    query = '{ event(id: "1") { id source { name } location { name } mentions { sentence article { title source } } } }'
    gql.data(query)
    with reader.statement_log() as log:
        event = gql.data(query)["event"]
    assert len(log) == 2  # the event, its mentions with their articles
    assert event["mentions"] and all(m["article"]["title"] for m in event["mentions"])
