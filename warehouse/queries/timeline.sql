-- Events per calendar bucket ({{interval}}: day, week (ISO, from Monday), month,
-- year), with the mean Goldstein score and the count in each QuadClass. Buckets
-- between the first and the last are filled with zeros; undated events are left
-- out. LIMIT guards against a span of too many buckets. The events slot is the
-- relation event_sources.sql names (with goldstein and quad_class beside each event).
-- `counted` is MATERIALIZED: it is read twice, and would otherwise be computed twice.
WITH counted AS MATERIALIZED (
    SELECT date_trunc('{{interval}}', e.event_date)::DATE AS bucket,
           count(*) AS n,
           avg(e.goldstein) AS goldstein_mean,
           count(*) FILTER (WHERE e.quad_class = 1) AS q1,
           count(*) FILTER (WHERE e.quad_class = 2) AS q2,
           count(*) FILTER (WHERE e.quad_class = 3) AS q3,
           count(*) FILTER (WHERE e.quad_class = 4) AS q4
    FROM {{events}} e
    WHERE e.event_date IS NOT NULL AND {{filters}}
    GROUP BY 1
),
span AS (
    SELECT unnest(generate_series(min(bucket), max(bucket), INTERVAL 1 {{interval}}))::DATE AS bucket
    FROM counted
    HAVING count(*) > 0
)
SELECT s.bucket AS start,
       coalesce(c.n, 0) AS n,
       c.goldstein_mean,
       [coalesce(c.q1, 0), coalesce(c.q2, 0), coalesce(c.q3, 0), coalesce(c.q4, 0)] AS quad_class_counts
FROM span s
LEFT JOIN counted c ON c.bucket = s.bucket
ORDER BY s.bucket
LIMIT $limit
