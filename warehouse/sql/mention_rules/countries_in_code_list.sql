-- Mentions whose source, target or place country is not an ISO alpha-3, CAMEO known-group or
-- region code of the code list (countries, from seeds/reference/countries.csv). No country is fine.
WITH sides AS (
    SELECT mention_id, 'source' AS side, source_country AS code FROM mention_facts
    UNION ALL
    SELECT mention_id, 'target', target_country FROM mention_facts
    UNION ALL
    SELECT mention_id, 'place', place_country FROM mention_facts
)
SELECT mention_id, string_agg(side || ' ' || code, ', ' ORDER BY side) AS value
FROM sides
WHERE code IS NOT NULL AND code NOT IN (SELECT country_code FROM countries)
GROUP BY mention_id
