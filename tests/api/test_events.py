"""An event carries its code, actors, place, dates, counts and evidence; pages
of events follow each other without gaps or repeats in every ordering."""
from __future__ import annotations

import pytest

from tests.api.support import id_list

EVENT = """query($id: ID!) { event(id: $id) {
  id date datePrecision dateEnd dateMethod numMentions numArticles numSources
  cameo { code label rootCode rootLabel quadClass goldstein ploverType }
  source { id name countryCode role aliases }
  target { id name countryCode role }
  location { name countryCode latitude longitude geonamesId }
  mentions { sentence sentenceIndex charStart charEnd rule confidence language trigger
             article { id title source publishedAt url text } }
} }"""


def test_the_wonsan_visit_has_its_code_actors_place_and_counts(gql):
    event = gql.data(EVENT, {"id": "1"})["event"]
    assert (event["date"], event["datePrecision"], event["dateEnd"]) == ("2025-07-11", "day", None)
    assert event["cameo"] == {"code": "042", "label": "Make a visit", "rootCode": "04", "rootLabel": "Consult",
                              "quadClass": 1, "goldstein": 1.9, "ploverType": "CONSULT"}
    assert event["source"] == {"id": "person:sergei-lavrov", "name": "Sergei Lavrov", "countryCode": "RUS",
                               "role": "GOV", "aliases": ["Lavrov", "Sergey Lavrov", "Serguéi Lavrov"]}
    assert event["target"] == {"id": "PRK", "name": "North Korea", "countryCode": "PRK", "role": None}
    assert event["location"] == {"name": "Wonsan", "countryCode": "PRK", "latitude": 39.15278,
                                 "longitude": 127.44361, "geonamesId": 1866923}
    # two sentences in two articles; a second report of the Spanish article makes three records, three outlets
    assert (event["numMentions"], event["numArticles"], event["numSources"]) == (2, 3, 3)


def test_every_mention_points_at_its_sentence_in_the_article_text(gql):
    mentions = gql.data(EVENT, {"id": "1"})["event"]["mentions"]
    assert [(m["article"]["id"], m["rule"]) for m in mentions] == [
        ("en-tass-wonsan", "en.visit.arrive_in"), ("es-wonsan", "es.visit.realizar_visita")]
    for m in mentions:
        assert m["article"]["text"][m["charStart"]:m["charEnd"]] == m["sentence"]
    spanish = mentions[1]
    assert spanish["sentence"].startswith("Sergei Lavrov realizó una visita oficial")
    assert (spanish["confidence"], spanish["language"], spanish["trigger"]) == (0.9, "es", "realizó una visita")
    assert spanish["article"]["source"] == "Europa Press"
    assert spanish["article"]["publishedAt"] == "2025-07-12"
    assert spanish["article"]["url"].startswith("https://www.europapress.es/")


def test_the_date_method_is_that_of_the_most_confident_mention(gql):
    assert gql.data(EVENT, {"id": "2"})["event"]["dateMethod"] == "explicit"


def test_an_event_spanning_a_month_has_its_end_and_precision(gql):
    event = gql.data(EVENT, {"id": "12"})["event"]
    assert (event["date"], event["dateEnd"], event["datePrecision"]) == ("2024-08-01", "2024-08-31", "month")
    assert event["cameo"]["quadClass"] == 2


def test_an_undated_event_without_target_or_place_has_nulls(gql):
    event = gql.data(EVENT, {"id": "14"})["event"]
    assert (event["date"], event["datePrecision"], event["target"], event["location"]) == (None, "unknown", None, None)
    assert event["source"]["name"] == "China"


@pytest.mark.parametrize("missing", ["999", "not-a-number"])
def test_an_unknown_event_id_gives_null(gql, missing):
    assert gql.data(EVENT, {"id": missing}) == {"event": None}


ORDERS = {
    "DATE_DESC": [5, 4, 3, 2, 1, 13, 10, 11, 16, 15, 12, 9, 8, 7, 6, 14],
    "DATE_ASC": [6, 7, 8, 9, 12, 15, 16, 11, 10, 13, 1, 2, 3, 4, 5, 14],
    "NUM_ARTICLES_DESC": [2, 1, 5, 4, 3, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6],
}
PAGE = """query($order: EventOrder!, $after: String) {
  events(orderBy: $order, first: 5, after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor hasPreviousPage } } }"""


@pytest.mark.parametrize("order", ORDERS)
def test_pages_follow_one_another_to_the_last_event(gql, order):
    seen, after, pages = [], None, 0
    while True:
        events = gql.data(PAGE, {"order": order, "after": after})["events"]
        assert events["totalCount"] == 16
        assert events["pageInfo"]["hasPreviousPage"] is (after is not None)
        seen += id_list(events)
        pages += 1
        if not events["pageInfo"]["hasNextPage"]:
            break
        after = events["pageInfo"]["endCursor"]
        assert after == events["edges"][-1]["cursor"]
    assert seen == ORDERS[order]
    assert pages == 4


def test_newest_first_is_the_default_order(gql):
    events = gql.data("{ events(first: 16) { edges { node { id } } } }")["events"]
    assert id_list(events) == ORDERS["DATE_DESC"]


def test_a_cursor_from_another_ordering_is_refused(gql):
    cursor = gql.data(PAGE, {"order": "DATE_ASC", "after": None})["events"]["pageInfo"]["endCursor"]
    error = gql.error(PAGE, {"order": "DATE_DESC", "after": cursor})
    assert error["extensions"]["code"] == "BAD_CURSOR"
    assert "endCursor" in error["message"]


def test_a_made_up_cursor_is_refused(gql):
    error = gql.error(PAGE, {"order": "DATE_DESC", "after": "bm90LWEtY3Vyc29y"})
    assert error["extensions"]["code"] == "BAD_CURSOR"


def test_an_empty_page_has_no_cursor_and_no_next_page(gql):
    events = gql.data('{ events(filter: {place: "Atlantis"}) { totalCount edges { cursor } pageInfo { hasNextPage endCursor } } }')["events"]
    assert events == {"totalCount": 0, "edges": [], "pageInfo": {"hasNextPage": False, "endCursor": None}}


def test_events_filtered_and_paged_keep_the_filter_on_later_pages(gql):
    query = """query($after: String) { events(filter: {actor: "Lavrov"}, first: 3, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } }"""
    first = gql.data(query)["events"]
    second = gql.data(query, {"after": first["pageInfo"]["endCursor"]})["events"]
    third = gql.data(query, {"after": second["pageInfo"]["endCursor"]})["events"]
    assert id_list(first) + id_list(second) + id_list(third) == [5, 3, 2, 1, 15, 7, 6]
    assert third["pageInfo"]["hasNextPage"] is False
