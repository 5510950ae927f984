-- The pre-aggregated counts (warehouse/sql/read_tables/build_*_counts.sql) as
-- the aggregate queries read them (warehouse/reader_aggregates.py picks one),
-- with the measures that sum them and the predicates that differ from
-- event_filters.sql. Each relation has `event_date` (for dyad_counts, the first
-- day of the period) so the date predicates of event_filters.sql apply as they
-- are: the reader only uses a grain whose periods the date range covers whole.

-- name: dyad_counts
(SELECT d.period_start AS event_date, d.source_actor_id, d.target_actor_id,
        d.event_count, d.goldstein_sum, d.goldstein_count, d.q1, d.q2, d.q3, d.q4
 FROM dyad_counts d WHERE d.grain = $grain)

-- name: actor_day_counts
actor_day_counts

-- name: country_type_day_counts
country_type_day_counts

-- name: type_day_counts
type_day_counts

-- name: event_measures
-- Over events, one row each.
count(*) AS n, sum(e.goldstein) AS goldstein_sum, count(e.goldstein) AS goldstein_count,
count(*) FILTER (WHERE e.quad_class = 1) AS q1, count(*) FILTER (WHERE e.quad_class = 2) AS q2,
count(*) FILTER (WHERE e.quad_class = 3) AS q3, count(*) FILTER (WHERE e.quad_class = 4) AS q4

-- name: counted_measures
-- Over pre-aggregated rows.
sum(e.event_count) AS n, sum(e.goldstein_sum) AS goldstein_sum, sum(e.goldstein_count) AS goldstein_count,
sum(e.q1) AS q1, sum(e.q2) AS q2, sum(e.q3) AS q3, sum(e.q4) AS q4

-- name: event_count
count(*) AS n

-- name: counted_count
sum(e.event_count) AS n

-- name: pairs_grouped
SELECT e.source_actor_id, e.target_actor_id, sum(e.event_count) AS n,
       sum(e.goldstein_sum) AS goldstein_sum, sum(e.goldstein_count) AS goldstein_count
FROM {{events}} e
WHERE {{filters}}
GROUP BY e.source_actor_id, e.target_actor_id

-- name: pairs_one_period
SELECT e.source_actor_id, e.target_actor_id, e.event_count AS n, e.goldstein_sum, e.goldstein_count
FROM {{events}} e
WHERE {{filters}}

-- name: actor_pin
-- actor_day_counts holds each of an actor's events once under it.
e.actor_id = $actor_id

-- name: country_pin
-- country_type_day_counts holds each event once under each distinct country of its actors.
e.country = upper($country)

-- name: dyad_pair
-- A dyad of two actors, either direction; the IN lists let zone maps find the pair's rows.
(e.source_actor_id IN ($dyad_a, $dyad_b) AND e.target_actor_id IN ($dyad_a, $dyad_b)
 AND ((e.source_actor_id = $dyad_a AND e.target_actor_id = $dyad_b)
      OR (e.source_actor_id = $dyad_b AND e.target_actor_id = $dyad_a)))
