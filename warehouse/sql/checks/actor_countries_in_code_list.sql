-- Actors and places whose country code is not in the countries reference table.
SELECT 'actor' AS what, a.actor_id AS id, a.country_code FROM actors a
LEFT JOIN countries c USING (country_code) WHERE a.country_code IS NOT NULL AND c.country_code IS NULL
UNION ALL
SELECT 'place', p.place_id, p.country_code FROM places p
LEFT JOIN countries c USING (country_code) WHERE p.country_code IS NOT NULL AND c.country_code IS NULL
