-- One page of actors by name (then id), with their aliases.
SELECT a.actor_id, a.name, a.country_code, a.role, a.kind,
       coalesce((SELECT list(al.alias ORDER BY al.alias) FROM actor_aliases al WHERE al.actor_id = a.actor_id), []) AS aliases
FROM actors a
WHERE {{filters}} AND {{after}}
ORDER BY a.name, a.actor_id
LIMIT $limit
