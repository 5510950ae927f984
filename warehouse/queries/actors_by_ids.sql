-- Actors by id, each with every alias (sorted), for batched loads.
SELECT a.actor_id, a.name, a.country_code, a.role, a.kind,
       coalesce((SELECT list(al.alias ORDER BY al.alias) FROM actor_aliases al WHERE al.actor_id = a.actor_id), []) AS aliases
FROM actors a
WHERE a.actor_id IN (SELECT unnest($ids::VARCHAR[]))
