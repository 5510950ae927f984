-- Actors by id, each with every alias (sorted), for batched loads.
WITH aliases AS (
    SELECT al.actor_id, list(al.alias ORDER BY al.alias) AS aliases
    FROM actor_aliases al
    WHERE al.actor_id IN ({{ids}})
    GROUP BY al.actor_id
)
SELECT a.actor_id, a.name, a.country_code, a.role, a.kind, coalesce(al.aliases, []) AS aliases
FROM actors a
LEFT JOIN aliases al ON al.actor_id = a.actor_id
WHERE a.actor_id IN ({{ids}})
