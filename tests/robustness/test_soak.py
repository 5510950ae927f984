"""Soak: loads back to back while GraphQL and SQL readers poll -- every run publishes or sets aside cleanly,
no reader ever fails, and every record ends stored or quarantined with a reason.

Bounded for the suite (3 runs of 20 random articles); DYAD_SOAK_RUNS and DYAD_SOAK_ARTICLES scale it up
(10 x 100 is the full soak; at 100 articles a run codes in two worker processes).
"""
from __future__ import annotations

import datetime as dt
import os
import random
import threading
import time

from starlette.testclient import TestClient

from api.app import create_app
from orchestration.cli import main
from tests.robustness.corpus import Written, random_corpus, write_corpus
from tests.robustness.support import failed_checks, unaccounted
from warehouse.connect import connect_readonly

RUNS = int(os.environ.get("DYAD_SOAK_RUNS", "3"))
POLL = 0.1  # seconds between a reader's queries: readers share the two cores with the load
ARTICLES = int(os.environ.get("DYAD_SOAK_ARTICLES", "20"))
TODAY = dt.datetime.now(dt.timezone.utc).date()
GRAPHQL = '{ all: events { totalCount } said: events(filter: {text: "Lavrov"}) { totalCount } }'
SQL = ("SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events), (SELECT count(*) FROM quarantine),"
       " (SELECT count(*) FROM rejected_mentions)")


class Readers:
    """Two GraphQL and two SQL readers polling the published file until stopped; every failure is kept."""

    def __init__(self, warehouse):
        self.warehouse, self.stop, self.errors, self.answers = warehouse, threading.Event(), [], {}
        self.app = create_app(str(warehouse), api_keys=set())
        self.threads = [threading.Thread(target=self._guard, args=(self._graphql, f"graphql-{i}")) for i in range(2)]
        self.threads += [threading.Thread(target=self._guard, args=(self._sql, f"sql-{i}")) for i in range(2)]

    def _guard(self, poll, name):
        self.answers[name] = 0
        try:
            poll(name)
        except BaseException as error:  # noqa: BLE001 -- reported by the test
            self.errors.append(f"{name}: {type(error).__name__}: {error}")

    def _graphql(self, name):
        with TestClient(self.app) as client:
            while not self.stop.is_set():
                body = client.post("/graphql", json={"query": GRAPHQL}).json()
                if "errors" in body:
                    raise AssertionError(body["errors"])
                self.answers[name] += 1
                time.sleep(POLL)

    def _sql(self, name):
        while not self.stop.is_set():
            with connect_readonly(self.warehouse) as con:
                con.execute(SQL).fetchone()
            self.answers[name] += 1
            time.sleep(POLL)

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=60)


def test_loads_back_to_back_with_readers_polling_never_fail_and_lose_no_record(tmp_path, capsys):
    rng = random.Random(20261204)
    warehouse = tmp_path / "dyad.duckdb"
    places: dict[str, tuple] = {}
    statuses, seconds = [], []
    previous = None

    def load(run: int) -> None:
        nonlocal previous
        corpus = random_corpus(rng, f"s{run}-", ARTICLES, TODAY)
        if previous is not None:  # a feed sends some stories again: unchanged, or with their text changed
            again = rng.sample(previous.records, k=min(3, len(previous.records)))
            changed = rng.sample(previous.records, k=min(2, len(previous.records)))
            corpus.records += again + [type(r)(**{**r.__dict__, "text": r.text + " Actualizado."}) for r in changed
                                       if r not in again]
        written = write_corpus(corpus, tmp_path / f"run{run}")
        started = time.perf_counter()
        statuses.append(main(["run", "--articles", str(tmp_path / f"run{run}"), "--warehouse", str(warehouse)]))
        seconds.append(time.perf_counter() - started)
        places.update(written.places)
        previous = corpus

    load(0)  # readers need a published file
    with Readers(warehouse) as readers:
        for run in range(1, RUNS):
            load(run)
        time.sleep(0.2)
    with capsys.disabled():
        print(f"\nsoak: {RUNS} runs of {ARTICLES} articles, seconds per run {[round(s, 1) for s in seconds]}, "
              f"exit statuses {statuses}, reader answers {readers.answers}")
    assert set(statuses) <= {0, 3}
    assert readers.errors == []
    assert all(count > 0 for count in readers.answers.values())
    assert failed_checks(warehouse) == []
    assert unaccounted(warehouse, Written(places, [])) == []
