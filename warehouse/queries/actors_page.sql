-- One page of actors by name (then id), with their aliases.
WITH page AS (
    SELECT a.actor_id, a.name, a.country_code, a.role, a.kind
    FROM actors a
    WHERE {{filters}} AND {{after}}
    ORDER BY a.name, a.actor_id
    LIMIT $limit
),
aliases AS (
    SELECT al.actor_id, list(al.alias ORDER BY al.alias) AS aliases
    FROM actor_aliases al
    WHERE al.actor_id IN (SELECT actor_id FROM page)
    GROUP BY al.actor_id
)
SELECT a.*, coalesce(al.aliases, []) AS aliases
FROM page a
LEFT JOIN aliases al ON al.actor_id = a.actor_id
ORDER BY a.name, a.actor_id
