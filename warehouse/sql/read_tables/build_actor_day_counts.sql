-- actor_day_counts: an actor's events per day and CAMEO root, pre-aggregated
-- from actor_events (each event once under each actor on either side), for an
-- actor's timeline and event types. One row per (actor_id, event_date,
-- root_code, quad_class) -- the QuadClass follows from the root, so it adds no
-- rows, except for codes missing from cameo_codes (NULL). Undated events under
-- a NULL event_date. Measures as in dyad_counts. Sorted by actor, then date, so one
-- actor's rows are a few row groups.
CREATE OR REPLACE TABLE actor_day_counts AS
SELECT a.actor_id, a.event_date, a.root_code, a.quad_class,
       count(*)::INTEGER AS event_count, sum(a.goldstein) AS goldstein_sum, count(a.goldstein)::INTEGER AS goldstein_count,
       count(*) FILTER (WHERE a.quad_class = 1)::INTEGER AS q1, count(*) FILTER (WHERE a.quad_class = 2)::INTEGER AS q2,
       count(*) FILTER (WHERE a.quad_class = 3)::INTEGER AS q3, count(*) FILTER (WHERE a.quad_class = 4)::INTEGER AS q4
FROM actor_events a
GROUP BY a.actor_id, a.event_date, a.root_code, a.quad_class
ORDER BY a.actor_id, a.event_date NULLS LAST, a.root_code;

COMMENT ON TABLE actor_day_counts IS 'Derived (rebuilt on every publish): one row per (actor_id, event_date, root_code, quad_class) over the actor''s events on either side (as actor_events), with event_count, goldstein_sum, goldstein_count and q1..q4; sorted by actor, then date.';
