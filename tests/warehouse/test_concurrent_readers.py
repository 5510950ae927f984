"""GraphQL and SQL readers querying in a loop while loads publish never fail and never see half a load."""
from __future__ import annotations

import datetime as dt
import threading

from starlette.testclient import TestClient

from api.app import create_app
from tests.warehouse.support import article, load, mention
from warehouse.connect import connect_readonly

GRAPHQL = '{ all: events { totalCount } wonsan: events(filter: {text: "Wonsan"}) { totalCount } }'
SQL = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT sum(num_mentions) FROM events)"
# What the GraphQL query must answer, asked in SQL: every event, and the events one of whose sentences says Wonsan.
GRAPHQL_IN_SQL = ("SELECT (SELECT count(*) FROM events),"
                  " (SELECT count(DISTINCT event_id) FROM event_mentions WHERE regexp_matches(sentence, '\\bWonsan\\b'))")
PER_LOAD = 150


def batch_parts(first: int, count: int) -> dict:
    """`count` articles, each telling a visit (in Wonsan for one in three) and a meeting on its own day."""
    articles, mentions = [], []
    for n in range(first, first + count):
        day = (dt.date(2020, 1, 1) + dt.timedelta(days=3 * n)).isoformat()
        where = "Wonsan" if n % 3 == 0 else "Pyongyang"
        visit = f"Lavrov llegó a {where} el día {n}."
        talks = f"Lavrov se reunió con Choe Son Hui, informe {n}."
        articles.append(article(f"n{n:05d}", f"{visit} {talks}", ("tass.ru", "kcna.kp", "efe.com")[n % 3], published=day))
        mentions += [mention(f"n{n:05d}", 0, "042", "RUS_LAVROV", "PRK", day, sentence=visit),
                     mention(f"n{n:05d}", 1, "043", "RUS_LAVROV", "PRK_CHOE", day, sentence=talks)]
    return {"articles": articles, "mentions": mentions}


def states(path) -> tuple[tuple, tuple]:
    with connect_readonly(path) as con:
        return con.execute(SQL).fetchone(), con.execute(GRAPHQL_IN_SQL).fetchone()


def test_readers_see_the_state_before_or_after_each_load_and_never_fail(warehouse_path):
    load(warehouse_path, **batch_parts(0, PER_LOAD))
    sql_states, graphql_states = (set(s) for s in zip(states(warehouse_path)))
    done = threading.Event()
    errors: list[BaseException] = []
    answers: dict[str, list[tuple]] = {}
    app = create_app(str(warehouse_path), api_keys=set())

    def graphql_reader(name: str) -> None:
        seen = answers.setdefault(name, [])
        with TestClient(app) as client:
            while not done.is_set() or len(seen) < 5:
                body = client.post("/graphql", json={"query": GRAPHQL}).json()
                if "errors" in body:
                    raise AssertionError(body["errors"])
                seen.append((body["data"]["all"]["totalCount"], body["data"]["wonsan"]["totalCount"]))

    def sql_reader(name: str) -> None:
        seen = answers.setdefault(name, [])
        while not done.is_set() or len(seen) < 5:
            with connect_readonly(warehouse_path) as con:
                seen.append(con.execute(SQL).fetchone())

    def guarded(target, name):
        def run():
            try:
                target(name)
            except BaseException as error:  # noqa: BLE001 -- reported by the test thread
                errors.append(error)
        return threading.Thread(target=run, name=name)

    readers = [guarded(graphql_reader, f"graphql-{i}") for i in range(2)] + [guarded(sql_reader, f"sql-{i}") for i in range(2)]
    for thread in readers:
        thread.start()
    try:
        for step in range(1, 4):
            load(warehouse_path, **batch_parts(step * PER_LOAD, PER_LOAD))
            after_sql, after_graphql = states(warehouse_path)
            sql_states.add(after_sql)
            graphql_states.add(after_graphql)
    finally:
        done.set()
        for thread in readers:
            thread.join(timeout=30)
    assert errors == []
    assert any(len(set(seen)) > 1 for seen in answers.values())  # the readers really ran across loads
    assert len(sql_states) == len(graphql_states) == 4  # every load changed what readers see
    for name, seen in answers.items():
        expected = graphql_states if name.startswith("graphql") else sql_states
        assert set(seen) <= expected, (name, set(seen) - expected)
        assert seen == sorted(seen), name  # a reader never goes back to an older state
    assert sql_states == {(n * PER_LOAD, 2 * n * PER_LOAD, 2 * n * PER_LOAD) for n in range(1, 5)}
