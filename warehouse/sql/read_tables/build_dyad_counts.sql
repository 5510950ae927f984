-- dyad_counts: events per actor pair and period, pre-aggregated for the
-- `dyads` ranking and dyad timelines. The pair is as the ranking counts it
-- (warehouse/queries/dyad_counts.sql): directed source -> target, except that a
-- symmetric event is counted under the pair in id order. Only events with a
-- target. One row per (grain, period_start, source_actor_id, target_actor_id),
-- for four grains: 'day' (period_start = the event date), 'month', 'year'
-- (period_start = the first day of the month or year) and 'all' (one period,
-- period_start NULL, every event of the pair whether dated or not). Undated
-- events are in the day, month and year grains under a NULL period_start,
-- which no date range selects, as with events.
-- Measures: event_count, goldstein_sum and goldstein_count (events with a
-- Goldstein score: the mean is goldstein_sum / goldstein_count), q1..q4 (events
-- per QuadClass). Sorted by grain, then pair, then period: one pair's rows are
-- a few row groups (a dyad's timeline), and one period of a grain is read by
-- scanning that grain's rows, which costs less than grouping events.
CREATE OR REPLACE TABLE dyad_counts AS
WITH days AS MATERIALIZED (
    SELECT CASE WHEN f.is_symmetric AND f.target_actor_id < f.source_actor_id
                THEN f.target_actor_id ELSE f.source_actor_id END AS source_actor_id,
           CASE WHEN f.is_symmetric AND f.target_actor_id < f.source_actor_id
                THEN f.source_actor_id ELSE f.target_actor_id END AS target_actor_id,
           f.event_date AS period_start,
           count(*) AS event_count, sum(f.goldstein) AS goldstein_sum, count(f.goldstein) AS goldstein_count,
           count(*) FILTER (WHERE f.quad_class = 1) AS q1, count(*) FILTER (WHERE f.quad_class = 2) AS q2,
           count(*) FILTER (WHERE f.quad_class = 3) AS q3, count(*) FILTER (WHERE f.quad_class = 4) AS q4
    FROM event_facts f
    WHERE f.target_actor_id IS NOT NULL
    GROUP BY ALL
),
months AS MATERIALIZED (
    SELECT date_trunc('month', period_start)::DATE AS period_start, source_actor_id, target_actor_id,
           sum(event_count) AS event_count, sum(goldstein_sum) AS goldstein_sum, sum(goldstein_count) AS goldstein_count,
           sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4
    FROM days GROUP BY ALL
),
years AS MATERIALIZED (
    SELECT date_trunc('year', period_start)::DATE AS period_start, source_actor_id, target_actor_id,
           sum(event_count) AS event_count, sum(goldstein_sum) AS goldstein_sum, sum(goldstein_count) AS goldstein_count,
           sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4
    FROM months GROUP BY ALL
),
everything AS (
    SELECT NULL::DATE AS period_start, source_actor_id, target_actor_id,
           sum(event_count) AS event_count, sum(goldstein_sum) AS goldstein_sum, sum(goldstein_count) AS goldstein_count,
           sum(q1) AS q1, sum(q2) AS q2, sum(q3) AS q3, sum(q4) AS q4
    FROM years GROUP BY ALL
),
grains AS (
    SELECT 'day' AS grain, * FROM days
    UNION ALL BY NAME SELECT 'month' AS grain, * FROM months
    UNION ALL BY NAME SELECT 'year' AS grain, * FROM years
    UNION ALL BY NAME SELECT 'all' AS grain, * FROM everything
)
SELECT grain, period_start, source_actor_id, target_actor_id,
       event_count::INTEGER AS event_count, goldstein_sum, goldstein_count::INTEGER AS goldstein_count,
       q1::INTEGER AS q1, q2::INTEGER AS q2, q3::INTEGER AS q3, q4::INTEGER AS q4
FROM grains
ORDER BY grain, source_actor_id, target_actor_id, period_start NULLS LAST;

COMMENT ON TABLE dyad_counts IS 'Derived (rebuilt on every publish): one row per (grain, period_start, source_actor_id, target_actor_id) for grains day, month, year and all: the events of the pair (symmetric events under the pair in id order) with event_count, goldstein_sum, goldstein_count and q1..q4; sorted by grain, pair, period.';
