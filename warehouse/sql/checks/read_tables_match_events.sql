-- The derived read tables (warehouse/sql/read_tables) disagree with events:
-- event_facts must hold each event once (same count, same ids, same dates),
-- actor_events once per known side (the source, and the target unless it is
-- the source). (text_postings is not re-derived here: that would cost as much as
-- building it.)
WITH expected AS (
    SELECT count(*) AS events,
           count(source_actor_id)
             + count(*) FILTER (WHERE target_actor_id IS NOT NULL AND target_actor_id IS DISTINCT FROM source_actor_id) AS sides,
           sum(event_id) AS id_sum,
           sum(coalesce(event_date - DATE '2000-01-01', 0)) AS date_sum
    FROM events
),
facts AS (
    SELECT count(*) AS events, sum(event_id) AS id_sum, sum(coalesce(event_date - DATE '2000-01-01', 0)) AS date_sum
    FROM event_facts
)
SELECT 'event_facts rows' AS what, e.events AS expected, f.events AS actual FROM expected e, facts f WHERE e.events <> f.events
UNION ALL
SELECT 'event_facts event ids', e.id_sum, f.id_sum FROM expected e, facts f WHERE e.id_sum IS DISTINCT FROM f.id_sum
UNION ALL
SELECT 'event_facts dates', e.date_sum, f.date_sum FROM expected e, facts f WHERE e.date_sum IS DISTINCT FROM f.date_sum
UNION ALL
SELECT 'actor_events rows', e.sides, (SELECT count(*) FROM actor_events) FROM expected e
WHERE e.sides <> (SELECT count(*) FROM actor_events)
