-- Actors are upserted (the batch's attributes win); spellings accumulate in actor_aliases.
INSERT OR REPLACE INTO actors (actor_id, name, country_code, role, kind)
SELECT DISTINCT ON (actor_id) actor_id, coalesce(name, actor_id), country_code, role, coalesce(kind, 'state')
FROM batch_actors
WHERE actor_id IS NOT NULL
ORDER BY actor_id, name;

INSERT OR IGNORE INTO actor_aliases (actor_id, alias)
SELECT DISTINCT actor_id, alias
FROM (SELECT actor_id, unnest(aliases) AS alias FROM batch_actors UNION ALL SELECT actor_id, name FROM batch_actors)
WHERE actor_id IS NOT NULL AND alias IS NOT NULL AND trim(alias) <> '';
