"""`changes(since:)`: a consumer syncing Dyad gets every event added, revised,
merged or retracted since its cursor, in order, and a cursor to resume from --
through the real ASGI app over a warehouse written by real loads."""
from __future__ import annotations

import duckdb
import pytest
from starlette.testclient import TestClient

from api.app import create_app
from orchestration.runner import retract_articles
from tests.api.support import Gql
from tests.warehouse.support import coded, news, run_load

FEED = """query($since: String, $g: Int, $n: Int) { changes(since: $since, sinceGeneration: $g, first: $n) {
  generation cursor hasMore
  changes { generation changedAt eventId change mergedInto event { id cameo { code } numArticles } } } }"""
VISIT = "Lavrov llegó a Wonsan el viernes y se reunió con Choe."
PRAISE = "Lavrov elogió a Corea del Norte."


@pytest.fixture
def synced(tmp_path):
    """A warehouse after one load (two events), and a client of the API over it."""
    path = tmp_path / "dyad.duckdb"
    run_load(path, [news("a1", VISIT)], [coded("a1", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"),
                                         coded("a1", 1, "043", "RUS_LAVROV", "PRK_CHOE", "2025-07-11")])
    with TestClient(create_app(str(path), api_keys=set())) as client:
        yield path, Gql(client)


def kinds(feed: dict) -> list[tuple[int, str, str | None]]:
    return [(c["generation"], c["change"], c["event"]["cameo"]["code"] if c["event"] else None) for c in feed["changes"]]


def test_the_feed_from_the_start_lists_every_added_event_with_the_event_as_it_is(synced):
    _, gql = synced
    feed = gql.data(FEED)["changes"]
    assert sorted(kinds(feed)) == [(1, "ADDED", "042"), (1, "ADDED", "043")]
    assert feed["generation"] == 1 and not feed["hasMore"]


def test_resuming_from_the_cursor_gives_only_what_later_publishes_changed(synced):
    path, gql = synced
    cursor = gql.data(FEED)["changes"]["cursor"]
    assert gql.data(FEED, {"since": cursor})["changes"]["changes"] == []  # nothing new yet
    run_load(path, [news("a2", VISIT + " " + PRAISE, "efe.com")], [
        coded("a2", 0, "042", "RUS_LAVROV", "PRK", "2025-07-11"), coded("a2", 1, "051", "RUS_LAVROV", "PRK", "2025-07-12")])
    retract_articles(str(path), ["a1"])
    feed = gql.data(FEED, {"since": cursor})["changes"]
    assert kinds(feed) == sorted(kinds(feed), key=lambda k: k[0])  # in generation order
    assert sorted(kinds(feed)) == [(2, "ADDED", "051"), (2, "REVISED", "042"), (3, "RETRACTED", None),
                                   (3, "REVISED", "042")]
    assert feed["generation"] == 3
    revised = next(c for c in feed["changes"] if c["change"] == "REVISED")
    assert revised["event"]["numArticles"] == 1  # as it is now: a1 retracted
    assert gql.data(FEED, {"since": feed["cursor"]})["changes"]["changes"] == []
    assert sorted(kinds(gql.data(FEED, {"g": 2})["changes"])) == [(3, "RETRACTED", None), (3, "REVISED", "042")]


def test_pages_of_one_change_resume_without_losing_or_repeating_any(synced):
    _, gql = synced
    seen, cursor = [], None
    while True:
        feed = gql.data(FEED, {"since": cursor, "n": 1})["changes"]
        seen += [c["eventId"] for c in feed["changes"]]
        cursor = feed["cursor"]
        if not feed["hasMore"]:
            break
    assert sorted(seen) == sorted(c["eventId"] for c in gql.data(FEED)["changes"]["changes"]) and len(seen) == 2


@pytest.mark.parametrize("variables,code", [
    ({"since": "not-a-cursor"}, "BAD_CURSOR"),
    ({"since": None, "g": -1}, "INVALID_ARGUMENT"),
])
def test_a_bad_cursor_or_generation_is_refused(synced, variables, code):
    _, gql = synced
    assert gql.error(FEED, variables)["extensions"]["code"] == code


def test_both_a_cursor_and_a_generation_is_refused(synced):
    _, gql = synced
    cursor = gql.data(FEED)["changes"]["cursor"]
    assert gql.error(FEED, {"since": cursor, "g": 1})["extensions"]["code"] == "INVALID_ARGUMENT"


def test_a_file_published_before_the_feed_says_so(synced, tmp_path):
    path, _ = synced
    with duckdb.connect(str(path)) as con:
        con.execute("DROP VIEW changes; DROP TABLE event_changes")
    with TestClient(create_app(str(path), api_keys=set())) as client:
        error = Gql(client).error(FEED)
    assert error["extensions"]["code"] == "NOT_AVAILABLE" and "changes feed" in error["message"]
