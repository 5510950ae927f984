"""Actors (by every spelling), articles and places, each with their events."""
from __future__ import annotations

import pytest

from tests.api.support import id_list, id_set

ACTORS = """query($s: String, $first: Int, $after: String) { actors(search: $s, first: $first, after: $after) {
  totalCount edges { node { id name } } pageInfo { hasNextPage endCursor } } }"""


def names(connection: dict) -> list[str]:
    return [edge["node"]["name"] for edge in connection["edges"]]


@pytest.mark.parametrize("search,expected", [
    ("choi son", ["Choe Son Hui"]),            # an alias, not the canonical spelling
    ("LAVROV", ["Sergei Lavrov"]),
    ("vladímir", ["Vladimir Putin"]),           # accents do not matter
    ("corea", ["North Korea"]),                 # a Spanish name
    ("fuerzas rusas", ["Russian military"]),
    ("russia", ["Russia", "Russian military"]),
    ("  ", ["China", "Choe Son Hui", "Kim Jong Un", "North Korea", "Russia", "Russian military",
            "Sergei Lavrov", "Ukraine", "Vladimir Putin", "Wang Yi"]),
])
def test_actors_are_found_by_any_part_of_any_spelling(gql, search, expected):
    actors = gql.data(ACTORS, {"s": search, "first": 50})["actors"]
    assert names(actors) == expected
    assert actors["totalCount"] == len(expected)


def test_actors_page_by_name_to_the_end(gql):
    seen, after = [], None
    while True:
        actors = gql.data(ACTORS, {"first": 4, "after": after})["actors"]
        seen += names(actors)
        if not actors["pageInfo"]["hasNextPage"]:
            break
        after = actors["pageInfo"]["endCursor"]
    assert seen == sorted(seen) and len(seen) == 10


LAVROV = """{ actor(id: "person:sergei-lavrov") {
  name kind countryCode role aliases
  counterparts { actor { id name } count }
  events(first: 2) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }"""


def test_an_actor_has_counterparts_ranked_by_events_together(gql):
    actor = gql.data(LAVROV)["actor"]
    assert (actor["name"], actor["kind"], actor["countryCode"], actor["role"]) == ("Sergei Lavrov", "person", "RUS", "GOV")
    assert [(c["actor"]["id"], c["count"]) for c in actor["counterparts"]] == [
        ("PRK", 2), ("person:choe-son-hui", 2), ("CHN", 1), ("person:kim-jong-un", 1), ("person:wang-yi", 1)]


def test_an_actors_events_are_a_connection_on_either_side(gql):
    events = gql.data(LAVROV)["actor"]["events"]
    assert events["totalCount"] == 7          # source of six, target of Kim Jong Un's reception
    assert id_list(events) == [5, 3]
    after = events["pageInfo"]["endCursor"]
    more = gql.data('query($a: String) { actor(id: "person:sergei-lavrov") { events(first: 10, after: $a) '
                    '{ edges { node { id } } } } }', {"a": after})["actor"]["events"]
    assert id_list(more) == [2, 1, 15, 7, 6]


def test_an_actors_events_take_a_filter_too(gql):
    actor = gql.data('{ actor(id: "person:sergei-lavrov") { events(filter: {dateTo: "2024-12-31"}) '
                     '{ edges { node { id } } } } }')["actor"]
    assert id_set(actor["events"]) == {6, 7, 15}


def test_counterparts_can_be_fewer(gql):
    actor = gql.data('{ actor(id: "person:sergei-lavrov") { counterparts(first: 1) { actor { id } count } } }')["actor"]
    assert actor["counterparts"] == [{"actor": {"id": "PRK"}, "count": 2}]


def test_an_unknown_actor_is_null(gql):
    assert gql.data('{ actor(id: "person:nobody") { name } }') == {"actor": None}


ARTICLES = """query($f: ArticleFilter) { articles(filter: $f, first: 20) { totalCount edges { node { id } } } }"""


def article_ids(connection: dict) -> list[str]:
    return [edge["node"]["id"] for edge in connection["edges"]]


@pytest.mark.parametrize("condition,expected", [
    (None, ["es-wonsan-copy", "es-wonsan", "en-tass-wonsan", "en-kim-2025", "es-kyiv-2024", "en-moscow-2024",
            "en-chukotka-2024", "en-pyongyang-2024", "en-beijing-2024", "en-undated"]),
    ({"source": "reuters"}, ["en-chukotka-2024", "en-beijing-2024"]),
    ({"language": "es"}, ["es-wonsan-copy", "es-wonsan", "es-kyiv-2024"]),
    ({"publishedFrom": "2025-01-01", "publishedTo": "2025-07-11"}, ["en-tass-wonsan", "en-kim-2025"]),
    ({"search": "LAVROV"}, ["en-tass-wonsan", "en-moscow-2024", "en-beijing-2024"]),
    ({"search": "pais"}, ["es-wonsan-copy", "es-wonsan"]),
])
def test_articles_are_newest_first_and_filtered(gql, condition, expected):
    articles = gql.data(ARTICLES, {"f": condition})["articles"]
    assert article_ids(articles) == expected
    assert articles["totalCount"] == len(expected)


def test_articles_page_past_the_undated_one(gql):
    query = "query($a: String) { articles(first: 3, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }"
    seen, after = [], None
    while True:
        page = gql.data(query, {"a": after})["articles"]
        seen += article_ids(page)
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen[-1] == "en-undated" and len(seen) == len(set(seen)) == 10


def test_a_second_report_shares_the_events_of_the_first(gql):
    article = gql.data('{ article(id: "es-wonsan-copy") { title source duplicateOf publishedAt '
                       'events(first: 10) { totalCount edges { node { id } } } } }')["article"]
    assert (article["duplicateOf"], article["source"], article["publishedAt"]) == ("es-wonsan", "Yahoo Noticias", "2025-07-13")
    assert id_list(article["events"]) == [5, 4, 3, 2, 1]


def test_an_unknown_article_is_null(gql):
    assert gql.data('{ article(id: "nope") { id } }') == {"article": None}


PLACES = """query($s: String, $c: String) { places(search: $s, country: $c) {
  totalCount edges { node { id name countryCode latitude longitude geonamesId feature } } } }"""


def test_places_are_listed_by_name_with_coordinates(gql):
    places = gql.data(PLACES)["places"]
    assert [e["node"]["name"] for e in places["edges"]] == [
        "Anadyr", "Beijing", "Kyiv", "Moscow", "Pyongyang", "Russia", "Wonsan"]
    wonsan = places["edges"][-1]["node"]
    assert wonsan == {"id": "gn:1866923", "name": "Wonsan", "countryCode": "PRK", "latitude": 39.15278,
                      "longitude": 127.44361, "geonamesId": 1866923, "feature": "city"}


@pytest.mark.parametrize("search,country,expected", [
    ("WON", None, ["Wonsan"]),
    (None, "prk", ["Pyongyang", "Wonsan"]),
    ("o", "RUS", ["Moscow"]),
])
def test_places_are_found_by_part_of_the_name_and_country(gql, search, country, expected):
    places = gql.data(PLACES, {"s": search, "c": country})["places"]
    assert [e["node"]["name"] for e in places["edges"]] == expected
    assert places["totalCount"] == len(expected)
