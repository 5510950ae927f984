"""Latency of the GraphQL API next to hand-written DuckDB SQL for the same answers.

    .venv/bin/python bench/api_latency.py [--events 10000000] [--repeat 20] [--warehouse FILE] [--keep]

Builds a synthetic warehouse of N events inside DuckDB (no Python loops): dates
spread over 2015-2026 and growing with time, ~2,000 actors drawn with Zipf
frequencies, ~150 countries, CAMEO codes drawn from a GDELT-like distribution
skewed to roots 01-05, ~1.5 mention sentences per event, and (as the writer
does: warehouse.read_tables.build_read_tables) the derived read tables. Then
times eight queries through the real ASGI app (httpx ASGITransport) and the same
answers by hand-written DuckDB SQL on a read-only connection -- SQL that uses the
read tables as well as it can -- and prints median / p95 in milliseconds with
the API/SQL ratio.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import httpx

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from api.app import create_app  # noqa: E402
from warehouse.migrate import migrate  # noqa: E402
from warehouse.read_tables import build_read_tables  # noqa: E402

REFERENCE = REPO / "seeds" / "sources" / "gdelt"  # GDELT lookups vendored with their provenance
# Aggregate queries, answered from the pre-aggregated counts: target 30 ms (the others 100 ms, text 500 ms).
AGGREGATES = ("dyad monthly timeline", "top dyads of 2024", "actor's event types", "country weekly timeline")

# Share of events per CAMEO root, roughly as in GDELT 2.0 (verbal cooperation dominates).
ROOT_WEIGHTS = {"01": 20, "02": 7, "03": 8, "04": 22, "05": 12, "06": 3, "07": 3, "08": 2, "09": 1, "10": 1.5,
                "11": 5, "12": 1.5, "13": 2, "14": 1.5, "15": 0.5, "16": 1.5, "17": 4, "18": 2.5, "19": 4, "20": 0.1}
VOCABULARY = ("minister foreign talks visit capital president government support cooperation military troops "
              "border sanctions agreement summit delegation defence security trade economic strategic dialogue "
              "official statement meeting alliance peace conflict attack forces protest election parliament "
              "embassy ambassador treaty nuclear missile exercise aid humanitarian refugees police arrest "
              "opposition leader army navy joint patrol pledge thanks condemn accuse demand negotiate").split()


def _reference_rows(con: duckdb.DuckDBPyConnection) -> None:
    """countries and cameo_codes from the GDELT lists (seeds/sources/gdelt)."""
    codes_file, goldstein_file = REFERENCE / "CAMEO.eventcodes.txt", REFERENCE / "CAMEO.goldsteinscale.txt"
    con.execute(f"""
        CREATE TEMP TABLE ref_codes AS
        SELECT c.CAMEOEVENTCODE AS code, trim(c.EVENTDESCRIPTION) AS label, g.GOLDSTEINSCALE AS goldstein
        FROM read_csv('{codes_file}', delim='\t', header=true, all_varchar=true) c
        LEFT JOIN read_csv('{goldstein_file}', delim='\t', header=true, types={{'CAMEOEVENTCODE': 'VARCHAR'}}) g
               USING (CAMEOEVENTCODE)""")
    con.execute("""
        INSERT INTO cameo_codes
        SELECT c.code, c.label, left(c.code, 2), coalesce(r.label, left(c.code, 2)),
               CASE WHEN left(c.code, 2) <= '05' THEN 1 WHEN left(c.code, 2) <= '09' THEN 2
                    WHEN left(c.code, 2) <= '14' THEN 3 ELSE 4 END,
               c.goldstein::DOUBLE, NULL, NULL
        FROM ref_codes c LEFT JOIN ref_codes r ON r.code = left(c.code, 2)
        WHERE length(c.code) >= 3""")
    country_file = REFERENCE / "CAMEO_country.txt"
    con.execute(f"""INSERT INTO countries
                    SELECT CODE, LABEL, 'state' FROM read_csv('{country_file}', delim='\t', header=true)
                    WHERE length(CODE) = 3 QUALIFY row_number() OVER (ORDER BY CODE) <= 150""")


def build(path: Path, events: int, *, read_tables: bool = True) -> dict[str, float]:
    """Write the synthetic warehouse to `path`; return the seconds each step took."""
    timings: dict[str, float] = {}
    con = duckdb.connect(str(path))
    migrate(con)

    def step(name: str, *statements: str) -> None:
        start = time.perf_counter()
        for statement in statements:
            con.execute(statement)
        timings[name] = time.perf_counter() - start

    step("reference", "SELECT 1")
    _reference_rows(con)
    weights = ", ".join(f"('{root}', {w})" for root, w in ROOT_WEIGHTS.items())
    vocabulary = "[" + ", ".join(f"'{w}'" for w in VOCABULARY) + "]"
    n_articles = max(events // 8, 10)
    step(
        "actors, places",
        # 2,000 actors; rank 1 is the most frequent (Zipf). Country: the 150 codes, also Zipf-like.
        """CREATE TEMP TABLE country_list AS SELECT list(country_code ORDER BY country_code) AS codes FROM countries""",
        """INSERT INTO actors
           SELECT 'A' || lpad(i::VARCHAR, 4, '0'),
                  CASE i WHEN 1 THEN 'Sergei Lavrov' WHEN 2 THEN 'Choe Son Hui' ELSE 'Actor ' || i END,
                  c.codes[1 + (hash(i) % len(c.codes))::INT],
                  ['GOV', 'MIL', 'BUS', 'OPP', 'MED', NULL][1 + (i % 6)],
                  CASE WHEN i % 3 = 0 THEN 'state' ELSE 'person' END
           FROM range(1, 2001) t(i), country_list c""",
        """INSERT INTO actor_aliases SELECT actor_id, name || ' (alias ' || k || ')' FROM actors, range(2) r(k)
           WHERE k = 0 OR hash(actor_id) % 2 = 0""",
        """INSERT INTO places
           SELECT 'gn:' || i, 'Place ' || i, c.codes[1 + (hash(i * 7) % len(c.codes))::INT],
                  -60 + (hash(i * 11) % 13000) / 100.0, -180 + (hash(i * 13) % 36000) / 100.0, i, 'city'
           FROM range(1, 5001) t(i), country_list c""",
        f"""CREATE TEMP TABLE code_pick AS
            WITH w AS (SELECT * FROM (VALUES {weights}) v(root, weight)),
                 slots AS (SELECT c.cameo_code, w.weight / count(*) OVER (PARTITION BY w.root) AS share
                           FROM cameo_codes c JOIN w ON w.root = c.root_code),
                 expanded AS (SELECT cameo_code FROM slots, range(greatest(1, round(share * 100)::INT)))
            SELECT row_number() OVER () - 1 AS slot, cameo_code FROM expanded""",
    )
    step(
        "events",
        f"""INSERT INTO events (event_id, event_date, date_precision, cameo_code, source_actor_id, target_actor_id,
                               place_id, num_mentions, num_articles, num_sources, first_seen, last_seen, is_symmetric)
            WITH drawn AS (
                SELECT i,
                       -- more news in later years: a day in 2015-01-01 .. 2026-06-30, density growing with time
                       (sqrt(random()) * 4198)::INT AS day,
                       -- rank k with probability ln((k+1)/k) / ln(2001), about 1/k: rank 1 ~9%
                       least(2000, floor(exp(random() * ln(2001))))::INT AS src_rank,
                       least(2000, floor(exp(random() * ln(2001))))::INT AS tgt_rank,
                       hash(i * 31) % (SELECT count(*) FROM code_pick) AS slot,
                       random() AS r
                FROM range(1, {events} + 1) t(i))
            SELECT d.i, DATE '2015-01-01' + d.day, 'day', p.cameo_code, 'A' || lpad(d.src_rank::VARCHAR, 4, '0'),
                   CASE WHEN d.r < 0.1 OR d.tgt_rank = d.src_rank THEN NULL ELSE 'A' || lpad(d.tgt_rank::VARCHAR, 4, '0') END,
                   CASE WHEN d.r < 0.8 THEN 'gn:' || (1 + hash(d.i) % 5000) END,
                   CASE WHEN d.r < 0.5 THEN 2 ELSE 1 END, CASE WHEN d.r < 0.5 THEN 2 ELSE 1 END, 1,
                   TIMESTAMP '2026-07-01', TIMESTAMP '2026-07-01', p.cameo_code LIKE '04%'
            FROM drawn d JOIN code_pick p ON p.slot = d.slot""",
    )
    step(
        "articles, mentions",
        f"""INSERT INTO articles (article_id, title, text, source, url, published_at, language, content_hash)
            SELECT 'art' || i, 'Article ' || i, 'Text of article ' || i, 'Outlet ' || (i % 300),
                   'https://example.org/' || i, DATE '2015-01-01' + (i * 4198 // {n_articles})::INT,
                   CASE WHEN i % 3 = 0 THEN 'es' ELSE 'en' END, 'h' || i
            FROM range({n_articles}) t(i)""",
        f"""INSERT INTO event_mentions (mention_id, event_id, article_id, sentence_index, sentence, char_start, char_end,
                                       cameo_code, source_actor_id, target_actor_id, event_date, date_precision,
                                       date_method, place_id, rule, confidence, language)
            WITH v AS (SELECT {vocabulary} AS words)
            SELECT e.event_id || '-' || k, e.event_id, 'art' || (hash(e.event_id * 3 + k) % {n_articles}), k,
                   concat_ws(' ', v.words[1 + (hash(e.event_id * 5 + k) % len(v.words))::INT],
                                  v.words[1 + (hash(e.event_id * 7 + k) % len(v.words))::INT],
                                  v.words[1 + (hash(e.event_id * 11 + k) % len(v.words))::INT],
                                  'in', v.words[1 + (hash(e.event_id * 13 + k) % len(v.words))::INT],
                                  v.words[1 + (hash(e.event_id * 17 + k) % len(v.words))::INT]) || '.',
                   0, 40, e.cameo_code, e.source_actor_id, e.target_actor_id, e.event_date, 'day', 'explicit',
                   e.place_id, 'synthetic', 0.8, 'en'
            FROM events e, range(2) r(k), v
            WHERE k < e.num_mentions""",
    )
    if read_tables:
        start = time.perf_counter()
        build_read_tables(con)
        timings["read tables"] = time.perf_counter() - start
    step("checkpoint", "CHECKPOINT")
    con.close()
    return timings


def queries(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, dict, str, list]]:
    """(name, GraphQL, variables, SQL, SQL parameters) for the measured questions."""
    top_country = con.execute("""SELECT a.country_code FROM events e JOIN actors a ON a.actor_id = e.source_actor_id
                                 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1""").fetchone()[0]
    event_id = con.execute("SELECT event_id FROM events WHERE num_mentions = 2 LIMIT 1").fetchone()[0]
    page_cols = """e.event_id, e.event_date, e.cameo_code, s.name AS source_name, t.name AS target_name, p.name AS place"""
    joins = """LEFT JOIN actors s ON s.actor_id = e.source_actor_id LEFT JOIN actors t ON t.actor_id = e.target_actor_id
               LEFT JOIN places p ON p.place_id = e.place_id"""
    return [
        ("filtered page",
         """query($c: String) { events(filter: {country: $c, dateFrom: "2020-01-01", dateTo: "2020-12-31", cameoRoot: "04"},
              first: 50) { edges { node { id date cameo { code } source { name } target { name } location { name } } } } }""",
         {"c": top_country},
         f"""SELECT {page_cols} FROM (
                SELECT event_id, event_date, cameo_code, source_actor_id, target_actor_id, place_id FROM event_facts
                WHERE event_date BETWEEN DATE '2020-01-01' AND DATE '2020-12-31' AND root_code = '04'
                  AND (source_country = $1 OR target_country = $1)
                ORDER BY event_date DESC, event_id DESC LIMIT 50) e {joins}
             ORDER BY e.event_date DESC, e.event_id DESC""", [top_country]),
        ("actor's events",
         """{ actor(id: "A0001") { events(first: 50) { totalCount
              edges { node { id date cameo { code } target { name } } } } } }""", {},
         f"""SELECT {page_cols}, (SELECT count(*) FROM actor_events WHERE actor_id = 'A0001') AS total FROM (
                SELECT event_id, event_date, cameo_code, source_actor_id, target_actor_id, place_id FROM actor_events
                WHERE actor_id = 'A0001' ORDER BY event_date DESC, event_id DESC LIMIT 50) e {joins}
             ORDER BY e.event_date DESC, e.event_id DESC""", []),
        ("dyad monthly timeline",
         """{ timeline(filter: {dyad: {a: "A0001", b: "A0002"}}, interval: MONTH) { start count goldsteinMean } }""", {},
         """SELECT period_start AS m, sum(event_count), sum(goldstein_sum) / sum(goldstein_count) FROM dyad_counts
             WHERE grain = 'month' AND source_actor_id IN ('A0001', 'A0002') AND target_actor_id IN ('A0001', 'A0002')
               AND source_actor_id <> target_actor_id
             GROUP BY 1 ORDER BY 1""", []),
        ("top dyads of 2024",
         """{ dyads(filter: {dateFrom: "2024-01-01", dateTo: "2024-12-31"}, first: 20) {
              source { name } target { name } count goldsteinMean } }""", {},
         # dyad_counts holds the pairs as the API ranks them (symmetric events under the pair in id order).
         """SELECT s.name, t.name, d.event_count, d.goldstein_sum / d.goldstein_count FROM (
                SELECT * FROM dyad_counts WHERE grain = 'year' AND period_start = DATE '2024-01-01'
                ORDER BY event_count DESC, source_actor_id, target_actor_id LIMIT 20) d
             JOIN actors s ON s.actor_id = d.source_actor_id JOIN actors t ON t.actor_id = d.target_actor_id
             ORDER BY d.event_count DESC, d.source_actor_id, d.target_actor_id""", []),
        ("actor's event types",
         """{ eventTypes(filter: {actorId: "A0001", dateFrom: "2020-01-01"}) { rootCode count } }""", {},
         """SELECT root_code, sum(event_count) AS n FROM actor_day_counts
             WHERE actor_id = 'A0001' AND event_date >= DATE '2020-01-01' GROUP BY 1 ORDER BY n DESC, 1""", []),
        ("country weekly timeline",
         """query($c: String) { timeline(filter: {country: $c, dateFrom: "2025-01-01"}, interval: WEEK) { start count } }""",
         {"c": top_country},
         """SELECT date_trunc('week', event_date) AS w, sum(event_count) FROM country_type_day_counts
             WHERE country = $1 AND event_date >= DATE '2025-01-01' GROUP BY 1 ORDER BY 1""", [top_country]),
        ("event with mentions",
         """query($id: ID!) { event(id: $id) { id date cameo { code label } source { name } target { name }
              location { name latitude longitude } mentions { sentence charStart charEnd article { title source } } } }""",
         {"id": str(event_id)},
         f"""SELECT {page_cols}, c.label, p.latitude, p.longitude, m.sentence, m.char_start, m.char_end, a.title, a.source
             FROM events e {joins} LEFT JOIN cameo_codes c ON c.cameo_code = e.cameo_code
             JOIN event_mentions m ON m.event_id = e.event_id JOIN articles a ON a.article_id = m.article_id
             WHERE e.event_id = $1""", [event_id]),
        ("text search",
         """{ events(filter: {text: "nuclear treaty"}, first: 20) { totalCount edges { node { id date } } } }""", {},
         """WITH hits AS (
                SELECT DISTINCT w0.event_id, w0.event_date
                FROM (SELECT mention_key, event_id, event_date FROM text_postings WHERE term = 'nuclear') w0
                JOIN (SELECT mention_key, event_id FROM text_postings WHERE term = 'treaty') w1 USING (event_id, mention_key))
             SELECT event_id, event_date, count(*) OVER () FROM hits
             ORDER BY event_date DESC, event_id DESC LIMIT 20""", []),
    ]


def _ids(connection: dict) -> list[int]:
    return [int(edge["node"]["id"]) for edge in connection["edges"]]


def same_answer(name: str, data: dict, rows: list[tuple]) -> bool:
    """Whether the API's answer (GraphQL `data`) is the SQL's `rows` for query `name`."""
    if name == "filtered page":
        return _ids(data["events"]) == [r[0] for r in rows]
    if name == "actor's events":
        events = data["actor"]["events"]
        return _ids(events) == [r[0] for r in rows] and events["totalCount"] == (rows[0][-1] if rows else 0)
    if name == "dyad monthly timeline":  # the API also lists the empty months between
        return [(b["start"], b["count"]) for b in data["timeline"] if b["count"]] == [(str(r[0])[:10], r[1]) for r in rows]
    if name == "top dyads of 2024":
        return [(d["source"]["name"], d["target"]["name"], d["count"]) for d in data["dyads"]] == [r[:3] for r in rows]
    if name == "actor's event types":
        return [(t["rootCode"], t["count"]) for t in data["eventTypes"]] == [tuple(r) for r in rows]
    if name == "country weekly timeline":
        return [(b["start"], b["count"]) for b in data["timeline"] if b["count"]] == [(str(r[0])[:10], r[1]) for r in rows]
    if name == "event with mentions":
        return sorted(m["sentence"] for m in data["event"]["mentions"]) == sorted(r[9] for r in rows)
    if name == "text search":
        return _ids(data["events"]) == [r[0] for r in rows] and data["events"]["totalCount"] == (rows[0][2] if rows else 0)
    raise ValueError(name)


def summary(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


async def time_api(path: Path, cases, repeat: int) -> tuple[list[list[float]], list[dict]]:
    """Samples (ms) per case, and each case's last answer."""
    # without the answer cache: every sample computes its answer
    app = create_app(str(path), api_keys=set(), max_page_size=500, query_timeout_s=60, answer_cache_mb=0)
    results, answers = [], []
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client:
        for name, query, variables, _, _ in cases:
            samples = []
            for i in range(repeat + 2):  # two warm-up runs
                start = time.perf_counter()
                response = await client.post("/graphql", json={"query": query, "variables": variables})
                elapsed = time.perf_counter() - start
                body = response.json()
                if response.status_code != 200 or body.get("errors"):
                    raise SystemExit(f"{name}: {response.status_code} {body}")
                if i >= 2:
                    samples.append(elapsed * 1000)
            results.append(samples)
            answers.append(body["data"])
    return results, answers


def time_sql(path: Path, cases, repeat: int) -> tuple[list[list[float]], list[list[tuple]]]:
    """Samples (ms) per case, and each case's rows."""
    con = duckdb.connect(str(path), read_only=True)
    results, answers = [], []
    for _, _, _, sql, params in cases:
        samples = []
        for i in range(repeat + 2):
            start = time.perf_counter()
            rows = con.execute(sql, params).fetchall()
            if i >= 2:
                samples.append((time.perf_counter() - start) * 1000)
        results.append(samples)
        answers.append(rows)
    con.close()
    return results, answers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--warehouse", type=Path, help="reuse (or keep) this file instead of a temporary one")
    parser.add_argument("--core-only", action="store_true",
                        help="build without the read tables, as writers published before them (the SQL needs them)")
    args = parser.parse_args()

    tmp = None
    path = args.warehouse
    if path is None:
        tmp = tempfile.TemporaryDirectory(prefix="dyad-bench-")
        path = Path(tmp.name) / "bench.duckdb"
    if not path.exists():
        start = time.perf_counter()
        steps = build(path, args.events, read_tables=not args.core_only)
        total = time.perf_counter() - start
        print(f"built {args.events:,} events in {total:.1f} s ("
              + ", ".join(f"{k} {v:.1f} s" for k, v in steps.items()) + f"); {path.stat().st_size / 2**20:,.0f} MiB")
    con = duckdb.connect(str(path), read_only=True)
    counts = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_mentions), "
                         "(SELECT count(*) FROM actors)").fetchone()
    cases = queries(con)
    con.close()
    print(f"warehouse: {counts[0]:,} events, {counts[1]:,} mentions, {counts[2]:,} actors; {args.repeat} runs each; "
          f"load average {os.getloadavg()[0]:.2f}")

    api, api_answers = asyncio.run(time_api(path, cases, args.repeat))
    if args.core_only:
        print(f"\n{'query':<24}{'API median':>12}{'API p95':>10}   (core tables only: no SQL side)")
        for (name, *_), a in zip(cases, api):
            am, ap = summary(a)
            print(f"{name:<24}{am:>10.1f}ms{ap:>8.1f}ms")
        return
    sql, sql_answers = time_sql(path, cases, args.repeat)
    print(f"\n{'query':<24}{'API median':>12}{'API p95':>10}{'SQL median':>12}{'SQL p95':>10}{'ratio':>8}"
          f"{'target':>10}{'same answer':>13}")
    for (name, *_), a, s, data, rows in zip(cases, api, sql, api_answers, sql_answers):
        (am, ap), (sm, sp) = summary(a), summary(s)
        target = 30 if name in AGGREGATES else min(1.5 * sm + 5, 500 if name == "text search" else 100)
        verdict = "met" if am <= target else "MISSED"
        print(f"{name:<24}{am:>10.1f}ms{ap:>8.1f}ms{sm:>10.1f}ms{sp:>8.1f}ms{am / sm:>7.1f}x"
              f"{verdict:>10}{'yes' if same_answer(name, data, rows) else 'NO':>13}")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
