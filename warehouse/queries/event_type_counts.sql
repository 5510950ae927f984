-- Events per CAMEO root ('04'), with the root's label, most frequent first.
WITH counted AS (
    SELECT e.root_code, count(*) AS n
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
