-- What a finished load must not contain; any row returned stops the publish.
SELECT 'mention points at a missing event' AS problem, m.mention_id AS id FROM event_mentions m
WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = m.event_id)
UNION ALL
SELECT 'mention points at a missing article', m.mention_id FROM event_mentions m
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = m.article_id)
UNION ALL
SELECT 'second report points at a missing article', a.article_id FROM articles a
WHERE a.duplicate_of IS NOT NULL AND NOT EXISTS (SELECT 1 FROM articles f WHERE f.article_id = a.duplicate_of)
LIMIT 20
