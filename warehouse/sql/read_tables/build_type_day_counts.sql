-- type_day_counts: all events per day and CAMEO root, pre-aggregated for
-- timelines and event types with no actor or country filter. One row per
-- (event_date, root_code, quad_class) -- the QuadClass follows from the root
-- (NULL for codes missing from cameo_codes); undated events
-- under a NULL event_date. Measures as in dyad_counts. Sorted by date.
CREATE OR REPLACE TABLE type_day_counts AS
SELECT f.event_date, f.root_code, f.quad_class,
       count(*)::INTEGER AS event_count, sum(f.goldstein) AS goldstein_sum, count(f.goldstein)::INTEGER AS goldstein_count,
       count(*) FILTER (WHERE f.quad_class = 1)::INTEGER AS q1, count(*) FILTER (WHERE f.quad_class = 2)::INTEGER AS q2,
       count(*) FILTER (WHERE f.quad_class = 3)::INTEGER AS q3, count(*) FILTER (WHERE f.quad_class = 4)::INTEGER AS q4
FROM event_facts f
GROUP BY f.event_date, f.root_code, f.quad_class
ORDER BY f.event_date NULLS LAST, f.root_code;

COMMENT ON TABLE type_day_counts IS 'Derived (rebuilt on every publish): one row per (event_date, root_code, quad_class) over all events, with event_count, goldstein_sum, goldstein_count and q1..q4; sorted by date.';
