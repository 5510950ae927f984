-- Every actor with every alias (sorted): the fields of actors_by_ids.sql.
WITH aliases AS (
    SELECT actor_id, list(alias ORDER BY alias) AS aliases FROM actor_aliases GROUP BY actor_id
)
SELECT a.actor_id, a.name, a.country_code, a.role, a.kind, coalesce(al.aliases, []) AS aliases
FROM actors a
LEFT JOIN aliases al ON al.actor_id = a.actor_id
