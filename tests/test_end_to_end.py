"""The sample article becomes queryable, dated events — through every real layer."""
from __future__ import annotations

import duckdb
import pytest

from tests.conftest import DEV_CORPUS, SAMPLE_ARTICLES
from transforms.evaluation.corpus import read_gold
from transforms.evaluation.scoring import score_subset
from warehouse.predictions import article_event_rows

SAMPLE_ID = "000_65c7950c732eae07"

GRAPHQL_LAVROV = """
{ events(filter: {actor: "Lavrov"}, first: 50) {
    totalCount
    edges { node { id date datePrecision
      cameo { code label rootCode quadClass goldstein }
      source { name countryCode role } target { name countryCode role }
      location { name countryCode latitude longitude }
      mentions { sentence article { id title publishedAt url } } } } } }
"""


def _events(path):
    with duckdb.connect(str(path), read_only=True) as con:
        rows = con.execute("SELECT * FROM article_events").fetchall()
        names = [d[0] for d in con.description]
    return [dict(zip(names, row)) for row in rows]


def test_the_sample_article_gives_the_five_required_events_strictly(sample_warehouse):
    # The sample is the dev corpus' es-000 under its file name.
    golds = [g | {"article_id": SAMPLE_ID} for g in read_gold(DEV_CORPUS / "gold.jsonl") if g["article_id"] == "es-000"]
    strict = score_subset(golds, article_event_rows(sample_warehouse), {SAMPLE_ID: "es"}).strict
    assert strict["matched"] == strict["required"] == 5, strict["per_article"]


def test_every_sample_event_has_a_date_actors_a_code_and_a_place(sample_warehouse):
    events = _events(sample_warehouse)
    assert events
    for event in events:
        assert event["event_date"] is not None
        assert event["source_name"] and event["source_country"]
        assert len(event["cameo_code"]) == 3


def test_the_visit_is_located_in_wonsan_with_coordinates(sample_warehouse):
    visits = [e for e in _events(sample_warehouse) if e["cameo_code"] == "042" and e["source_name"] == "Sergei Lavrov"]
    assert visits, "no visit by Lavrov"
    assert visits[0]["location_name"] == "Wonsan"
    assert visits[0]["location_latitude"] == pytest.approx(39.15, abs=0.05)
    assert visits[0]["location_longitude"] == pytest.approx(127.44, abs=0.05)


def test_a_graphql_query_for_lavrov_returns_his_events_with_wonsan_and_their_sentences(sample_warehouse):
    from starlette.testclient import TestClient

    from api.app import create_app

    with TestClient(create_app(str(sample_warehouse))) as client:
        response = client.post("/graphql", json={"query": GRAPHQL_LAVROV})
    assert response.status_code == 200
    body = response.json()
    assert "errors" not in body, body
    nodes = [edge["node"] for edge in body["data"]["events"]["edges"]]
    assert len(nodes) >= 4
    located = [n for n in nodes if n["location"] and n["location"]["name"] == "Wonsan"]
    assert located and located[0]["location"]["latitude"] == pytest.approx(39.15, abs=0.05)
    text = (SAMPLE_ARTICLES / f"{SAMPLE_ID}.txt").read_text(encoding="utf-8")
    for node in nodes:
        assert node["mentions"], node
        for mention in node["mentions"]:
            assert mention["article"]["id"] == SAMPLE_ID
            assert mention["sentence"].strip() in text
    sentences = {m["sentence"] for n in nodes for m in n["mentions"]}
    assert any("Wonsan" in s for s in sentences)
