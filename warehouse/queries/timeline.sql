-- Events per calendar bucket ({{interval}}: day, week (ISO, from Monday), month,
-- year), with the mean Goldstein score and the count in each QuadClass. Buckets
-- between the first and the last are filled with zeros; undated events are left
-- out. LIMIT guards against a span of too many buckets. The events slot is the
-- relation event_sources.sql names (one row per event), or one of the
-- pre-aggregated counts (aggregate_sources.sql: rows of several events, whose
-- periods nest in the interval); the measures slot sums either kind
-- (aggregate_sources.sql: event_measures / counted_measures).
-- `counted` is MATERIALIZED: it is read twice, and would otherwise be computed twice.
WITH counted AS MATERIALIZED (
    SELECT date_trunc('{{interval}}', e.event_date)::DATE AS bucket,
           {{measures}}
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
       c.goldstein_sum / nullif(c.goldstein_count, 0) AS goldstein_mean,
       [coalesce(c.q1, 0), coalesce(c.q2, 0), coalesce(c.q3, 0), coalesce(c.q4, 0)] AS quad_class_counts
FROM span s
LEFT JOIN counted c ON c.bucket = s.bucket
ORDER BY s.bucket
LIMIT $limit
