-- Events per CAMEO root ('04'), with the root's label, most frequent first.
-- The events slot is an event relation (event_sources.sql) or pre-aggregated
-- counts by root (aggregate_sources.sql); the measures slot sums either kind.
WITH counted AS (
    SELECT e.root_code, {{measures}}
    FROM {{events}} e
    WHERE {{filters}}
    GROUP BY 1
),
roots AS (
    SELECT root_code, any_value(root_label) AS root_label
    FROM cameo_codes
    GROUP BY root_code
)
SELECT c.root_code, coalesce(r.root_label, c.root_code) AS label, c.n
FROM counted c
LEFT JOIN roots r ON r.root_code = c.root_code
ORDER BY c.n DESC, c.root_code
