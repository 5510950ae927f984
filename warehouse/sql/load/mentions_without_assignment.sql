-- Stored mentions the caller's mention_events did not cover (its re-clustering missed them).
SELECT m.mention_id, m.article_id
FROM event_mentions m
WHERE NOT EXISTS (SELECT 1 FROM batch_mention_events me WHERE me.mention_id = m.mention_id)
ORDER BY m.mention_id
LIMIT 10
