-- The pre-aggregated counts (warehouse/sql/read_tables/build_*_counts.sql) do
-- not add up to the events: every grain of dyad_counts must count each event
-- with a target once, actor_day_counts each row of actor_events,
-- country_type_day_counts each event once per distinct country of its actors,
-- type_day_counts each event once -- with the same dates (sum of days since
-- 2000) and Goldstein sums as the events they count. (Sums, not a re-derivation:
-- that would cost as much as building them; read_tables_match_events checks
-- event_facts and actor_events against events.)
WITH facts AS (
    SELECT count(*) AS events,
           count(*) FILTER (WHERE target_actor_id IS NOT NULL) AS with_target,
           count(source_country) + count(*) FILTER (WHERE target_country IS DISTINCT FROM source_country
                                                     AND target_country IS NOT NULL) AS country_sides,
           sum(coalesce(event_date - DATE '2000-01-01', 0)) AS date_sum,
           coalesce(sum(goldstein), 0) AS goldstein_sum
    FROM event_facts
),
expected AS (
    SELECT 'type_day_counts' AS tbl, NULL AS grain, events AS n, date_sum, goldstein_sum FROM facts
    UNION ALL SELECT 'actor_day_counts', NULL, (SELECT count(*) FROM actor_events), NULL, NULL FROM facts
    UNION ALL SELECT 'country_type_day_counts', NULL, country_sides, NULL, NULL FROM facts
    UNION ALL SELECT 'dyad_counts', g.grain, with_target, NULL,
                     (SELECT coalesce(sum(goldstein), 0) FROM event_facts WHERE target_actor_id IS NOT NULL)
    FROM facts, (VALUES ('day'), ('month'), ('year'), ('all')) g(grain)
),
actual AS (
    SELECT 'type_day_counts' AS tbl, NULL AS grain, sum(event_count) AS n,
           sum(coalesce(event_date - DATE '2000-01-01', 0) * event_count) AS date_sum,
           coalesce(sum(goldstein_sum), 0) AS goldstein_sum
    FROM type_day_counts
    UNION ALL SELECT 'actor_day_counts', NULL, sum(event_count), NULL, NULL FROM actor_day_counts
    UNION ALL SELECT 'country_type_day_counts', NULL, sum(event_count), NULL, NULL FROM country_type_day_counts
    UNION ALL SELECT 'dyad_counts', grain, sum(event_count), NULL, coalesce(sum(goldstein_sum), 0)
    FROM dyad_counts GROUP BY grain
)
SELECT e.tbl AS what, e.grain, e.n AS expected_events, coalesce(a.n, 0) AS actual_events
FROM expected e
LEFT JOIN actual a ON a.tbl = e.tbl AND a.grain IS NOT DISTINCT FROM e.grain
WHERE coalesce(a.n, 0) <> e.n
   OR coalesce(a.date_sum, 0) <> coalesce(e.date_sum, 0)
   OR abs(coalesce(a.goldstein_sum, 0) - coalesce(e.goldstein_sum, 0)) > 1e-6 * greatest(1, abs(coalesce(e.goldstein_sum, 0)))
