-- Events with no mention, and mentions whose article is missing.
SELECT 'event without mention' AS problem, CAST(e.event_id AS VARCHAR) AS id FROM events e
WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.event_id)
UNION ALL
SELECT 'mention without article', m.mention_id FROM event_mentions m
WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.article_id = m.article_id)
