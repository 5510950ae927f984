-- Referential integrity: every actor, place, event and article a row points at exists.
SELECT 'mention->event' AS link, m.mention_id AS id FROM event_mentions m
WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id)
UNION ALL
SELECT 'event->source actor', CAST(e.event_id AS VARCHAR) FROM events e
WHERE e.source_actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.actor_id = e.source_actor_id)
UNION ALL
SELECT 'event->target actor', CAST(e.event_id AS VARCHAR) FROM events e
WHERE e.target_actor_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actors a WHERE a.actor_id = e.target_actor_id)
UNION ALL
SELECT 'event->place', CAST(e.event_id AS VARCHAR) FROM events e
WHERE e.place_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM places p WHERE p.place_id = e.place_id)
UNION ALL
SELECT 'article->duplicate_of', a.article_id FROM articles a
WHERE a.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles b WHERE b.article_id = a.duplicate_of)
UNION ALL
SELECT 'rejected mention->article', r.mention_id FROM rejected_mentions r
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = r.article_id)
