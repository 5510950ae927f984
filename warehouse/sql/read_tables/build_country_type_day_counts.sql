-- country_type_day_counts: events per country (of either side), day and CAMEO
-- root, pre-aggregated for a country's timeline and event types. An event is
-- counted once under each distinct country of its two actors (once when both
-- share it); events whose actors have no country are not here. One row per
-- (country, event_date, root_code, quad_class) -- the QuadClass follows from the
-- root (NULL for codes missing from cameo_codes); undated
-- events under a NULL event_date. Measures as in dyad_counts. Sorted by
-- country, then date.
CREATE OR REPLACE TABLE country_type_day_counts AS
WITH sides AS (
    SELECT f.source_country AS country, f.event_date, f.root_code, f.quad_class, f.goldstein
    FROM event_facts f WHERE f.source_country IS NOT NULL
    UNION ALL
    SELECT f.target_country, f.event_date, f.root_code, f.quad_class, f.goldstein
    FROM event_facts f
    WHERE f.target_country IS NOT NULL AND f.target_country IS DISTINCT FROM f.source_country
)
SELECT s.country, s.event_date, s.root_code, s.quad_class,
       count(*)::INTEGER AS event_count, sum(s.goldstein) AS goldstein_sum, count(s.goldstein)::INTEGER AS goldstein_count,
       count(*) FILTER (WHERE s.quad_class = 1)::INTEGER AS q1, count(*) FILTER (WHERE s.quad_class = 2)::INTEGER AS q2,
       count(*) FILTER (WHERE s.quad_class = 3)::INTEGER AS q3, count(*) FILTER (WHERE s.quad_class = 4)::INTEGER AS q4
FROM sides s
GROUP BY s.country, s.event_date, s.root_code, s.quad_class
ORDER BY s.country, s.event_date NULLS LAST, s.root_code;

COMMENT ON TABLE country_type_day_counts IS 'Derived (rebuilt on every publish): one row per (country, event_date, root_code, quad_class), an event counted once under each distinct country of its actors, with event_count, goldstein_sum, goldstein_count and q1..q4; sorted by country, then date.';
